"""Writes with side effects: submissions, replies, triage changes, retention.

A submission, its files and the notifications it causes are written in one
transaction; mail goes out from a task after the commit (feedback.outbox), so
a mail outage delays mail but never loses or blocks a submission.
"""

import datetime
import logging
import uuid
from functools import partial

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from contacts import normalise
from contacts.models import KnownImpostor, Region
from feedback import clocks, outbox, signals, staffmail
from feedback.models import (
    PAUSED_STATUSES,
    Attachment,
    CustomerMessage,
    InboundMail,
    Kind,
    Macro,
    MacroUse,
    Note,
    Notification,
    ReceivedVia,
    Reply,
    Status,
    Submission,
    kinds_handled_by,
    new_reference,
    suspicious_contact_key,
)
from feedback.uploads import CleanFile

logger = logging.getLogger(__name__)

REFERENCE_ATTEMPTS = 5


def submission_create(
    *,
    kind: str,
    idempotency_key: uuid.UUID,
    language: str,
    description: str,
    email: str,
    region: Region | None = None,
    name: str = "",
    topic: str = "",
    incident: str = "",
    transaction_id: str = "",
    suspicious_contact: str = "",
    occurred_on: datetime.date | None = None,
    amount=None,
    currency: str = "",
    files: list[CleanFile] = (),
    follows: Submission | None = None,
    received_via: str = ReceivedVia.WEB,
    recorded_by=None,
) -> tuple[Submission, bool]:
    """Store a customer's submission and its files; (submission, created).

    The same form token twice (a double click, a resubmitted page) returns the
    first submission instead of creating another one. `follows` is the earlier
    case it continues; `received_via` and `recorded_by` are set when staff
    record a contact from another channel (see submission_record).
    """
    existing = Submission.objects.filter(idempotency_key=idempotency_key).first()
    if existing is not None:
        return existing, False
    submission = Submission(
        kind=kind,
        idempotency_key=idempotency_key,
        language=language,
        description=description.strip(),
        email=email.strip(),
        region=region,
        name=name.strip(),
        topic=topic,
        incident=incident,
        transaction_id=transaction_id.strip(),
        suspicious_contact=suspicious_contact.strip(),
        suspicious_contact_key=suspicious_contact_key(suspicious_contact, region),
        occurred_on=occurred_on,
        amount=amount,
        currency=currency,
        follows=follows,
        received_via=received_via,
        recorded_by=recorded_by,
    )
    clocks.clock_start(submission, now=timezone.now())
    for _attempt in range(REFERENCE_ATTEMPTS):
        submission.reference = new_reference(kind)
        if not Submission.objects.filter(reference=submission.reference).exists():
            break
    submission.full_clean(exclude=["idempotency_key"])
    stored = []  # file names written so far, removed again if the transaction fails
    try:
        with transaction.atomic():
            submission.save()
            for position, clean in enumerate(files, start=1):
                _attachment_store(submission, clean, position, stored)
            notifications = [
                Notification(
                    submission=submission,
                    purpose=Notification.Purpose.CONFIRMATION,
                    recipient=submission.email,
                    language=language,
                )
            ]
            if kind == Kind.SUSPICIOUS:
                notifications += [
                    Notification(
                        submission=submission,
                        purpose=Notification.Purpose.SECURITY_ALERT,
                        recipient=address,
                        language=settings.LANGUAGE_CODE,
                    )
                    for address in security_alert_recipients()
                ]
            if kind == Kind.COMPLAINT:
                notifications += staffmail.to_staff(
                    submission,
                    Notification.Purpose.NEW_CASE,
                    staffmail.addresses(staffmail.handlers(kind), Notification.Purpose.NEW_CASE),
                )
            outbox.notifications_queue(notifications)
            transaction.on_commit(
                partial(signals.case_created.send, sender=Submission, submission=submission)
            )
    except BaseException as exc:
        _files_remove(stored)
        if isinstance(exc, IntegrityError):
            # The same token submitted twice at once: the other request won.
            existing = Submission.objects.filter(idempotency_key=idempotency_key).first()
            if existing is not None:
                return existing, False
        raise
    return submission, True


def submission_record(*, recorded_by, received_via: str, kind: str, **fields) -> Submission:
    """A contact that reached staff by another channel (phone, chat, social media, in
    person, a mail to a person), recorded by `recorded_by` as the customer's submission.

    It is stored like a web submission, so the customer gets the confirmation with
    the reference (and the case link) at the address they gave. Only staff who
    handle `kind` may record it; the web form is the customer's own channel.
    """
    if kind not in kinds_handled_by(recorded_by):
        raise PermissionDenied
    if received_via == ReceivedVia.WEB or received_via not in ReceivedVia.values:
        raise ValidationError({"received_via": _("Choose the channel the customer used.")})
    if not fields.get("email", "").strip():
        raise ValidationError({"email": _("The customer's e-mail address is needed.")})
    fields.setdefault("idempotency_key", uuid.uuid4())
    submission, _created = submission_create(
        kind=kind, received_via=received_via, recorded_by=recorded_by, **fields
    )
    return submission


def _attachment_store(
    submission: Submission,
    clean: CleanFile,
    position: int,
    stored: list[str],
    message: CustomerMessage | None = None,
) -> None:
    """Write one file and its row; its name goes into `stored` before the first byte
    is written, so a write that fails half-way (disk full) leaves nothing behind."""
    attachment = Attachment(
        submission=submission,
        message=message,
        content_type=clean.content_type,
        size=len(clean.content),
        position=position,
    )
    # The name passed here is a placeholder: upload_to builds it from the UUID.
    placeholder = f"upload.{clean.extension}"
    stored.append(attachment.file.field.generate_filename(attachment, placeholder))
    attachment.file.save(placeholder, ContentFile(clean.content), save=False)
    stored[-1] = attachment.file.name
    attachment.save()


def _files_remove(names: list[str]) -> None:
    storage = Attachment._meta.get_field("file").storage
    for name in names:
        try:
            storage.delete(name)
        except Exception:
            # The original failure matters more; an orphan is logged for cleanup.
            logger.exception("Could not remove %s after a failed submission", name)


def security_alert_recipients() -> list[str]:
    """Staff who handle suspicious-activity reports (and did not turn the alert off),
    plus any configured extra addresses."""
    purpose = Notification.Purpose.SECURITY_ALERT
    handlers = staffmail.addresses(staffmail.handlers(Kind.SUSPICIOUS), purpose)
    return sorted({*handlers, *settings.FEEDBACK_SECURITY_ALERT_TO})


class CaseClosed(Exception):
    """The case no longer takes messages (see Submission.accepts_customer_messages)."""


def customer_message_create(
    *,
    submission: Submission,
    body: str,
    source: str,
    idempotency_key: str,
    files: list[CleanFile] = (),
) -> tuple[CustomerMessage, bool]:
    """Add what the customer wrote later (case page or e-mail) to the thread; (message,
    created). Callers screen the text and check the files first, as for a submission.

    The same idempotency key twice (a resubmitted form, a mail delivered twice)
    returns the first message. A case waiting for the customer, or resolved within
    CASE_REOPEN_DAYS, goes back to in progress; the assignee, or everyone who
    handles the kind when nobody is assigned, is told by mail. Raises CaseClosed
    when the case no longer takes messages.
    """
    key = idempotency_key[:255]
    existing = CustomerMessage.objects.filter(submission=submission, idempotency_key=key).first()
    if existing is not None:
        return existing, False
    message = CustomerMessage(
        submission=submission, body=body.strip(), source=source, idempotency_key=key
    )
    message.full_clean(exclude=["submission"])
    stored = []
    try:
        with transaction.atomic():
            submission = Submission.objects.select_for_update().get(pk=submission.pk)
            if not submission.accepts_customer_messages():
                raise CaseClosed(submission.reference)
            message.submission = submission
            message.save()
            last = submission.attachments.order_by("-position").first()
            for position, clean in enumerate(files, start=(last.position + 1 if last else 1)):
                _attachment_store(submission, clean, position, stored, message=message)
            if submission.status in {Status.WAITING_CUSTOMER, Status.RESOLVED}:
                previous = submission.status
                submission.status = Status.IN_PROGRESS
                submission_triage_apply(submission=submission, previous_status=previous)
                submission.save()
            outbox.notifications_queue(_customer_message_notifications(submission, message))
    except BaseException as exc:
        _files_remove(stored)
        if isinstance(exc, IntegrityError):  # the same message twice at once
            existing = CustomerMessage.objects.filter(
                submission=submission, idempotency_key=key
            ).first()
            if existing is not None:
                return existing, False
        raise
    return message, True


def _customer_message_notifications(
    submission: Submission, message: CustomerMessage
) -> list[Notification]:
    assignee = submission.assignee
    purpose = Notification.Purpose.CUSTOMER_MESSAGE
    if assignee is not None and assignee.is_active and assignee.email:
        recipients = staffmail.addresses(type(assignee).objects.filter(pk=assignee.pk), purpose)
    else:
        recipients = staffmail.addresses(staffmail.handlers(submission.kind), purpose)
    return [
        Notification(
            submission=submission,
            customer_message=message,
            purpose=Notification.Purpose.CUSTOMER_MESSAGE,
            recipient=address,
            language=settings.LANGUAGE_CODE,
        )
        for address in recipients
    ]


def case_links_revoke(*, submission: Submission, by) -> None:
    """End every case link and reply address the customer was sent (feedback.links):
    e.g. when a mailbox was taken over. Later mail carries new ones; history keeps
    who did it."""
    with transaction.atomic():
        locked = Submission.objects.select_for_update().get(pk=submission.pk)
        locked.link_generation += 1
        locked._change_reason = "customer links revoked"
        locked._history_user = by
        locked.save()
    submission.link_generation = locked.link_generation


def reply_create(*, submission: Submission, author, body: str) -> Reply:
    """A public reply: shown on the status page and e-mailed to the customer."""
    reply = Reply(submission=submission, author=author, body=body.strip())
    reply.full_clean()
    with transaction.atomic():
        reply.save()
        fields = []
        if submission.first_response_at is None:
            submission.first_response_at = reply.created_at
            fields.append("first_response_at")
        if submission.status == Status.RECEIVED:
            submission.status = Status.IN_PROGRESS
            fields.append("status")
        if fields:
            submission.save(update_fields=[*fields, "updated_at"])
        if submission.email:
            outbox.notifications_queue(
                [
                    Notification(
                        submission=submission,
                        reply=reply,
                        purpose=Notification.Purpose.REPLY,
                        recipient=submission.email,
                        language=submission.language,
                    )
                ]
            )
    return reply


def reply_send(
    *, submission: Submission, author, body: str, macro: Macro | None = None, set_status: str = ""
) -> Reply:
    """A reply from the reply page: the reply, the canned reply's use (counted) and
    the status change it asks for, in one transaction."""
    if set_status and set_status not in Status.values:
        raise ValidationError({"set_status": _("Choose a known status.")})
    with transaction.atomic():
        reply = reply_create(submission=submission, author=author, body=body)
        if macro is not None:
            MacroUse.objects.create(macro=macro, reply=reply)
        if set_status and set_status != submission.status:
            previous = submission.status
            submission.status = set_status
            # The reply's mail asks for the rating (feedback.outbox.mail_text).
            submission_triage_apply(
                submission=submission, previous_status=previous, ask_rating=False
            )
            submission._history_user = author
            submission.save()
    return reply


def case_assign(*, submission: Submission, assignee, by) -> None:
    """Give the case to `assignee` (who must handle its kind); history keeps who did it."""
    if assignee is not None and not submission.is_handled_by(assignee):
        raise ValidationError({"assignee": _("This person does not handle this kind of case.")})
    submission.assignee = assignee
    submission._change_reason = "assigned"
    submission._history_user = by
    with transaction.atomic():
        submission.save()
        outbox.notifications_queue(staffmail.assigned(submission, by=by))


def case_take_next(*, user, kind: str = "", language: str = "", region: str = ""):
    """The unassigned open case of the queue with the soonest promise that `user` may
    handle, now assigned to them; None when the queue is empty. Two agents taking at
    once get different cases (the row is locked, locked rows are skipped)."""
    with transaction.atomic():
        waiting = Submission.objects.visible_to(user).queue(
            kind=kind, language=language, region=region
        )
        candidates = (
            waiting.exclude(status__in=PAUSED_STATUSES).filter(assignee__isnull=True).by_due()
        )
        submission = candidates.select_for_update(skip_locked=True, of=("self",)).first()
        if submission is None:
            return None
        case_assign(submission=submission, assignee=user, by=user)
    return submission


def note_create(*, submission: Submission, author, body: str) -> Note:
    note = Note(submission=submission, author=author, body=body.strip())
    note.full_clean()
    note.save()
    return note


def submission_triage_apply(
    *,
    submission: Submission,
    previous_status: str | None,
    previous_priority: int | None = None,
    ask_rating: bool = True,
) -> None:
    """Keep the response and resolution times, and the promised times (feedback.clocks),
    in line with a status or priority change by staff, and ask the customer
    for a rating when the case becomes resolved.

    Called before saving a staff edit; the medians on the analytics page read these.
    """
    now = timezone.now()
    if previous_priority is not None and previous_priority != submission.priority:
        clocks.clock_retarget(submission)
    status = submission.status
    if status == previous_status:
        return
    clocks.clock_status_changed(submission, previous_status=previous_status, now=now)
    if status != Status.RECEIVED and submission.first_response_at is None:
        submission.first_response_at = now
    if status == Status.RESOLVED:
        transaction.on_commit(
            partial(signals.case_resolved.send, sender=Submission, submission=submission)
        )
    if status in {Status.RESOLVED, Status.CLOSED}:
        submission.resolved_at = submission.resolved_at or now
    else:
        submission.resolved_at = None  # reopened
    submission.closed_at = now if status == Status.CLOSED else None
    if (
        ask_rating
        and status == Status.RESOLVED
        and submission.email
        and submission.anonymised_at is None
    ):
        outbox.notifications_queue(
            [
                Notification(
                    submission=submission,
                    purpose=Notification.Purpose.RESOLVED,
                    recipient=submission.email,
                    language=submission.language,
                )
            ]
        )


_IMPOSTOR_KINDS = {value_kind: kind for kind, value_kind in KnownImpostor.VALUE_KINDS.items()}


def impostor_confirm(*, submission: Submission) -> KnownImpostor | None:
    """An analyst confirmed that a report's suspicious contact is a scam: list it, so
    "Is it really us?" answers "reported as a scam" for it. None when the contact is
    not a phone number, e-mail, web address or handle that can be matched."""
    value = normalise.clean_input(submission.suspicious_contact)
    kind = _IMPOSTOR_KINDS.get(normalise.classify(value))
    if kind is None:
        return None
    impostor = KnownImpostor(kind=kind, value=value, region=submission.region)
    normalised = impostor.normalised_value()
    if not normalised:
        return None
    existing = KnownImpostor.objects.filter(kind=kind, value_normalised=normalised).first()
    if existing is not None:
        impostor = existing
    sources = [part for part in impostor.source.split(", ") if part]
    if submission.reference not in sources:
        sources.append(submission.reference)
    impostor.source = ", ".join(sources)[:200]
    impostor.is_confirmed = True
    impostor.full_clean()
    impostor.save()
    return impostor


ANONYMISED_TEXT = "[removed]"

# Other apps' records kept under the same retention age (e.g. chat transcripts):
# callables (cutoff, dry_run) -> count, registered from their AppConfig.ready().
RETENTION_HOOKS = []


def retention_hook(function):
    """Have `submissions_anonymise` anonymise another app's records too."""
    RETENTION_HOOKS.append(function)
    return function


def submissions_anonymise(*, older_than_days: int, dry_run: bool = False) -> int:
    """Remove personal data and files of submissions closed more than `older_than_days` ago.

    Kept for the statistics: kind, topic, incident, region, status, the dates,
    amount, and the suspicious contact (it belongs to the impostor, not to the
    customer). Removed: e-mail, name, description, transaction ID, notes,
    replies' text, files, recipients of mail, inbound mails' text, sender, subject and
    raw message, and the same fields in history.
    """
    cutoff = timezone.now() - datetime.timedelta(days=older_than_days)
    due = Submission.objects.filter(
        status=Status.CLOSED, closed_at__lt=cutoff, anonymised_at__isnull=True
    )
    others = sum(hook(cutoff, dry_run) for hook in RETENTION_HOOKS)
    if dry_run:
        return due.count() + others
    count = 0
    for pk in due.values_list("pk", flat=True).iterator():
        _submission_anonymise(pk)
        count += 1
    return count + others


def _submission_anonymise(pk: int) -> None:
    personal = {
        "email": "",
        "name": "",
        "description": ANONYMISED_TEXT,
        "transaction_id": "",
    }
    files = []
    with transaction.atomic():
        submission = Submission.objects.select_for_update().get(pk=pk)
        for attachment in submission.attachments.all():
            files.append(attachment.file.name)
        submission.attachments.all().delete()
        submission.notes.update(body=ANONYMISED_TEXT)
        submission.replies.update(body=ANONYMISED_TEXT)
        submission.messages.update(body=ANONYMISED_TEXT)
        raw_mails = submission.inbound_mails.exclude(raw="")
        files += [name for name in raw_mails.values_list("raw", flat=True)]
        inbound_personal = {"body": ANONYMISED_TEXT, "sender": "", "subject": "", "raw": ""}
        mail_ids = list(submission.inbound_mails.values_list("pk", flat=True))
        submission.inbound_mails.update(**inbound_personal)
        InboundMail.history.filter(id__in=mail_ids).update(**inbound_personal)
        submission.notifications.update(recipient="")
        # History rows hold copies of every earlier version.
        Submission.history.filter(id=pk).update(**personal)
        Submission.objects.filter(pk=pk).update(**personal, anonymised_at=timezone.now())
    storage = Attachment._meta.get_field("file").storage
    for name in files:  # after the commit: a rollback must not lose evidence
        storage.delete(name)  # attachments and raw mails share the media storage
