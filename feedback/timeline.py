"""A case as staff see it: one timeline of what the customer sent, our replies,
internal notes and status changes, oldest first; and the customer's other cases.

Read-only. Only staff who may handle the case see it (the admin's change page
starts from `Submission.objects.visible_to()`); the customer's own view is
feedback.conversation, which never shows notes.
"""

import datetime
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from feedback.models import Status, Submission


@dataclass(frozen=True)
class File:
    name: str
    url: str


@dataclass(frozen=True)
class Event:
    kind: str  # customer / reply / note / status: the data-kind of the page's hook
    created_at: datetime.datetime
    who: str
    body: str = ""
    files: list[File] = field(default_factory=list)


def _name(user) -> str:
    return (user.get_full_name() or user.get_username()) if user else _("(former staff)")


def case_timeline(submission: Submission) -> list[Event]:
    """Everything on the case in order (a fixed number of queries)."""
    customer = submission.name or submission.email or _("Customer")
    files_by_message = {}
    for attachment in submission.attachments.order_by("position"):
        files_by_message.setdefault(attachment.message_id, []).append(
            File(attachment.download_name, attachment.get_absolute_url())
        )
    events = [
        Event(
            "customer",
            submission.created_at,
            customer,
            submission.description,
            files_by_message.get(None, []),
        )
    ]
    events += [
        Event(
            "customer",
            message.created_at,
            customer,
            message.body,
            files_by_message.get(message.pk, []),
        )
        for message in submission.messages.all()
    ]
    events += [
        Event("reply", reply.created_at, _name(reply.author), reply.body)
        for reply in submission.replies.select_related("author")
    ]
    events += [
        Event("note", note.created_at, _name(note.author), note.body)
        for note in submission.notes.select_related("author")
    ]
    events += _status_changes(submission)
    return sorted(events, key=lambda event: event.created_at)


def _status_changes(submission: Submission) -> list[Event]:
    labels = dict(Status.choices)
    changes, previous = [], None
    records = submission.history.order_by("history_date", "history_id").select_related(
        "history_user"
    )
    for record in records:
        if previous is not None and record.status != previous:
            changes.append(
                Event(
                    "status",
                    record.history_date,
                    _name(record.history_user) if record.history_user_id else _("automatically"),
                    _("Status: %(old)s → %(new)s")
                    % {"old": labels.get(previous, previous), "new": labels.get(record.status)},
                )
            )
        previous = record.status
    return changes


def other_cases(submission: Submission, user, limit: int = 10):
    """The customer's other cases (same e-mail) that `user` may see, newest first."""
    if not submission.email:
        return Submission.objects.none()
    return (
        Submission.objects.visible_to(user)
        .filter(email__iexact=submission.email)
        .exclude(pk=submission.pk)
        .order_by("-created_at")[:limit]
    )
