"""Writes with side effects: submissions, replies, triage changes, mail delivery.

A submission, its files and the notifications it causes are written in one
transaction; mail goes out from a task after the commit, so a mail outage
delays mail but never loses or blocks a submission.
"""

import datetime
import logging
import uuid
from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from contacts import verification
from contacts.models import KnownImpostor, Region
from feedback.models import (
    Attachment,
    Kind,
    Note,
    Notification,
    Reply,
    Status,
    Submission,
    new_reference,
    normalise_contact,
)
from feedback.uploads import CleanFile

logger = logging.getLogger(__name__)

REFERENCE_ATTEMPTS = 5
# Delay before retry n (1-based); the last value repeats.
RETRY_DELAYS = [60, 300, 1800, 7200]
# Expected first answer, shown after submitting and in the confirmation.
RESPONSE_DAYS = {Kind.FEEDBACK: 3, Kind.COMPLAINT: 2, Kind.SUSPICIOUS: 1}


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
) -> tuple[Submission, bool]:
    """Store a customer's submission and its files; (submission, created).

    The same form token twice (a double click, a resubmitted page) returns the
    first submission instead of creating another one.
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
        suspicious_contact_key=normalise_contact(suspicious_contact)[:200],
        occurred_on=occurred_on,
        amount=amount,
        currency=currency,
    )
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
            _notifications_queue(notifications)
    except BaseException as exc:
        _files_remove(stored)
        if isinstance(exc, IntegrityError):
            # The same token submitted twice at once: the other request won.
            existing = Submission.objects.filter(idempotency_key=idempotency_key).first()
            if existing is not None:
                return existing, False
        raise
    return submission, True


def _attachment_store(
    submission: Submission, clean: CleanFile, position: int, stored: list[str]
) -> None:
    """Write one file and its row; its name goes into `stored` before the first byte
    is written, so a write that fails half-way (disk full) leaves nothing behind."""
    attachment = Attachment(
        submission=submission,
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
    """Security analysts with an address, plus any configured extra addresses."""
    from helpdesk.roles import SECURITY_ANALYSTS

    analysts = (
        get_user_model()
        .objects.filter(is_active=True, groups__name=SECURITY_ANALYSTS)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    return sorted({*analysts, *settings.FEEDBACK_SECURITY_ALERT_TO})


def _notifications_queue(notifications: list[Notification]) -> None:
    from feedback.tasks import deliver_notification

    for notification in notifications:
        notification.full_clean()
        notification.save()
        transaction.on_commit(partial(deliver_notification.enqueue, notification.pk))


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
            _notifications_queue(
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


def note_create(*, submission: Submission, author, body: str) -> Note:
    note = Note(submission=submission, author=author, body=body.strip())
    note.full_clean()
    note.save()
    return note


def submission_triage_apply(*, submission: Submission, previous_status: str | None) -> None:
    """Keep the response and resolution times in line with a status change by staff.

    Called before saving a staff edit; the medians on the analytics page read these.
    """
    now = timezone.now()
    status = submission.status
    if status == previous_status:
        return
    if status != Status.RECEIVED and submission.first_response_at is None:
        submission.first_response_at = now
    if status in {Status.RESOLVED, Status.CLOSED}:
        submission.resolved_at = submission.resolved_at or now
    else:
        submission.resolved_at = None  # reopened
    submission.closed_at = now if status == Status.CLOSED else None


_IMPOSTOR_KINDS = {
    verification.ValueKind.PHONE: KnownImpostor.Kind.PHONE,
    verification.ValueKind.EMAIL: KnownImpostor.Kind.EMAIL,
    verification.ValueKind.WEB: KnownImpostor.Kind.WEB,
    verification.ValueKind.HANDLE: KnownImpostor.Kind.SOCIAL,
}


def impostor_confirm(*, submission: Submission) -> KnownImpostor | None:
    """An analyst confirmed that a report's suspicious contact is a scam: list it, so
    "Is it really us?" answers "reported as a scam" for it. None when the contact is
    not a phone number, e-mail, web address or handle that can be matched."""
    value = verification.clean_input(submission.suspicious_contact)
    kind = _IMPOSTOR_KINDS.get(verification.classify(value))
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


def notification_deliver(*, notification_id: int) -> bool:
    """Send one notification; True when sent (now or before).

    Safe to run twice: a sent notification is never sent again. On failure the
    attempt is recorded, a retry is scheduled with a growing delay, and the
    error is raised again so the task queue shows the failed run too.
    """
    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update(of=("self",))
            .select_related("submission", "reply")
            .filter(pk=notification_id)
            .first()
        )
        if notification is None or notification.state == Notification.State.SENT:
            return notification is not None
        if not notification.recipient:  # anonymised meanwhile
            notification.state = Notification.State.FAILED
            notification.last_error = "No recipient."
            notification.save(update_fields=["state", "last_error"])
            return False
        notification.attempts += 1  # the row is locked: no lost update
        notification.last_attempt_at = timezone.now()
        try:
            _message(notification).send()
        except Exception as exc:
            notification.last_error = f"{type(exc).__name__}: {exc}"[:2000]
            gave_up = notification.attempts >= settings.FEEDBACK_MAIL_MAX_ATTEMPTS
            notification.state = (
                Notification.State.FAILED if gave_up else Notification.State.PENDING
            )
            notification.save(update_fields=["attempts", "last_attempt_at", "last_error", "state"])
            if not gave_up:
                transaction.on_commit(partial(_retry_schedule, notification))
            failure = exc
        else:
            notification.state = Notification.State.SENT
            notification.sent_at = timezone.now()
            notification.last_error = ""
            notification.save(
                update_fields=["attempts", "last_attempt_at", "last_error", "state", "sent_at"]
            )
            return True
    raise failure


def _retry_schedule(notification: Notification) -> None:
    from feedback.tasks import deliver_notification

    if not deliver_notification.get_backend().supports_defer:
        # The immediate backend (development) cannot wait: staff retry from the admin.
        logger.warning("Mail %s failed; retry it from the admin.", notification.pk)
        return
    delay = RETRY_DELAYS[min(notification.attempts, len(RETRY_DELAYS)) - 1]
    run_after = timezone.now() + datetime.timedelta(seconds=delay)
    deliver_notification.using(run_after=run_after).enqueue(notification.pk)


def notifications_retry(*, notifications) -> int:
    """Queue the given unsent notifications again now (an admin action)."""
    from feedback.tasks import deliver_notification

    count = 0
    for notification in notifications.exclude(state=Notification.State.SENT):
        Notification.objects.filter(pk=notification.pk).update(state=Notification.State.PENDING)
        transaction.on_commit(partial(deliver_notification.enqueue, notification.pk))
        count += 1
    return count


def _message(notification: Notification) -> EmailMessage:
    submission = notification.submission
    template = f"feedback/email/{notification.purpose}"
    context = {
        "submission": submission,
        "reply": notification.reply,
        "brand": settings.BRAND_NAME,
        "response_days": RESPONSE_DAYS[Kind(submission.kind)],
        "site_url": settings.SITE_URL,
    }
    with translation.override(notification.language):
        context["status_url"] = settings.SITE_URL + reverse("feedback:status")
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}.txt", context)
    return EmailMessage(subject=subject, body=body, to=[notification.recipient])


ANONYMISED_TEXT = "[removed]"


def submissions_anonymise(*, older_than_days: int, dry_run: bool = False) -> int:
    """Remove personal data and files of submissions closed more than `older_than_days` ago.

    Kept for the statistics: kind, topic, incident, region, status, the dates,
    amount, and the suspicious contact (it belongs to the impostor, not to the
    customer). Removed: e-mail, name, description, transaction ID, notes,
    replies' text, files, recipients of mail, and the same fields in history.
    """
    cutoff = timezone.now() - datetime.timedelta(days=older_than_days)
    due = Submission.objects.filter(
        status=Status.CLOSED, closed_at__lt=cutoff, anonymised_at__isnull=True
    )
    if dry_run:
        return due.count()
    count = 0
    for pk in due.values_list("pk", flat=True).iterator():
        _submission_anonymise(pk)
        count += 1
    return count


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
        submission.notifications.update(recipient="")
        # History rows hold copies of every earlier version.
        Submission.history.filter(id=pk).update(**personal)
        Submission.objects.filter(pk=pk).update(**personal, anonymised_at=timezone.now())
    storage = Attachment._meta.get_field("file").storage
    for name in files:  # after the commit: a rollback must not lose evidence
        storage.delete(name)
