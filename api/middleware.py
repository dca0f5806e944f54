"""Errors under /api/ answer JSON, whoever produced them.

Endpoints answer their own errors in JSON (api.errors); this catches the rest:
an unknown URL (404), a method the route does not take (405), a body over
REQUEST_MAX_BODY_SIZE (413, from helpdesk.lib.requestsize), a CSRF or host
refusal, and any unexpected failure, which is logged and answered 500.
"""

from django.utils.translation import gettext as _

from api.errors import error_response

API_PREFIX = "/api/"


class JsonErrorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(API_PREFIX):
            return self.get_response(request)
        if "\x00" in request.path_info or any(
            "\x00" in value for values in request.GET.lists() for value in values[1]
        ):
            # No database stores a NUL in text (PostgreSQL refuses it): refused here.
            return error_response(400, _messages(400))
        response = self.get_response(request)
        if response.status_code < 400 or response.get("Content-Type", "").startswith(
            "application/json"
        ):
            return response
        replacement = error_response(response.status_code, _messages(response.status_code))
        for header in ("Allow", "Retry-After", "WWW-Authenticate"):
            if header in response:
                replacement[header] = response[header]
        return replacement


def _messages(status):
    return {
        400: _("The request could not be read."),
        403: _("You may not do this."),
        404: _("There is nothing at this address."),
        405: _("This address does not take that method."),
        411: _("Send the body with a Content-Length."),
        413: _("The request body is too large."),
        500: _("Something went wrong on our side. Please try again later."),
    }.get(status, _("The request could not be answered."))
