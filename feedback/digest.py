"""The weekly digest for the desk's leads: what came in, how well we kept our
promises, and where the help centre left customers without an answer.

Each lead gets the figures of the kinds they handle (`visible_to`), for the
last seven days against the seven before, with the charts the analytics page
draws (feedback.charts) in the mail's HTML part. Sent by a scheduled job
(feedback.tasks); `build_digest` is pure reading, so tests compare its figures
with direct queries.
"""

import datetime
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.staticfiles import finders
from django.core.mail import EmailMultiAlternatives
from django.db.models import Count, F, Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from faq.models import SearchGap, Vote
from feedback import charts
from feedback.analytics import grouped
from feedback.models import LEADS_GROUP, Kind, ReceivedVia, Submission, Topic
from feedback.ratings import Csat, csat_for_period

PERIOD = datetime.timedelta(days=7)
TOP = 5


@dataclass
class Promises:
    due: int = 0  # first answers that fell due in the period
    kept: int = 0  # of them, answered by their due time

    @property
    def percent(self) -> int | None:
        return round(100 * self.kept / self.due) if self.due else None


@dataclass
class Digest:
    start: datetime.datetime
    end: datetime.datetime
    total: int = 0
    previous_total: int = 0
    by_kind: list = field(default_factory=list)  # (label, this period, previous period)
    by_channel: list = field(default_factory=list)
    by_region: list = field(default_factory=list)
    top_topics: list = field(default_factory=list)  # (label, count)
    promises: Promises = field(default_factory=Promises)
    previous_promises: Promises = field(default_factory=Promises)
    csat: Csat | None = None  # ratings given in the period; None when there were none
    previous_csat: Csat | None = None
    search_gaps: list = field(default_factory=list)  # (query, language, times)
    unhelpful: list = field(default_factory=list)  # (article title, comment)
    charts: dict = field(default_factory=dict)


def csat_summary(cases, *, start, end) -> Csat | None:
    """Satisfaction of the ratings given (or changed) on `cases` from `start` to `end`;
    None when there were none (the digest then says so instead of showing zeros)."""
    csat = csat_for_period(cases, start=start, end=end)
    return csat if csat.ratings else None


def _compare(current: list, previous: list) -> list:
    before = dict(previous)
    return [(label, count, before.get(label, 0)) for label, count in current]


def _regions(cases) -> list:
    rows = (
        cases.order_by()
        .values_list("region__name")
        .annotate(n=Count("pk"))
        .order_by("-n", "region__name")
    )
    return [(name or _("unknown"), n) for name, n in rows]


def _promises(cases, start, end) -> Promises:
    due = cases.filter(response_due_at__gte=start, response_due_at__lt=end)
    return Promises(
        due=due.count(),
        kept=due.filter(first_response_at__lte=F("response_due_at")).count(),
    )


def build_digest(visible, *, end=None) -> Digest:
    """The figures of the cases in `visible` for the seven days before `end`."""
    end = end or timezone.now()
    start, previous_start = end - PERIOD, end - 2 * PERIOD
    now_cases = visible.filter(created_at__gte=start, created_at__lt=end)
    before = visible.filter(created_at__gte=previous_start, created_at__lt=start)
    digest = Digest(start=start, end=end, total=now_cases.count(), previous_total=before.count())
    kinds, channels = dict(Kind.choices), dict(ReceivedVia.choices)
    digest.by_kind = _compare(grouped(now_cases, "kind", kinds), grouped(before, "kind", kinds))
    digest.by_channel = _compare(
        grouped(now_cases, "received_via", channels), grouped(before, "received_via", channels)
    )
    digest.by_region = _compare(_regions(now_cases), _regions(before))
    digest.top_topics = grouped(now_cases.exclude(topic=""), "topic", dict(Topic.choices))[:TOP]
    digest.promises = _promises(visible, start, end)
    digest.previous_promises = _promises(visible, previous_start, start)
    # A rating comes days after the case: count those given in the period, on any case.
    digest.csat = csat_summary(visible, start=start, end=end)
    digest.previous_csat = csat_summary(visible, start=previous_start, end=start)
    digest.search_gaps = list(
        SearchGap.objects.filter(last_seen__gte=start, last_seen__lt=end)
        .order_by("-count", "query")
        .values_list("query", "language", "count")[:TOP]
    )
    digest.unhelpful = [
        (vote.article.title, vote.comment)
        for vote in Vote.objects.filter(
            ~Q(comment=""), helpful=False, created_at__gte=start, created_at__lt=end
        )
        .select_related("article")
        .order_by("-created_at")[: TOP * 2]
    ]
    digest.charts = {
        name: charts.horizontal_bars([(label, n) for label, n, _b in rows], label=title)
        for name, rows, title in [
            ("kind", digest.by_kind, _("By kind")),
            ("channel", digest.by_channel, _("By channel")),
            ("region", digest.by_region, _("By region")),
        ]
    }
    return digest


def digest_recipients():
    """Active desk leads with an e-mail address."""
    return (
        get_user_model()
        .objects.filter(groups__name=LEADS_GROUP, is_active=True, is_staff=True)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


def digest_send(*, end=None) -> int:
    """Mail each lead the digest of the kinds they handle; the number of mails sent."""
    sent = 0
    # The charts' colours, as on the analytics page (mail programs take a <style>).
    stylesheet = finders.find("css/analytics.css")
    style = Path(stylesheet).read_text(encoding="utf-8") if stylesheet else ""
    for lead in digest_recipients():
        with translation.override(settings.LANGUAGE_CODE):
            digest = build_digest(Submission.objects.visible_to(lead), end=end)
            context = {"digest": digest, "brand": settings.BRAND_NAME, "style": style}
            subject = render_to_string("feedback/email/digest_subject.txt", context).strip()
            text = render_to_string("feedback/email/digest.txt", context)
            html = render_to_string("feedback/email/digest.html", context)
        message = EmailMultiAlternatives(
            subject=subject,
            body=text,
            to=[lead.email],
            headers={"Auto-Submitted": "auto-generated"},
        )
        message.attach_alternative(html, "text/html")
        message.send()
        sent += 1
    return sent
