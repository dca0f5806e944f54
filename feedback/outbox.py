"""The mail outbox: notifications are rows first, e-mails after the commit.

Services queue notifications inside their transaction; the task queue sends
each one after the commit and retries a failure with a growing delay, so a
mail outage delays mail but never loses or blocks what caused it. Staff may
queue failed ones again from the admin.
"""

import datetime
import logging
from functools import partial

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from feedback.models import RESPONSE_DAYS, Kind, Notification

logger = logging.getLogger(__name__)

# Delay before retry n (1-based); the last value repeats.
RETRY_DELAYS = [60, 300, 1800, 7200]


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
            message_build(notification).send()
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


def notifications_retry(*, notifications) -> int:
    """Queue the given unsent notifications again now (an admin action)."""
    count = 0
    for notification in notifications.exclude(state=Notification.State.SENT):
        Notification.objects.filter(pk=notification.pk).update(state=Notification.State.PENDING)
        transaction.on_commit(partial(deliver_notification.enqueue, notification.pk))
        count += 1
    return count


def message_build(notification: Notification) -> EmailMessage:
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
