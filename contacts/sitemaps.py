from django.urls import reverse

from contacts.models import Region
from helpdesk.lib.sitemaps import TranslatedSitemap


class ContactSitemap(TranslatedSitemap):
    """The contact directory and each active region's page ("verify" is not indexed)."""

    def items(self):
        return [None, *Region.objects.active()]

    def location(self, item):
        return item.get_absolute_url() if item else reverse("contacts:directory")
