from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from contacts.models import Region


class ContactSitemap(Sitemap):
    """The contact directory and each active region's page ("verify" is not indexed)."""

    i18n = True
    alternates = True
    x_default = True
    changefreq = "weekly"

    def items(self):
        return [None, *Region.objects.active()]

    def location(self, item):
        return item.get_absolute_url() if item else reverse("contacts:directory")
