"""WSGI entry point (gunicorn helpdesk.wsgi).

Stored public pages (helpdesk.lib.pagecache) and cached API answers (api.wsgi) are
answered before Django's handler.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "helpdesk.settings")

django_application = get_wsgi_application()

from api.wsgi import ApiAnswerApplication  # noqa: E402 (needs settings)
from helpdesk.lib.pagecache import PageCacheApplication  # noqa: E402 (needs settings)

# Stored pages first, then cached API answers (api.wsgi), both before Django builds a request.
application = PageCacheApplication(ApiAnswerApplication(django_application))
