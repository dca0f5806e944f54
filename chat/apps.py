from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChatConfig(AppConfig):
    name = "chat"
    verbose_name = _("Live chat")

    def ready(self):
        from chat.contact import directory_add_chat
        from chat.services import chats_anonymise
        from chat.transcripts import PURPOSE, transcript_mail
        from contacts.directory import directory_hook
        from feedback.outbox import mail_register
        from feedback.services import retention_hook

        # Transcripts are kept as long as submissions, and anonymised with them.
        retention_hook(chats_anonymise)
        # The contact page shows the chat's wait and its quietest hours.
        directory_hook(directory_add_chat)
        # The transcript the customer asks for goes out through the outbox.
        mail_register(PURPOSE, transcript_mail)
