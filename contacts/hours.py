"""Opening hours: is a channel open at a moment, and when does that change?

Pure functions over `zoneinfo`, with "now" passed in, so every case (overnight
ranges, 24/7, holidays, daylight-saving changes) is tested with fixed times.
Weekly ranges and closures are anything with the attributes of
`OpeningHours` (weekday, opens, closes) and `Closure` (starts_on, ends_on,
opens, closes, reason): model instances on pages, plain objects in tests.

Ranges are wall-clock times in the channel's zone. Each one becomes a pair of
UTC instants for a given date, so a day with a DST change is simply shorter or
longer; comparisons are made in UTC (aware datetimes in the same zone compare
by wall time, which is wrong across a change).
"""

import datetime
from dataclasses import dataclass
from itertools import groupby

UTC = datetime.UTC
MIDNIGHT = datetime.time(0, 0)
# How far ahead "opens ..." looks: a week and a day covers every weekly schedule.
HORIZON_DAYS = 8


@dataclass(frozen=True)
class OpenState:
    open_now: bool
    closes_at: datetime.datetime | None = None  # UTC; None while open with no end in sight
    next_open: datetime.datetime | None = None  # UTC; None while open or never within a week
    closure: object = None  # the closure (holiday) covering today, if any

    @property
    def around_the_clock(self) -> bool:
        return self.open_now and self.closes_at is None

    @property
    def changes_at(self) -> datetime.datetime | None:
        """When `open_now` flips next (UTC), if within the look-ahead."""
        return self.closes_at if self.open_now else self.next_open


def next_midnight(now, zone) -> datetime.datetime:
    """The next start of a day in `zone` after `now`, as UTC: "today", "tomorrow"
    and which closures apply turn over then."""
    tomorrow = now.astimezone(zone).date() + datetime.timedelta(days=1)
    return _instant(tomorrow, MIDNIGHT, zone)


def _instant(day, time, zone):
    """A wall-clock time on a date in `zone`, as UTC.

    A time skipped by a DST change (02:30 on a spring-forward night) is read
    with the offset before the change (03:30 after it); a repeated one is its
    first occurrence.
    """
    return datetime.datetime.combine(day, time, tzinfo=zone).astimezone(UTC)


def _closure_on(day, closures):
    for closure in closures:
        if closure.starts_on <= day <= closure.ends_on:
            return closure
    return None


def _ranges_on(day, weekly, closures, always_open):
    """(opens, closes) wall-clock ranges that start on `day`."""
    closure = _closure_on(day, closures)
    if closure is not None:
        return [] if closure.opens is None else [(closure.opens, closure.closes)]
    if always_open:
        return [(MIDNIGHT, MIDNIGHT)]
    return [(h.opens, h.closes) for h in weekly if h.weekday == day.weekday()]


def open_intervals(*, zone, weekly=(), closures=(), always_open=False, first_day, days):
    """Merged (start, end) UTC intervals for ranges starting on `days` dates from `first_day`."""
    intervals = []
    for offset in range(days):
        day = first_day + datetime.timedelta(days=offset)
        for opens, closes in _ranges_on(day, weekly, closures, always_open):
            end_day = day if closes > opens else day + datetime.timedelta(days=1)
            start, end = _instant(day, opens, zone), _instant(end_day, closes, zone)
            if end > start:
                intervals.append((start, end))
    intervals.sort()
    merged = []
    for start, end in intervals:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def open_state(*, now, zone, weekly=(), closures=(), always_open=False) -> OpenState:
    """Whether the channel is open at `now` (aware), and until / from when."""
    now = now.astimezone(UTC)
    today = now.astimezone(zone).date()
    # Start a day early: last night's overnight range may still be running.
    first_day = today - datetime.timedelta(days=1)
    days = HORIZON_DAYS + 1
    intervals = open_intervals(
        zone=zone,
        weekly=weekly,
        closures=closures,
        always_open=always_open,
        first_day=first_day,
        days=days,
    )
    horizon_end = _instant(first_day + datetime.timedelta(days=days), MIDNIGHT, zone)
    closure = _closure_on(today, closures)
    for start, end in intervals:
        if start <= now < end:
            return OpenState(True, closes_at=None if end >= horizon_end else end, closure=closure)
        if start > now:
            return OpenState(False, next_open=start, closure=closure)
    return OpenState(False, closure=closure)


@dataclass(frozen=True)
class WeekSummaryRow:
    first_weekday: int
    last_weekday: int
    ranges: tuple  # ((opens, closes), ...); empty: closed


def week_summary(weekly) -> list[WeekSummaryRow]:
    """Consecutive weekdays with the same ranges, for "Monday-Friday 09:00-18:00"."""
    by_day = {day: [] for day in range(7)}
    for hours in weekly:
        by_day[hours.weekday].append((hours.opens, hours.closes))
    rows = []
    for ranges, days in groupby(range(7), key=lambda day: tuple(sorted(by_day[day]))):
        days = list(days)
        rows.append(WeekSummaryRow(days[0], days[-1], ranges))
    return rows
