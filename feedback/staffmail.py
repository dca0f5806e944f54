"""Mail to staff about cases, through the outbox: who gets which, minus the kinds
each person turned off (MailOptOut).

- a new complaint: everyone who handles complaints (reports: the security alert);
- the customer answered: the assignee, or everyone who handles the kind;
- a case assigned to someone by someone else: the assignee;
- a promised time close: the assignee (nobody assigned: the kind's leads);
- a promised time missed: the kind's leads (desk leads who handle that kind).

The due sweep runs on a schedule (feedback.schedules) and sends each of the
last two once per due time.
"""

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from feedback import clocks, outbox
from feedback.models import (
    LEADS_GROUP,
    PAUSED_STATUSES,
    STAFF_MAIL,
    MailOptOut,
    Notification,
    Submission,
    staff_handling,
)

Purpose = Notification.Purpose


def addresses(users, purpose: str) -> list[str]:
    """E-mail addresses of `users` (active staff) who did not turn `purpose` off."""
    opted_out = MailOptOut.objects.filter(purpose=purpose).values("user")
    found = (
        users.filter(is_active=True, is_staff=True)
        .exclude(email="")
        .exclude(pk__in=opted_out)
        .values_list("email", flat=True)
    )
    return sorted(set(found))


def handlers(kind: str):
    """Staff who handle `kind` through their role or directly (not superusers as such)."""
    return staff_handling(kind, superusers=False)


def leads(kind: str):
    return handlers(kind).filter(groups__name=LEADS_GROUP)


def to_staff(submission: Submission, purpose: str, recipients: list[str]) -> list[Notification]:
    return [
        Notification(
            submission=submission,
            purpose=purpose,
            recipient=address,
            language=settings.LANGUAGE_CODE,
        )
        for address in recipients
    ]


def assigned(submission: Submission, *, by) -> list[Notification]:
    """The new assignee hears of it, unless they took the case themselves."""
    assignee = submission.assignee
    if assignee is None or assignee == by:
        return []
    users = type(assignee).objects.filter(pk=assignee.pk)
    return to_staff(submission, Purpose.ASSIGNED, addresses(users, Purpose.ASSIGNED))


def due_sweep(*, now=None) -> dict:
    """Queue "due soon" and "missed" mail for open cases with a running clock, once per
    due time; {"due_soon": n, "breached": n} cases."""
    now = now or timezone.now()
    counts = {"due_soon": 0, "breached": 0}
    cases = (
        Submission.objects.open()
        .exclude(status__in=PAUSED_STATUSES)
        .with_due()
        .filter(due_at__lte=now + clocks.DUE_SOON)
        .select_related("assignee")
    )
    for case in cases.iterator(chunk_size=200):
        if case.due_at <= now:
            if case.breach_sent_for == case.due_at:
                continue
            recipients = addresses(leads(case.kind), Purpose.BREACHED)
            purpose, field, count = Purpose.BREACHED, "breach_sent_for", "breached"
        else:
            if case.due_soon_sent_for == case.due_at:
                continue
            if case.assignee_id:
                users = type(case.assignee).objects.filter(pk=case.assignee_id)
            else:
                users = leads(case.kind)
            recipients = addresses(users, Purpose.DUE_SOON)
            purpose, field, count = Purpose.DUE_SOON, "due_soon_sent_for", "due_soon"
        with transaction.atomic():
            # Only the sweep that marks the case first sends (two sweeps at once send once).
            marked = (
                Submission.objects.filter(pk=case.pk)
                .exclude(**{field: case.due_at})
                .update(**{field: case.due_at})
            )
            if marked:
                outbox.notifications_queue(to_staff(case, purpose, recipients))
                counts[count] += 1
    return counts


def preferences_set(*, user, wanted: set[str]) -> None:
    """Keep exactly the staff mails `user` wants; the others are turned off."""
    with transaction.atomic():
        MailOptOut.objects.filter(user=user, purpose__in=wanted).delete()
        MailOptOut.objects.bulk_create(
            [
                MailOptOut(user=user, purpose=purpose)
                for purpose in STAFF_MAIL
                if purpose not in wanted
            ],
            ignore_conflicts=True,
        )
