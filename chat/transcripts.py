"""The transcript by e-mail: asked for by the customer when the chat has ended.

The mail goes through the feedback outbox (a row first, sent after the commit,
retried on failure); this module builds its text. Only the customer's own page
asks for it, to the address typed there, and only a few times per chat.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from chat.models import Chat, State
from chat.services import ChatError, transcript_text
from feedback.models import Notification
from feedback.outbox import notifications_queue

PURPOSE = Notification.Purpose.CHAT_TRANSCRIPT


def transcript_request(*, chat: Chat, email: str) -> Notification:
    """Queue the chat's transcript to `email`; ChatError when it cannot be sent."""
    email = email.strip()
    try:
        validate_email(email)
    except ValidationError:
        raise ChatError("email", _("Enter a valid e-mail address.")) from None
    with transaction.atomic():
        # The lock makes the per-chat count exact when two requests arrive at once.
        chat = Chat.objects.select_for_update().get(pk=chat.pk)
        if chat.state != State.ENDED or chat.is_anonymised:
            raise ChatError("not_ended", _("The transcript can be sent when the chat has ended."))
        sent = Notification.objects.filter(purpose=PURPOSE, source_id=chat.pk).count()
        if sent >= settings.CHAT_TRANSCRIPTS_PER_CHAT:
            raise ChatError(
                "transcript_limit", _("The transcript of this chat has been sent already.")
            )
        notification = Notification(
            purpose=PURPOSE, source_id=chat.pk, recipient=email, language=chat.language
        )
        notifications_queue([notification])
    return notification


def transcript_mail(notification: Notification) -> tuple[str, str]:
    """(subject, body) of a transcript mail; ValueError when the chat is gone."""
    chat = Chat.objects.filter(pk=notification.source_id, is_anonymised=False).first()
    if chat is None:
        raise ValueError("The chat no longer exists or was anonymised.")
    context = {"chat": chat, "brand": settings.BRAND_NAME, "site_url": settings.SITE_URL}
    with translation.override(notification.language):
        context["transcript"] = transcript_text(chat)
        subject = render_to_string("chat/email/transcript_subject.txt", context)
        body = render_to_string("chat/email/transcript.txt", context)
    return subject, body
