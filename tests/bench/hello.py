"""The yardstick for `make bench`: Django's minimum, one view saying hello.

Served by gunicorn with the portal's gunicorn.conf.py, so the two differ only
in what the application does.
"""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(
    DEBUG=False,
    SECRET_KEY="hello-world-benchmark-only",
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
)


def hello(request):
    return HttpResponse("Hello, world!")


urlpatterns = [path("", hello)]

application = get_wsgi_application()
