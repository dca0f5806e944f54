"""The staff site's titles; each app registers its own models."""

from django.conf import settings
from django.contrib import admin
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

admin.site.site_header = format_lazy(_("{brand} Help · staff"), brand=settings.BRAND_NAME)
admin.site.site_title = format_lazy(_("{brand} Help staff"), brand=settings.BRAND_NAME)
admin.site.index_title = _("Content and customer requests")
