"""A cap on request bodies in Django itself, before anything reads them.

The proxy in front is asked to cap bodies too, but a request that reaches the
application directly (a misconfigured proxy, a port left open) must not fill
memory or disk either. Django's own limits (DATA_UPLOAD_MAX_*, set in settings)
bound what it parses; this middleware refuses a body whose declared length is
over REQUEST_MAX_BODY_SIZE with a page that says so (413), and a body sent
without a length (chunked transfer) with 411: Django would read such a body as
empty, and the customer would lose what they typed without being told why.
"""

from django.conf import settings
from django.shortcuts import render

BODY_METHODS = {"POST", "PUT", "PATCH"}


class RequestSizeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        declared = request.META.get("CONTENT_LENGTH", "")
        if declared:
            try:
                length = int(declared)
            except ValueError:
                length = -1
            if length < 0:
                return render(request, "400.html", status=400)
            if length > settings.REQUEST_MAX_BODY_SIZE:
                return self._refuse(request, status=413)
        elif request.method in BODY_METHODS and request.META.get("HTTP_TRANSFER_ENCODING"):
            return self._refuse(request, status=411)
        return self.get_response(request)

    def _refuse(self, request, *, status):
        # The WSGI server closes the connection of a body left unread.
        return render(
            request,
            "request_too_large.html",
            {
                "max_megabytes": settings.REQUEST_MAX_BODY_SIZE // (1024 * 1024),
                "length_missing": status == 411,
            },
            status=status,
        )
