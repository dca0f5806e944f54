"""Files in a chat: checked like the forms' evidence (feedback.uploads), stored with
their message, and served only to the chat's customer (by session) or to staff who
hold the chat or may see submissions; always as a download.
"""

import uuid

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.http import FileResponse, Http404
from django.utils.translation import gettext as _

from chat import services
from chat.consumers import broadcast_message
from chat.models import Message
from chat.services import ChatError
from feedback.uploads import CONTENT_TYPES, clean_upload


def file_post(*, chat, author, upload, caption="", client_id=None, sender=None) -> Message:
    """Check the file, store it as a message, and pass it on to both sides live."""
    if upload is None:
        raise ChatError("no_file", _("Choose a file to send."))
    try:
        clean = clean_upload(upload)
    except ValidationError as exc:
        raise ChatError("bad_file", " ".join(exc.messages)) from exc
    attachment = ContentFile(clean.content, name=f"{uuid.uuid4().hex}.{clean.extension}")
    message, created = services.message_post(
        chat=chat,
        author=author,
        body=caption,
        client_id=client_id,
        sender=sender,
        attachment=attachment,
    )
    if created:
        async_to_sync(broadcast_message)(get_channel_layer(), message)
    return message


def file_response(chat, seq: int) -> FileResponse:
    message = chat.messages.exclude(attachment="").filter(seq=seq).first()
    if message is None:
        raise Http404
    try:
        handle = message.attachment.open("rb")
    except FileNotFoundError:  # removed with the anonymised chat
        raise Http404 from None
    extension = message.attachment.name.rsplit(".", 1)[-1]
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=f"chat-{chat.pk}-{seq}.{extension}",
        content_type=CONTENT_TYPES.get(extension, "application/octet-stream"),
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    return response
