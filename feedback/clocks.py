"""Promised times: when a case's first answer and its resolution are due.

Targets come from `ServiceTarget` (per kind and priority, staff edit them in the
admin). They are counted in the business hours of the customer's region: the
opening hours of the region's own phone hotlines (contacts), with their
closures and holidays, in each hotline's time zone. A region without such hours
(or a case without a region) counts calendar time, and the case says so. The
clock stops while the case waits for the customer (or is resolved): the
business time spent there is added to the targets when it starts again.

The arithmetic is pure functions over `contacts.hours.open_intervals`, with
"now" passed in, so overnight hours, weekends, closures and daylight-saving days
are tested with fixed times. Everything is compared in UTC.
"""

import datetime
from collections.abc import Iterator
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from contacts.hours import open_intervals
from contacts.models import Channel, Closure
from contacts.zones import utc_offset
from feedback.models import DONE_STATUSES, PAUSED_STATUSES, ClockBasis, ServiceTarget

UTC = datetime.UTC
# A case is "due soon" this long before its due time (wall-clock time).
DUE_SOON = datetime.timedelta(hours=4)
# Open time is looked for a week at a time; a year without any is "never opens".
CHUNK = datetime.timedelta(days=7)
NEVER_OPEN_AFTER = datetime.timedelta(days=366)


class NeverOpen(ValidationError):
    """Business hours that give no open time within a year."""


@dataclass(frozen=True)
class Schedule:
    """One channel's week: anything with the attributes `contacts.hours` reads."""

    zone: datetime.tzinfo
    weekly: tuple = ()
    closures: tuple = ()
    always_open: bool = False


@dataclass(frozen=True)
class BusinessHours:
    """The open time of several schedules together; none at all: calendar time."""

    schedules: tuple[Schedule, ...] = ()
    name: str = ""  # the region's, for error messages

    @property
    def calendar_time(self) -> bool:
        return not self.schedules

    def _intervals(self, start, end) -> list[tuple[datetime.datetime, datetime.datetime]]:
        """Merged open (start, end) UTC intervals clipped to [start, end)."""
        found = []
        for schedule in self.schedules:
            # A day early: last night's overnight range may still be running.
            first_day = start.astimezone(schedule.zone).date() - datetime.timedelta(days=1)
            last_day = end.astimezone(schedule.zone).date()
            found += open_intervals(
                zone=schedule.zone,
                weekly=schedule.weekly,
                closures=schedule.closures,
                always_open=schedule.always_open,
                first_day=first_day,
                days=(last_day - first_day).days + 1,
            )
        found.sort()
        merged = []
        for low, high in found:
            low, high = max(low, start), min(high, end)
            if high <= low:
                continue
            if merged and low <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], high))
            else:
                merged.append((low, high))
        return merged

    def _chunks(self, start) -> Iterator[list]:
        """Open intervals a week at a time from `start`, for ever; raises NeverOpen
        after a year without any open time."""
        chunk_start, last_open = start, start
        while True:
            chunk_end = chunk_start + CHUNK
            intervals = self._intervals(chunk_start, chunk_end)
            if intervals:
                last_open = intervals[-1][1]
            elif chunk_end - last_open > NEVER_OPEN_AFTER:
                raise NeverOpen(
                    _(
                        "The business hours of %(region)s never open within a year: "
                        "check its hotlines' opening hours and closures."
                    ),
                    code="never_open",
                    params={"region": self.name or "?"},
                )
            yield intervals
            chunk_start = chunk_end

    def add(self, start: datetime.datetime, duration: datetime.timedelta) -> datetime.datetime:
        """The moment `duration` of open time after `start`."""
        start = start.astimezone(UTC)
        if self.calendar_time or duration <= datetime.timedelta():
            return start + duration
        remaining = duration
        for intervals in self._chunks(start):
            for low, high in intervals:
                if high - low >= remaining:
                    return low + remaining
                remaining -= high - low
        raise AssertionError("unreachable")  # pragma: no cover (_chunks never ends)

    def between(self, start: datetime.datetime, end: datetime.datetime) -> datetime.timedelta:
        """Open time from `start` to `end` (zero if `end` is not later)."""
        start, end = start.astimezone(UTC), end.astimezone(UTC)
        if end <= start:
            return datetime.timedelta()
        if self.calendar_time:
            return end - start
        total = datetime.timedelta()
        chunk_start = start
        while chunk_start < end:
            chunk_end = min(chunk_start + CHUNK, end)
            total += sum(
                (high - low for low, high in self._intervals(chunk_start, chunk_end)),
                datetime.timedelta(),
            )
            chunk_start = chunk_end
        return total


class DueState(models.TextChoices):
    ON_TIME = "on_time", _("On time")
    DUE_SOON = "due_soon", _("Due soon")
    BREACHED = "breached", _("Overdue")
    PAUSED = "paused", _("Paused")


def due_state(due_at, *, now, paused=False) -> str | None:
    """on_time / due_soon / breached for a running clock; paused; None without a due time."""
    if due_at is None:
        return None
    if paused:
        return DueState.PAUSED
    if due_at <= now:
        return DueState.BREACHED
    if due_at - now <= DUE_SOON:
        return DueState.DUE_SOON
    return DueState.ON_TIME


# ------------------------------------------------------------- cases' clocks


def business_hours_for(region) -> BusinessHours:
    """The region's business hours: its own active phone hotlines' weeks, with the
    region's and each hotline's closures. None (or no hours): calendar time."""
    if region is None:
        return BusinessHours()
    hotlines = (
        Channel.objects.filter(region=region, kind=Channel.Kind.PHONE, is_active=True)
        .select_related("region")
        .prefetch_related("hours", "closures")
    )
    region_closures = tuple(Closure.objects.filter(region=region))
    schedules = tuple(
        # The hotline's own closures first: they win over the region's on the same day.
        Schedule(
            zone=hotline.zone,
            weekly=tuple(hotline.hours.all()),
            closures=(*hotline.closures.all(), *region_closures),
            always_open=hotline.always_open,
        )
        for hotline in hotlines
        if hotline.always_open or hotline.hours.all()
    )
    return BusinessHours(schedules, name=region.name)


def clock_start(submission, *, now: datetime.datetime) -> None:
    """Set a new case's promised times from `now` (not saved here)."""
    submission.paused_since = None
    submission.paused_for = datetime.timedelta()
    _retarget(submission, start=now)


def clock_retarget(submission) -> None:
    """The kind or priority changed: the promised times follow from the start again."""
    _retarget(submission, start=submission.created_at)


def clock_status_changed(submission, *, previous_status, now: datetime.datetime) -> None:
    """Stop the clock when the case waits for the customer (or is resolved), and
    move the promised times on by the business time it stood still."""
    paused_before = previous_status in PAUSED_STATUSES
    paused_now = submission.status in PAUSED_STATUSES
    if paused_now and not paused_before:
        submission.paused_since = now
    elif paused_before and not paused_now and submission.paused_since is not None:
        hours = business_hours_for(submission.region)
        try:
            submission.paused_for += hours.between(submission.paused_since, now)
        except NeverOpen:
            submission.paused_for += now - submission.paused_since
        submission.paused_since = None
        _retarget(submission, start=submission.created_at)


def _retarget(submission, *, start) -> None:
    target = ServiceTarget.objects.for_case(kind=submission.kind, priority=submission.priority)
    hours = business_hours_for(submission.region)
    basis = ClockBasis.NO_HOURS if hours.calendar_time else ClockBasis.BUSINESS
    paused = submission.paused_for or datetime.timedelta()
    try:
        response = hours.add(start, target.first_response + paused)
        resolution = hours.add(start, target.resolution + paused)
    except NeverOpen:
        # The case is kept and counted in calendar time; the page names the reason.
        basis = ClockBasis.NEVER_OPEN
        response = start + target.first_response + paused
        resolution = start + target.resolution + paused
    submission.clock_basis = basis
    submission.response_due_at = response
    submission.resolution_due_at = resolution


def current_due(submission) -> datetime.datetime | None:
    """The next promise: the first answer, then the resolution; none once resolved."""
    if submission.status in DONE_STATUSES:
        return None
    if submission.first_response_at is None:
        return submission.response_due_at
    return submission.resolution_due_at


def case_due_state(submission, *, now: datetime.datetime) -> str | None:
    return due_state(current_due(submission), now=now, paused=submission.status in PAUSED_STATUSES)


def filter_due_state(queryset, state: str, *, now: datetime.datetime):
    """Open cases of `queryset` whose promise is in `state` (the list's due filter)."""
    cases = queryset.with_due().exclude(due_at__isnull=True)
    if state == DueState.PAUSED:
        return cases.filter(status__in=PAUSED_STATUSES)
    running = cases.exclude(status__in=PAUSED_STATUSES)
    if state == DueState.BREACHED:
        return running.filter(due_at__lte=now)
    if state == DueState.DUE_SOON:
        return running.filter(due_at__gt=now, due_at__lte=now + DUE_SOON)
    if state == DueState.ON_TIME:
        return running.filter(due_at__gt=now + DUE_SOON)
    return queryset


@dataclass(frozen=True)
class Promise:
    """What the customer's case page says about the next promised time."""

    due: datetime.datetime
    state: str
    first_answer: bool  # else the resolution


def promise(submission, *, now: datetime.datetime) -> Promise | None:
    """The next promise of an open case with a running clock; None otherwise."""
    state = case_due_state(submission, now=now)
    if state in {None, DueState.PAUSED}:
        return None
    return Promise(
        due=current_due(submission),
        state=state,
        first_answer=submission.first_response_at is None,
    )


def due_text(submission) -> str:
    """The next promised time in the region's local time, "2026-12-07 10:00 (UTC+8)"."""
    due = current_due(submission)
    if due is None:
        return ""
    zone = submission.region.zone if submission.region_id else UTC
    return f"{due.astimezone(zone):%Y-%m-%d %H:%M} ({utc_offset(zone, due)})"


def region_hours_report(regions, *, now: datetime.datetime) -> list[tuple[object, str]]:
    """(region, problem) for regions whose promised times are not counted in business
    hours: "no_hours" (no hotline hours: calendar time) or "never_open" (an error
    in their hours or closures), for the policy page."""
    found = []
    for region in regions:
        hours = business_hours_for(region)
        if hours.calendar_time:
            found.append((region, ClockBasis.NO_HOURS))
            continue
        try:
            hours.add(now, datetime.timedelta(hours=1))
        except NeverOpen:
            found.append((region, ClockBasis.NEVER_OPEN))
    return found
