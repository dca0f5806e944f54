from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChatConfig(AppConfig):
    name = "chat"
    verbose_name = _("Live chat")

    def ready(self):
        from chat.services import chats_anonymise
        from feedback.services import retention_hook

        # Transcripts are kept as long as submissions, and anonymised with them.
        retention_hook(chats_anonymise)
