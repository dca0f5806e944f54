"""Inbound mail from a hosted provider (Mailgun's "forward" route) through django-anymail.

Anymail checks the request's signature (HMAC with MAILGUN_WEBHOOK_SIGNING_KEY) and,
when ANYMAIL_WEBHOOK_SECRET is set, its basic-auth credentials, then sends its
`inbound` signal; the message then takes the same path as one piped to
`manage.py receive_mail` (feedback.inbound.mail_receive). A replayed request
carries the same Message-ID and is recognised as delivered already. A database
error answers 500, so the provider retries later; nothing is lost.
"""

from anymail.signals import inbound
from anymail.webhooks.mailgun import MailgunInboundWebhookView
from django.conf import settings
from django.http import Http404

from feedback import inbound as mail_in


class MailgunInbound(MailgunInboundWebhookView):
    """Anymail's view (exempt from CSRF: the provider signs, not a browser form);
    404 until a signing key is configured, so there is no unsigned way in."""

    def __init__(self, **kwargs):
        if not settings.ANYMAIL.get("MAILGUN_WEBHOOK_SIGNING_KEY"):
            raise Http404
        super().__init__(**kwargs)


mailgun_inbound = MailgunInbound.as_view()


def receive_from_provider(sender, event, esp_name, **kwargs):
    message = event.message
    mail_in.mail_receive(
        raw=message.as_bytes(),
        envelope_recipient=message.envelope_recipient or "",
        envelope_sender=message.envelope_sender,
    )


def connect() -> None:
    inbound.connect(receive_from_provider, dispatch_uid="feedback.inbound_webhook")
