"""Numbers for the staff analytics page, from whatever queryset the viewer may see.

Grouping is done by the database (TruncWeek works on SQLite and PostgreSQL);
medians are computed in Python from the two timestamps, which keeps them
identical on both databases.
"""

import datetime
import statistics
from dataclasses import dataclass, field

from django.db.models import Count, Max, Q
from django.db.models.functions import TruncWeek
from django.utils import timezone
from django.utils.translation import gettext as _

from feedback import charts
from feedback.models import Kind, ReceivedVia, Status, Topic

WEEK_CHOICES = [4, 12, 26, 52]
DEFAULT_WEEKS = 12
TOP_CONTACTS = 10


def clamp_weeks(raw) -> int:
    try:
        weeks = int(raw)
    except (TypeError, ValueError):
        return DEFAULT_WEEKS
    return weeks if weeks in WEEK_CHOICES else DEFAULT_WEEKS


def _hours(durations: list[datetime.timedelta]) -> float | None:
    if not durations:
        return None
    return round(statistics.median(d.total_seconds() for d in durations) / 3600, 1)


def median_hours(queryset, later_field: str) -> float | None:
    """Median hours from receipt to `later_field`, over rows where it is set."""
    pairs = queryset.filter(**{f"{later_field}__isnull": False}).values_list(
        "created_at", later_field
    )
    return _hours([later - created for created, later in pairs])


@dataclass
class Report:
    weeks: list[str] = field(default_factory=list)
    weekly_by_kind: list[tuple[str, list[int]]] = field(default_factory=list)
    weekly_rows: list[tuple[str, list[int]]] = field(default_factory=list)
    weekly_chart: str = ""
    by_kind: list[tuple[str, int]] = field(default_factory=list)
    by_topic: list[tuple[str, int]] = field(default_factory=list)
    by_region: list[tuple[str, int]] = field(default_factory=list)
    by_status: list[tuple[str, int]] = field(default_factory=list)
    by_channel: list[tuple[str, int]] = field(default_factory=list)
    charts: dict = field(default_factory=dict)
    total: int = 0
    open: int = 0
    medians: list[tuple[str, float | None, float | None]] = field(default_factory=list)
    top_contacts: list[dict] = field(default_factory=list)


def _week_starts(weeks: int) -> list[datetime.date]:
    today = timezone.localdate()
    monday = today - datetime.timedelta(days=today.weekday())
    return [monday - datetime.timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]


def grouped(queryset, name: str, labels: dict) -> list[tuple[str, int]]:
    rows = queryset.order_by().values(name).annotate(n=Count("pk")).order_by("-n", name)
    return [(str(labels.get(row[name], row[name] or _("unknown"))), row["n"]) for row in rows]


def build_report(queryset, *, weeks: int = DEFAULT_WEEKS, kinds=None) -> Report:
    """The figures of `queryset` (what the viewer may see); `kinds`: the kinds they
    handle, so that no column is about a kind they never see (default: all)."""
    shown = [(kind, label) for kind, label in Kind.choices if kinds is None or kind in kinds]
    starts = _week_starts(weeks)
    since = datetime.datetime.combine(starts[0], datetime.time.min, tzinfo=datetime.UTC)
    window = queryset.filter(created_at__gte=since)
    report = Report(weeks=[start.isoformat() for start in starts])

    counts = {}
    weekly = (
        window.order_by()
        .annotate(week=TruncWeek("created_at"))
        .values("week", "kind")
        .annotate(n=Count("pk"))
    )
    for row in weekly:
        week = row["week"].date() if isinstance(row["week"], datetime.datetime) else row["week"]
        counts[(week, row["kind"])] = row["n"]
    report.weekly_by_kind = [
        (str(label), [counts.get((start, kind), 0) for start in starts]) for kind, label in shown
    ]
    report.weekly_rows = [
        (week, [values[i] for _name, values in report.weekly_by_kind])
        for i, week in enumerate(report.weeks)
    ]
    report.weekly_chart = charts.stacked_columns(
        report.weeks,
        report.weekly_by_kind,
        label=_("Submissions per week by kind"),
    )

    report.total = window.count()
    report.open = queryset.open().count()
    report.by_kind = grouped(window, "kind", dict(Kind.choices))
    report.by_topic = grouped(window.exclude(topic=""), "topic", dict(Topic.choices))
    report.by_region = [
        (name or _("unknown"), n)
        for name, n in window.order_by()
        .values_list("region__name")
        .annotate(n=Count("pk"))
        .order_by("-n", "region__name")
    ]
    report.by_status = grouped(window, "status", dict(Status.choices))
    report.by_channel = grouped(window, "received_via", dict(ReceivedVia.choices))
    report.charts = {
        name: charts.horizontal_bars(rows, label=title)
        for name, rows, title in [
            ("kind", report.by_kind, _("By kind")),
            ("topic", report.by_topic, _("By topic")),
            ("region", report.by_region, _("By region")),
            ("status", report.by_status, _("By status")),
            ("channel", report.by_channel, _("By channel")),
        ]
    }

    report.medians = [(_("All"), *_medians(window))]
    for kind, label in shown:
        report.medians.append((str(label), *_medians(window.filter(kind=kind))))

    report.top_contacts = list(
        queryset.filter(kind=Kind.SUSPICIOUS)
        .exclude(suspicious_contact_key="")
        .order_by()
        .values("suspicious_contact_key")
        .annotate(
            reports=Count("pk"),
            confirmed=Count("pk", filter=Q(impostor_confirmed=True)),
            last_reported=Max("created_at"),
        )
        .order_by("-reports", "-last_reported")[:TOP_CONTACTS]
    )
    return report


def _medians(queryset):
    return median_hours(queryset, "first_response_at"), median_hours(queryset, "resolved_at")
