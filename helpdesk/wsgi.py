"""WSGI entry point (gunicorn helpdesk.wsgi).

Stored public pages are answered before Django's handler (helpdesk.lib.pagecache).
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "helpdesk.settings")

django_application = get_wsgi_application()

from helpdesk.lib.pagecache import PageCacheApplication  # noqa: E402 (needs settings)

application = PageCacheApplication(django_application)
