"""Mail that comes back: a customer's answer by e-mail becomes a message on their case.

One function, `mail_receive(raw=...)`, takes one raw RFC 822 message, from the
MTA's pipe (`manage.py receive_mail`) or a hosted provider's webhook
(feedback.inbound_webhook), and records it as an `InboundMail` row with the raw
bytes, whatever becomes of it:

- attached: sent by the case's own address to the case's reply address; the
  new text (quoted history and signature removed, see feedback.replytext) and
  the files that pass the upload checks become a customer message;
- held for staff review: another sender, a secret in the text, a message that
  cannot be read; staff approve or discard it in the admin;
- unknown case: no valid reply address among the recipients (logged, never
  answered by us: answering forged senders would be backscatter);
- automatic: auto-replies, bounces, lists, our own mail; recorded, never
  answered, so mail cannot loop;
- refused: too large (kept without content), too many recipients, nothing new
  in it, or a case that no longer takes messages.

Nothing here trusts the From display name; addresses compare without case.
"""

import email
import email.policy
import hashlib
import html
import logging
import re
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import getaddresses, parseaddr

import nh3
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from feedback import links, replytext
from feedback.models import DESCRIPTION_MAX_LENGTH, CustomerMessage, InboundMail, Submission
from feedback.services import CaseClosed, customer_message_create
from feedback.uploads import CleanFile, clean_upload
from helpdesk.lib.screening import LABELS, find_secrets

logger = logging.getLogger(__name__)

# sysexits.h: what an MTA's pipe transport understands.
EX_OK = 0
EX_NOUSER = 67
EX_TEMPFAIL = 75

# A customer's answer names a few people at most; more is a mass mailing.
MAX_RECIPIENTS = 50
# Only the headers of an oversize message are read, from its first bytes.
HEADER_BYTES = 64 * 1024

State = InboundMail.State

_AUTOMATIC_LOCAL_PARTS = {"mailer-daemon", "postmaster", "no-reply", "noreply", "bounce"}
_AUTOMATIC_HEADERS = ("X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress")
_BLOCK_TAGS = re.compile(r"<(?:br|p|div|li|tr|h[1-6]|blockquote)\b[^>]*>|</(?:p|div|li|tr)>", re.I)


@dataclass
class Decision:
    state: str
    reason: str = ""
    submission: Submission | None = None
    body: str = ""
    files: list[CleanFile] = field(default_factory=list)


def exit_code_for(mail: InboundMail) -> int:
    """What the MTA hears: 67 when no case matched, else 0 (the message is ours now)."""
    return EX_NOUSER if mail.state == InboundMail.State.UNKNOWN_CASE else EX_OK


def mail_receive(
    *, raw: bytes, envelope_recipient: str = "", envelope_sender=None, size: int | None = None
) -> InboundMail:
    """Record one raw message and do what it calls for (see the module docstring).

    `envelope_sender` is the SMTP MAIL FROM when the caller knows it ("" is the null
    sender of bounces), None when unknown. `size` is the whole message's size when
    `raw` holds only its beginning (a reader that stopped at the limit). Database
    errors propagate: the caller answers "try again later" and the MTA keeps the message.
    """
    size = len(raw) if size is None else size
    if size > settings.INBOUND_MAX_BYTES:
        return _record_oversize(raw, envelope_recipient, size)
    key = _message_key(raw)
    try:
        message = email.message_from_bytes(raw, policy=email.policy.default)
        headers = _headers(message, envelope_recipient)
    except Exception:  # a header the parser cannot decode
        logger.warning("Inbound mail %s: unreadable headers", key, exc_info=True)
        message, headers = None, {"sender": "", "recipient": envelope_recipient, "subject": ""}
    existing = InboundMail.objects.filter(message_id=key).first()
    if existing is not None:  # the same message delivered twice
        return existing
    if message is None:
        decision = Decision(State.HELD, "The message could not be read (malformed headers).")
    else:
        decision = _decide(message, headers, envelope_recipient, envelope_sender, key)
    mail = InboundMail(
        message_id=key,
        sender=headers["sender"][:254],
        recipient=headers["recipient"][:254],
        subject=headers["subject"][:255],
        body=decision.body,
        size=len(raw),
        state=decision.state,
        reason=decision.reason[:255],
        submission=decision.submission,
    )
    _store(mail, raw, decision, key)
    if mail.state == State.UNKNOWN_CASE:
        logger.warning("Inbound mail %s for no known case (to %s)", key, mail.recipient)
    return mail


def _store(mail: InboundMail, raw: bytes, decision: Decision, key: str) -> None:
    """The row, its raw file and (when attached) the customer message, all or nothing."""
    storage = InboundMail._meta.get_field("raw").storage
    try:
        with transaction.atomic():
            mail.raw.save("message.eml", ContentFile(raw), save=False)
            mail.save()
            if mail.state == State.ATTACHED:
                _attach(mail, decision.files, key)
    except BaseException:
        if mail.raw.name:
            storage.delete(mail.raw.name)
        raise


def _attach(mail: InboundMail, files: list[CleanFile], key: str) -> None:
    try:
        message, _created = customer_message_create(
            submission=mail.submission,
            body=mail.body,
            source=CustomerMessage.Source.EMAIL,
            idempotency_key=key,
            files=files,
        )
    except CaseClosed:
        mail.state = State.REJECTED
        mail.reason = "The case is closed and takes no more messages."
        mail.save(update_fields=["state", "reason"])
        return
    mail.customer_message = message
    mail.save(update_fields=["customer_message"])


def inbound_approve(*, mail: InboundMail, user) -> CustomerMessage:
    """Staff approve a held message onto its case: its text and files (checked again
    from the raw message) become a customer message. Raises CaseClosed."""
    with transaction.atomic():
        mail = InboundMail.objects.select_for_update().get(pk=mail.pk)
        if mail.state != State.HELD or mail.submission is None:
            raise ValueError("Only held messages with a case can be approved.")
        files = []
        if mail.raw:
            with mail.raw.open("rb") as stored:
                parsed = email.message_from_bytes(stored.read(), policy=email.policy.default)
            files, _notes = _files(parsed)
        body = mail.body
        if not body:
            with translation.override(mail.submission.language):
                body = _("(An e-mail without readable text: staff keep the original.)")
        message, _created = customer_message_create(
            submission=mail.submission,
            body=body,
            source=CustomerMessage.Source.EMAIL,
            idempotency_key=mail.message_id,
            files=files,
        )
        mail.state = State.APPROVED
        mail.customer_message = message
        mail.decided_by = user
        mail.decided_at = timezone.now()
        mail.save()
    return message


def inbound_discard(*, mail: InboundMail, user) -> None:
    """Staff discard a held message: it stays recorded, with who decided and when."""
    with transaction.atomic():
        mail = InboundMail.objects.select_for_update().get(pk=mail.pk)
        if mail.state != State.HELD:
            raise ValueError("Only held messages can be discarded.")
        mail.state = State.DISCARDED
        mail.decided_by = user
        mail.decided_at = timezone.now()
        mail.save()


def _message_key(raw: bytes) -> str:
    """The Message-ID, or a stable stand-in from the bytes when there is none."""
    match = re.search(rb"^message-id:[ \t]*(<[^<>\r\n]{1,240}>)", raw[:HEADER_BYTES], re.I | re.M)
    if match:
        return match.group(1).decode("ascii", "replace")
    return f"<sha256-{hashlib.sha256(raw).hexdigest()}@inbound.invalid>"


def _printable(text: str, keep: str = "") -> str:
    """Text without control characters (NUL, which PostgreSQL refuses, included);
    other spaces (no-break, ideographic) become plain ones."""
    return "".join(
        ch if ch.isprintable() or ch in keep else " " if ch.isspace() else "" for ch in text
    )


def _headers(message: EmailMessage, envelope_recipient: str) -> dict:
    return {
        "sender": _printable(parseaddr(str(message.get("From", "")))[1]),
        "recipient": _printable(envelope_recipient or _first_address(message)),
        "subject": " ".join(_printable(str(message.get("Subject", "")), " \t").split()),
    }


def _first_address(message: EmailMessage) -> str:
    for name in ("Delivered-To", "X-Original-To", "To"):
        for _display, address in getaddresses([str(v) for v in message.get_all(name, [])]):
            if address:
                return address
    return ""


def _record_oversize(raw: bytes, envelope_recipient: str, size: int) -> InboundMail:
    head = raw[:HEADER_BYTES].split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    try:
        message = email.message_from_bytes(head, policy=email.policy.default)
        headers = _headers(message, envelope_recipient)
    except Exception:
        headers = {"sender": "", "recipient": envelope_recipient, "subject": ""}
    submission = _case_for(_candidates(None, envelope_recipient, head))
    mail = InboundMail(
        message_id=_message_key(head),
        sender=headers["sender"][:254],
        recipient=headers["recipient"][:254],
        subject=headers["subject"][:255],
        size=size,
        state=State.REJECTED,
        reason=f"Too large: {size} bytes (at most {settings.INBOUND_MAX_BYTES}).",
        submission=submission,
    )
    mail.save()
    logger.warning("Inbound mail refused: %s bytes", size)
    return mail


def _candidates(message, envelope_recipient: str, head: bytes = b"") -> list[str]:
    """Addresses the message was delivered to, the most reliable first."""
    found = [envelope_recipient] if envelope_recipient else []
    if message is None and head:
        message = email.message_from_bytes(head, policy=email.policy.default)
    if message is not None:
        for name in ("Delivered-To", "X-Original-To", "To", "Cc"):
            values = [str(value) for value in message.get_all(name, [])]
            found += [address for _display, address in getaddresses(values) if address]
    return found


def _case_for(addresses: list[str]) -> Submission | None:
    inbound_domain = settings.INBOUND_EMAIL_ADDRESS.rpartition("@")[2].lower()
    for address in addresses:
        # Only our own domain can name a case: 500 strangers cost no queries.
        if address.rpartition("@")[2].lower() != inbound_domain:
            continue
        submission = links.submission_for_reply_address(address)
        if submission is not None:
            return submission
    return None


def _our_addresses() -> set[str]:
    ours = {settings.INBOUND_EMAIL_ADDRESS, settings.DEFAULT_FROM_EMAIL, settings.SERVER_EMAIL}
    return {parseaddr(address)[1].lower() for address in ours} - {""}


def _automatic(message: EmailMessage, sender: str, envelope_sender) -> str:
    """Why the message was sent by a machine, or "" for a person."""
    auto_submitted = str(message.get("Auto-Submitted", "no")).strip().lower()
    if auto_submitted and auto_submitted != "no":
        return f"Auto-Submitted: {auto_submitted[:40]}"
    precedence = str(message.get("Precedence", "")).strip().lower()
    if precedence in {"bulk", "junk", "list", "auto_reply"}:
        return f"Precedence: {precedence}"
    for name in _AUTOMATIC_HEADERS:
        if message.get(name) is not None:
            return f"{name} header"
    if message.get("List-Id") is not None or message.get("List-Unsubscribe") is not None:
        return "Mailing list"
    if envelope_sender is not None and envelope_sender.strip("<> ") == "":
        return "Null sender (a bounce)"
    if str(message.get("Return-Path", "")).strip() == "<>":
        return "Null sender (a bounce)"
    if message.get_content_type() == "multipart/report":
        return "Delivery report"
    if not sender:
        return "No sender"
    local, _at, domain = sender.lower().rpartition("@")
    if local in _AUTOMATIC_LOCAL_PARTS:
        return f"Sent by {local}"
    ours = _our_addresses()
    our_domains = {address.rpartition("@")[2] for address in ours}
    base = local.partition("+")[0]
    if sender.lower() in ours or any(f"{base}@{domain}" == a for a in ours):
        return "From our own address"
    if domain in our_domains and base == settings.INBOUND_EMAIL_ADDRESS.lower().partition("@")[0]:
        return "From our own address"
    return ""


def _decide(
    message: EmailMessage, headers: dict, envelope_recipient: str, envelope_sender, key: str
) -> Decision:
    addresses = _candidates(message, envelope_recipient)
    submission = _case_for(addresses)
    if submission is not None:
        headers["recipient"] = links.reply_address(submission)
    header_recipients = len(addresses) - (1 if envelope_recipient else 0)
    automatic = _automatic(message, headers["sender"], envelope_sender)
    if automatic:
        return Decision(State.AUTOMATIC, automatic, submission)
    if submission is None:
        return Decision(State.UNKNOWN_CASE, "No valid reply address among the recipients.")
    if header_recipients > MAX_RECIPIENTS:
        return Decision(State.REJECTED, f"Addressed to {header_recipients} recipients.", submission)
    try:
        body = _text(message)
        with translation.override(submission.language):
            files, notes = _files(message)
    except Exception:
        logger.warning("Inbound mail %s: unreadable body", key, exc_info=True)
        return Decision(State.HELD, "The message could not be read (malformed MIME).", submission)
    body = replytext.new_text(body)
    from_addresses = getaddresses([str(v) for v in message.get_all("From", [])])
    if notes:
        with translation.override(submission.language):
            lines = [_("Not attached: %(file)s (%(why)s)") % note for note in notes]
        body = "\n".join([body, "", *lines]).strip() if body else "\n".join(lines)
    body = _fit(body)
    if not body and not files:
        return Decision(
            State.REJECTED, "Nothing new in it (empty, or only quoted text).", submission
        )
    if not body:
        with translation.override(submission.language):
            body = _("(Files sent by e-mail without text.)")
    if len(from_addresses) != 1 or not _same_address(headers["sender"], submission.email):
        return Decision(State.HELD, "Sender is not the case's address.", submission, body, files)
    secrets = find_secrets(body)
    if secrets:
        kinds = ", ".join(str(LABELS[kind]) for kind in secrets)
        return Decision(State.HELD, f"Contains {kinds}.", submission, body, files)
    return Decision(State.ATTACHED, "", submission, body, files)


def _same_address(a: str, b: str) -> bool:
    return bool(a) and a.strip().lower() == b.strip().lower()


def _fit(body: str) -> str:
    if len(body) <= DESCRIPTION_MAX_LENGTH:
        return body
    marker = "\n[…]"
    return body[: DESCRIPTION_MAX_LENGTH - len(marker)] + marker


def _text(message: EmailMessage) -> str:
    """The message's text: the plain part, else the HTML part as safe plain text."""
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    content = _printable(part.get_content(), "\r\n\t")
    if part.get_content_type() == "text/html":
        return html_to_text(content)
    return content


def html_to_text(markup: str) -> str:
    """HTML as plain text: no tags, no scripts or styles, entities decoded once."""
    spaced = _BLOCK_TAGS.sub(lambda m: "\n" + m.group(0), markup)
    stripped = nh3.clean(
        spaced, tags=set(), clean_content_tags={"script", "style", "head", "title"}
    )
    text = html.unescape(stripped).replace("\xa0", " ")
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _files(message: EmailMessage) -> tuple[list[CleanFile], list[dict]]:
    """The attachments that pass the upload checks, and a note for each that did not."""
    files, notes = [], []
    for part in message.iter_attachments():
        name = part.get_filename() or ""
        if not name:
            maintype, _slash, subtype = part.get_content_type().partition("/")
            if maintype != "image":
                continue
            name = f"inline.{subtype}"
        name = " ".join(_printable(name).split())[:100]
        # As on the case page: files past FEEDBACK_MAX_FILES are not taken.
        limit = settings.FEEDBACK_MAX_FILES
        if len(files) >= limit:
            notes.append({"file": name, "why": _("at most %(count)d files") % {"count": limit}})
            continue
        data = part.get_payload(decode=True) or b""
        try:
            files.append(clean_upload(SimpleUploadedFile(name, data)))
        except ValidationError as error:
            notes.append({"file": name, "why": " ".join(error.messages)})
    return files, notes
