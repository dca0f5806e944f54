"""The customer's satisfaction rating ("Did we solve your problem?", 1-5).

Asked when a case is resolved, in the mail and on the case page; recorded only
by a POST from the case page (mail scanners open links: a GET shows the form
with the score chosen and changes nothing); changeable for CSAT_RATING_DAYS
after the case was resolved. The figures by kind, region, language, agent and
month are read by the analytics page; `csat_for_period` by anyone who reports on
a period (the weekly digest).
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Avg, Count, Q
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from feedback import links
from feedback.models import Kind, Rating, Status, Submission

SCORES = range(1, 6)
# Scores that count as "solved" in the satisfaction share.
SATISFIED = 4


def rating_open_until(submission: Submission) -> datetime.datetime | None:
    """Until when the case may be rated; None when it is not resolved."""
    if submission.status not in {Status.RESOLVED, Status.CLOSED} or not submission.resolved_at:
        return None
    return submission.resolved_at + datetime.timedelta(days=settings.CSAT_RATING_DAYS)


def accepts_rating(submission: Submission, now=None) -> bool:
    until = rating_open_until(submission)
    return (
        until is not None and submission.anonymised_at is None and (now or timezone.now()) <= until
    )


def rating_url(submission: Submission, score: int | None = None) -> str:
    """The rating page's path in the case's language, with the score chosen."""
    path = links.case_url(submission).rstrip("/") + "/rate/"
    return f"{path}?{urlencode({'score': score})}" if score else path


def rating_record(*, submission: Submission, score: int, comment: str = "") -> Rating:
    """Record or change the customer's rating; ValidationError when the case may not
    (or no longer) be rated or the score is not 1-5."""
    if score not in SCORES:
        raise ValidationError(gettext_lazy("Choose a score from 1 to 5."), code="score")
    with transaction.atomic():
        locked = Submission.objects.select_for_update().get(pk=submission.pk)
        if not accepts_rating(locked):
            raise ValidationError(
                gettext_lazy(
                    "This case can no longer be rated: ratings are taken for %(days)d days "
                    "after a case is resolved."
                )
                % {"days": settings.CSAT_RATING_DAYS},
                code="closed",
            )
        rating = Rating.objects.filter(submission=locked).first() or Rating(submission=locked)
        rating.score = score
        rating.comment = comment.strip()
        rating.full_clean()
        rating.save()
    return rating


@dataclass
class Csat:
    ratings: int
    average: float | None
    satisfied_percent: float | None


def _csat(rows) -> Csat:
    count = rows["n"]
    return Csat(
        ratings=count,
        average=round(rows["avg"], 2) if count else None,
        satisfied_percent=round(100 * rows["good"] / count, 1) if count else None,
    )


_AGGREGATES = {
    "n": Count("pk"),
    "avg": Avg("score"),
    "good": Count("pk", filter=Q(score__gte=SATISFIED)),
}


def csat_for_period(submissions, *, start: datetime.datetime, end: datetime.datetime) -> Csat:
    """Satisfaction of the ratings given (or last changed) in [start, end) on `submissions`."""
    rows = Rating.objects.filter(
        submission__in=submissions, updated_at__gte=start, updated_at__lt=end
    ).aggregate(**_AGGREGATES)
    return _csat(rows)


def csat_breakdown(submissions) -> dict[str, list[tuple[str, Csat]]]:
    """Satisfaction by kind, region, language, agent and month, for the analytics page."""
    ratings = Rating.objects.filter(submission__in=submissions).order_by()
    kinds = dict(Kind.choices)
    languages = dict(settings.LANGUAGES)
    groups = {
        _("By kind"): ("submission__kind", lambda v: str(kinds.get(v, v))),
        _("By region"): ("submission__region__name", lambda v: v or _("unknown")),
        _("By language"): ("submission__language", lambda v: str(languages.get(v, v))),
        _("By agent"): ("submission__assignee__username", lambda v: v or _("nobody")),
    }
    breakdown = {}
    for title, (name, label) in groups.items():
        rows = ratings.values(name).annotate(**_AGGREGATES).order_by(name)
        breakdown[title] = [(label(row[name]), _csat(row)) for row in rows]
    monthly = (
        ratings.annotate(month=TruncMonth("updated_at"))
        .values("month")
        .annotate(**_AGGREGATES)
        .order_by("month")
    )
    breakdown[_("By month")] = [(f"{row['month']:%Y-%m}", _csat(row)) for row in monthly]
    return breakdown
