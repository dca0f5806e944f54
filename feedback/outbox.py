"""The mail outbox: notifications are rows first, e-mails after the commit.

Services queue notifications inside their transaction; the task queue sends
each one after the commit and retries a failure with a growing delay, so a
mail outage delays mail but never loses or blocks what caused it. Staff may
queue failed ones again from the admin.

Mail to the customer carries the way back: a Reply-To into the system (the
case's reply address), the signed case link, and Message-ID / In-Reply-To /
References so that mail programs show one case as one thread. Mail to staff
carries neither: staff answer in the admin. Mail is plain text only: no mail
program renders what a customer or staff member wrote as HTML.
"""

import datetime
import logging
from functools import partial

from django.conf import settings
from django.core.mail import EmailMessage, make_msgid
from django.db import transaction
from django.tasks import task
from django.template.loader import render_to_string
from django.utils import timezone, translation

from feedback import clocks, links, ratings, replytext
from feedback.models import RESPONSE_DAYS, Kind, Notification, Status

logger = logging.getLogger(__name__)

# Delay before retry n (1-based); the last value repeats.
RETRY_DELAYS = [60, 300, 1800, 7200]
# Mail the customer may answer: it carries the reply address and the case link.
CUSTOMER_PURPOSES = {
    Notification.Purpose.CONFIRMATION,
    Notification.Purpose.REPLY,
    Notification.Purpose.RESOLVED,
}
# Sent without a person behind it: RFC 3834 asks mail programs not to auto-answer.
AUTOMATIC_PURPOSES = {
    Notification.Purpose.CONFIRMATION,
    Notification.Purpose.SECURITY_ALERT,
    Notification.Purpose.CUSTOMER_MESSAGE,
    Notification.Purpose.RESOLVED,
    Notification.Purpose.NEW_CASE,
    Notification.Purpose.ASSIGNED,
    Notification.Purpose.DUE_SOON,
    Notification.Purpose.BREACHED,
    Notification.Purpose.CHAT_TRANSCRIPT,
}
# Mail other apps build (purpose -> function(notification) -> (subject, body)); they
# register at start-up, so that this app needs none of them.
MAIL_BUILDERS: dict = {}
# Earlier mails a new one names in References (the oldest and the latest ones).
REFERENCES_LIMIT = 10


def mail_register(purpose: str, builder) -> None:
    """Let another app send mail through the outbox: `builder(notification)` returns
    (subject, body) for notifications of `purpose` (they carry source_id, no case)."""
    MAIL_BUILDERS[purpose] = builder


@task()
def deliver_notification(notification_id: int) -> bool:
    return notification_deliver(notification_id=notification_id)


def notifications_queue(notifications: list[Notification]) -> None:
    """Save the notifications; each is sent by a task once the transaction commits."""
    for notification in notifications:
        notification.full_clean()
        notification.save()
        transaction.on_commit(partial(deliver_notification.enqueue, notification.pk))


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
            message = message_build(notification)
            # Kept before sending, so that a retry sends the same Message-ID.
            notification.save(update_fields=["message_id"])
            message.send()
        except ValueError as exc:
            # A header or address Django refuses (a newline smuggled into a field):
            # sending again cannot help, so it fails at once and staff see why.
            notification.state = Notification.State.FAILED
            notification.last_error = f"Refused to build the e-mail: {exc}"[:2000]
            notification.save(update_fields=["attempts", "last_attempt_at", "last_error", "state"])
            logger.error("Mail %s refused: %s", notification.pk, exc)
            return False
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
    if not deliver_notification.get_backend().supports_defer:
        # The immediate backend (development) cannot wait: staff retry from the admin.
        logger.warning("Mail %s failed; retry it from the admin.", notification.pk)
        return
    delay = RETRY_DELAYS[min(notification.attempts, len(RETRY_DELAYS)) - 1]
    run_after = timezone.now() + datetime.timedelta(seconds=delay)
    deliver_notification.using(run_after=run_after).enqueue(notification.pk)


def outbox_state() -> dict:
    """What /healthz reports: how many mails wait and how long the oldest has waited.

    "degraded" once the oldest waits longer than OUTBOX_DEGRADED_AFTER_SECONDS: the
    task worker is stopped, or the mail server has refused mail for that long.
    """
    pending = Notification.objects.filter(state=Notification.State.PENDING)
    oldest = pending.order_by("created_at").values_list("created_at", flat=True).first()
    age = None if oldest is None else int((timezone.now() - oldest).total_seconds())
    degraded = age is not None and age > settings.OUTBOX_DEGRADED_AFTER_SECONDS
    return {
        "status": "degraded" if degraded else "ok",
        "pending": pending.count(),
        "oldest_pending_seconds": age,
    }


def notifications_retry(*, notifications) -> int:
    """Queue the given unsent notifications again now (an admin action)."""
    count = 0
    for notification in notifications.exclude(state=Notification.State.SENT):
        Notification.objects.filter(pk=notification.pk).update(state=Notification.State.PENDING)
        transaction.on_commit(partial(deliver_notification.enqueue, notification.pk))
        count += 1
    return count


def one_line(text: str, limit: int = 200) -> str:
    """Text safe for a mail header: every run of whitespace (line breaks of any kind
    included) becomes one space, control characters go, and it is cut to `limit`."""
    printable = "".join(ch if ch.isprintable() else " " for ch in str(text))
    return " ".join(printable.split())[:limit]


def _message_id() -> str:
    domain = settings.INBOUND_EMAIL_ADDRESS.rpartition("@")[2] or None
    return make_msgid(domain=domain)


def _earlier_message_ids(notification: Notification) -> list[str]:
    """Message-IDs of the mail sent to the customer on this case before this one."""
    earlier = (
        Notification.objects.filter(
            submission_id=notification.submission_id,
            purpose__in=CUSTOMER_PURPOSES,
            created_at__lte=notification.created_at,
        )
        .exclude(pk=notification.pk)
        .exclude(message_id="")
        .order_by("created_at", "pk")
        .values_list("message_id", flat=True)
    )
    ids = list(earlier)
    if len(ids) > REFERENCES_LIMIT:  # the thread's root and the latest ones
        ids = [ids[0], *ids[-(REFERENCES_LIMIT - 1) :]]
    return ids


def mail_text(
    *, purpose: str, submission, reply=None, language: str, ask_rating: bool | None = None
) -> tuple[str, str]:
    """(subject, body) of a mail, as the customer or staff member reads it; the reply
    page shows the same text as its preview. The resolved mail asks for a rating, and so
    does a reply on a case that may be rated (the reply that resolves it: one mail, not
    two); `ask_rating` says so for a reply not sent yet."""
    if ask_rating is None:
        ask_rating = purpose == Notification.Purpose.RESOLVED or (
            purpose == Notification.Purpose.REPLY
            and submission.status == Status.RESOLVED
            and ratings.accepts_rating(submission)
        )
    template = f"feedback/email/{purpose}"
    context = {
        "submission": submission,
        "reply": reply,
        # The template greets the customer unless the reply already does.
        "greet": reply is None or not replytext.starts_with_greeting(reply.body),
        "brand": settings.BRAND_NAME,
        "response_days": RESPONSE_DAYS[Kind(submission.kind)],
        "site_url": settings.SITE_URL,
        "due_text": clocks.due_text(submission),
    }
    with translation.override(language):
        if purpose in CUSTOMER_PURPOSES:
            context["case_url"] = settings.SITE_URL + links.case_url(submission)
        if ask_rating:
            context["rating_urls"] = [
                (score, settings.SITE_URL + ratings.rating_url(submission, score))
                for score in ratings.SCORES
            ]
            context["rating_days"] = settings.CSAT_RATING_DAYS
        subject = one_line(render_to_string(f"{template}_subject.txt", context), 250)
        body = render_to_string(f"{template}.txt", context)
    return subject, body


def message_build(notification: Notification) -> EmailMessage:
    """The e-mail for a notification; gives it a Message-ID when it has none yet."""
    submission = notification.submission
    for_customer = notification.purpose in CUSTOMER_PURPOSES
    builder = MAIL_BUILDERS.get(notification.purpose)
    if builder is not None:
        subject, body = builder(notification)
        subject = one_line(subject, 250)
    else:
        subject, body = mail_text(
            purpose=notification.purpose,
            submission=submission,
            reply=notification.reply,
            language=notification.language,
        )
    if not notification.message_id:
        notification.message_id = _message_id()
    headers = {"Message-ID": notification.message_id}
    if notification.purpose in AUTOMATIC_PURPOSES:
        headers["Auto-Submitted"] = "auto-generated"
    reply_to = []
    if for_customer:
        reply_to = [links.reply_address(submission)]
        earlier = _earlier_message_ids(notification)
        if earlier:
            headers["In-Reply-To"] = earlier[-1]
            headers["References"] = " ".join(earlier)
    message = EmailMessage(
        subject=subject,
        body=body,
        to=[notification.recipient],
        reply_to=reply_to,
        headers=headers,
    )
    return message
