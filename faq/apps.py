from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FaqConfig(AppConfig):
    name = "faq"
    verbose_name = _("Knowledge base")

    def ready(self):
        from faq import models
        from helpdesk.lib import contentversion

        # Search documents and synonyms are what result pages are made of.
        contentversion.watch(
            models.Category,
            models.Article,
            models.SearchDocument,
            models.Synonym,
            models.ContactWord,
        )
