from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContactsConfig(AppConfig):
    name = "contacts"
    verbose_name = _("Contacts")

    def ready(self):
        from contacts import models, regions, signals
        from helpdesk.lib import contentversion, pagecache

        # The directory shows these on public pages (contact, home, articles).
        contentversion.watch(
            models.Region,
            models.Channel,
            models.OpeningHours,
            models.Closure,
            models.Alert,
            models.ContactGuidance,
            # Verdicts shown inside search results (a newly confirmed impostor at once).
            models.KnownImpostor,
            models.OfficialAccount,
        )
        # Pages show the visitor's region's channels, alerts and articles.
        pagecache.vary_on(regions.region_cache_key)
        # impostor_listed / impostor_unlisted for followers (the API's webhooks).
        signals.connect(models.KnownImpostor)
