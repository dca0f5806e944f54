"""A case as its customer sees it: the thread in order, and what happens next.

Read-only: `thread(submission)` puts what the customer sent first, our public
replies and the customer's later messages into one list ordered by time;
internal notes never appear. `next_step(submission)` is the promise shown with
the status. The case page (feedback.views.CaseView) shows both; staff see the
same rows in the admin.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.core import signing
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from feedback.models import RESPONSE_DAYS, Kind, Status, Submission

FOLLOWS_SALT = "feedback.follows"


@dataclass(frozen=True)
class FileName:
    name: str
    size: int


@dataclass(frozen=True)
class Entry:
    author: str  # "customer" or "staff" (the data-author of the page's hook)
    body: str
    created_at: datetime.datetime
    files: list[FileName] = field(default_factory=list)
    via_email: bool = False


def thread(submission: Submission) -> list[Entry]:
    """The submission's description, public replies and customer messages, oldest first
    (three queries, whatever the length of the thread)."""
    files_by_message = {}
    for attachment in submission.attachments.order_by("position"):
        files_by_message.setdefault(attachment.message_id, []).append(
            FileName(attachment.download_name, attachment.size)
        )
    entries = [
        Entry(
            "customer",
            submission.description,
            submission.created_at,
            files_by_message.get(None, []),
        )
    ]
    entries += [Entry("staff", reply.body, reply.created_at) for reply in submission.replies.all()]
    entries += [
        Entry(
            "customer",
            message.body,
            message.created_at,
            files_by_message.get(message.pk, []),
            via_email=message.source == message.Source.EMAIL,
        )
        for message in submission.messages.all()
    ]
    # Stable: the description stays first even when a reply carries the same time.
    return sorted(entries, key=lambda entry: entry.created_at)


def next_step(submission: Submission, now=None) -> str:
    """What we promise the customer next, in the active language."""
    status = submission.status
    if status == Status.RECEIVED:
        days = RESPONSE_DAYS[Kind(submission.kind)]
        return ngettext(
            "We have your message and will answer within %(days)d working day.",
            "We have your message and will answer within %(days)d working days.",
            days,
        ) % {"days": days}
    if status == Status.IN_PROGRESS:
        return _("We are working on it and will e-mail you as soon as we have news.")
    if status == Status.WAITING_CUSTOMER:
        return _("We need something from you to go on: please answer below.")
    if status == Status.RESOLVED and submission.accepts_customer_messages(now):
        return _(
            "We consider this solved. If it is not, answer below within %(days)d days "
            "and we will pick it up again."
        ) % {"days": settings.CASE_REOPEN_DAYS}
    return _(
        "This case is finished. If you need more help with it, start a new submission "
        "about it: it will refer to this one."
    )


def follows_token(submission: Submission) -> str:
    """A signed value for the feedback forms' `follows` field (a raw id would let
    anyone link their submission to any case)."""
    return signing.dumps(submission.pk, salt=FOLLOWS_SALT)


def submission_followed(token: str) -> Submission | None:
    """The earlier submission a follows token names, or None when it is not valid
    (tampered, older than the case link, or the case has been anonymised)."""
    try:
        pk = signing.loads(token, salt=FOLLOWS_SALT, max_age=settings.CASE_LINK_DAYS * 86400)
    except signing.BadSignature:
        return None
    if not isinstance(pk, int):
        return None
    return Submission.objects.filter(pk=pk, anonymised_at__isnull=True).first()
