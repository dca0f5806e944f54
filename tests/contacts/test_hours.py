"""Opening hours at fixed moments: overnight, 24/7, holidays, DST, other zones."""

import datetime
from types import SimpleNamespace as Obj
from zoneinfo import ZoneInfo

import pytest

from contacts.hours import open_state, week_summary

UTC = datetime.UTC
NEW_YORK = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")
SHANGHAI = ZoneInfo("Asia/Shanghai")
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def t(text):
    return datetime.time.fromisoformat(text)


def hours(weekdays, opens, closes):
    return [Obj(weekday=day, opens=t(opens), closes=t(closes)) for day in weekdays]


def closure(first, last, opens=None, closes=None, reason="Holiday"):
    return Obj(
        starts_on=datetime.date.fromisoformat(first),
        ends_on=datetime.date.fromisoformat(last),
        opens=t(opens) if opens else None,
        closes=t(closes) if closes else None,
        reason=reason,
    )


def at(text, zone=UTC):
    """A moment given as wall-clock time in `zone`."""
    return datetime.datetime.fromisoformat(text).replace(tzinfo=zone)


OFFICE = hours([MON, TUE, WED, THU, FRI], "09:00", "18:00")


def test_open_during_office_hours_with_closing_time():
    # Wednesday 2026-06-03, 10:00 in Shanghai.
    state = open_state(now=at("2026-06-03 10:00", SHANGHAI), zone=SHANGHAI, weekly=OFFICE)
    assert state.open_now
    assert state.closes_at == at("2026-06-03 18:00", SHANGHAI)
    assert state.next_open is None


def test_closed_at_the_weekend_opens_monday_morning():
    state = open_state(now=at("2026-06-06 12:00", SHANGHAI), zone=SHANGHAI, weekly=OFFICE)
    assert not state.open_now
    assert state.next_open == at("2026-06-08 09:00", SHANGHAI)
    assert state.next_open.astimezone(SHANGHAI).weekday() == MON


def test_closing_time_is_exclusive_and_opening_inclusive():
    assert not open_state(
        now=at("2026-06-03 18:00", SHANGHAI), zone=SHANGHAI, weekly=OFFICE
    ).open_now
    assert open_state(now=at("2026-06-03 09:00", SHANGHAI), zone=SHANGHAI, weekly=OFFICE).open_now


def test_region_zone_differs_from_the_servers_utc(settings):
    settings.TIME_ZONE = "America/Los_Angeles"  # the answer must not depend on it
    # 02:00 UTC on Monday is 10:00 in Shanghai (open) but Sunday evening in UTC.
    state = open_state(now=at("2026-06-01 02:00"), zone=SHANGHAI, weekly=OFFICE)
    assert state.open_now
    assert state.closes_at == at("2026-06-01 10:00")  # 18:00 Shanghai in UTC
    # 11:00 UTC on Monday is 19:00 in Shanghai: closed, though 11:00 would be open in UTC.
    state = open_state(now=at("2026-06-01 11:00"), zone=SHANGHAI, weekly=OFFICE)
    assert not state.open_now
    assert state.next_open == at("2026-06-02 09:00", SHANGHAI)


def test_several_ranges_a_day_lunch_break():
    weekly = hours([MON], "09:00", "12:00") + hours([MON], "13:00", "17:00")
    lunch = open_state(now=at("2026-06-01 12:30", SHANGHAI), zone=SHANGHAI, weekly=weekly)
    assert not lunch.open_now and lunch.next_open == at("2026-06-01 13:00", SHANGHAI)
    morning = open_state(now=at("2026-06-01 10:00", SHANGHAI), zone=SHANGHAI, weekly=weekly)
    assert morning.closes_at == at("2026-06-01 12:00", SHANGHAI)


def test_adjacent_ranges_merge_into_one_closing_time():
    weekly = hours([MON], "09:00", "12:00") + hours([MON], "12:00", "20:00")
    state = open_state(now=at("2026-06-01 10:00", SHANGHAI), zone=SHANGHAI, weekly=weekly)
    assert state.closes_at == at("2026-06-01 20:00", SHANGHAI)


@pytest.mark.parametrize(
    ("now", "open_now", "change"),
    [
        ("2026-06-05 23:30", True, "2026-06-06 06:00"),  # Friday night, before midnight
        ("2026-06-06 03:00", True, "2026-06-06 06:00"),  # after midnight, Saturday
        ("2026-06-06 07:00", False, "2026-06-06 22:00"),  # Saturday day: opens tonight
        ("2026-06-07 23:00", False, "2026-06-08 22:00"),  # Sunday night: no range starts
    ],
)
def test_overnight_range_runs_past_midnight(now, open_now, change):
    weekly = hours([MON, TUE, WED, THU, FRI, SAT], "22:00", "06:00")
    state = open_state(now=at(now, LONDON), zone=LONDON, weekly=weekly)
    assert state.open_now is open_now
    assert (state.closes_at if open_now else state.next_open) == at(change, LONDON)


def test_always_open_has_no_closing_time():
    state = open_state(now=at("2026-06-03 03:00"), zone=NEW_YORK, always_open=True)
    assert state.open_now and state.around_the_clock and state.closes_at is None


def test_every_day_00_to_00_is_around_the_clock_too():
    weekly = hours(range(7), "00:00", "00:00")
    state = open_state(now=at("2026-06-03 03:00"), zone=NEW_YORK, weekly=weekly)
    assert state.around_the_clock


def test_holiday_closes_the_whole_day_and_names_the_reason():
    holiday = closure("2026-10-01", "2026-10-03", reason="National Day")
    state = open_state(
        now=at("2026-10-01 10:00", SHANGHAI), zone=SHANGHAI, weekly=OFFICE, closures=[holiday]
    )
    assert not state.open_now
    assert state.closure is holiday
    # Thursday to Saturday closed; Sunday no hours; opens Monday 5 October.
    assert state.next_open == at("2026-10-05 09:00", SHANGHAI)


def test_holiday_with_special_hours_opens_only_then():
    eve = closure("2026-12-24", "2026-12-24", "09:00", "13:00", reason="Christmas Eve")
    state = open_state(
        now=at("2026-12-24 12:00", LONDON), zone=LONDON, weekly=OFFICE, closures=[eve]
    )
    assert state.open_now and state.closes_at == at("2026-12-24 13:00", LONDON)
    later = open_state(
        now=at("2026-12-24 14:00", LONDON), zone=LONDON, weekly=OFFICE, closures=[eve]
    )
    assert not later.open_now and later.next_open == at("2026-12-25 09:00", LONDON)


def test_holiday_closes_a_24_7_line_unless_it_has_hours():
    day = closure("2026-06-03", "2026-06-03")
    state = open_state(now=at("2026-06-03 12:00"), zone=UTC, always_open=True, closures=[day])
    assert not state.open_now and state.next_open == at("2026-06-04 00:00")


def test_overnight_range_started_before_a_holiday_keeps_running():
    weekly = hours([TUE], "22:00", "06:00")
    holiday = closure("2026-06-03", "2026-06-03")  # Wednesday
    state = open_state(
        now=at("2026-06-03 02:00", LONDON), zone=LONDON, weekly=weekly, closures=[holiday]
    )
    assert state.open_now and state.closes_at == at("2026-06-03 06:00", LONDON)


# Daylight-saving changes. New York: 2026-03-08 02:00 -> 03:00, 2026-11-01 02:00 -> 01:00.
# London: 2026-03-29 01:00 -> 02:00, 2026-10-25 02:00 -> 01:00.


def test_new_york_office_opens_at_9_local_before_and_after_spring_forward():
    # Friday 6 March (EST, UTC-5) and Monday 9 March (EDT, UTC-4).
    before = open_state(now=at("2026-03-06 13:30"), zone=NEW_YORK, weekly=OFFICE)
    assert not before.open_now  # 08:30 EST
    assert before.next_open == at("2026-03-06 14:00")  # 09:00 EST
    after = open_state(now=at("2026-03-09 13:30"), zone=NEW_YORK, weekly=OFFICE)
    assert after.open_now  # 09:30 EDT
    assert after.closes_at == at("2026-03-09 22:00")  # 18:00 EDT
    # Over the weekend of the change the next opening is 09:00 EDT = 13:00 UTC.
    weekend = open_state(now=at("2026-03-07 18:00"), zone=NEW_YORK, weekly=OFFICE)
    assert weekend.next_open == at("2026-03-09 13:00")


def test_overnight_line_across_spring_forward_is_an_hour_shorter():
    weekly = hours([SAT], "22:00", "06:00")  # Saturday 7 March 22:00 EST to Sunday 06:00 EDT
    state = open_state(now=at("2026-03-08 06:30"), zone=NEW_YORK, weekly=weekly)  # 01:30 EST
    assert state.open_now
    assert state.closes_at == at("2026-03-08 10:00")  # 06:00 EDT
    assert state.closes_at - at("2026-03-08 03:00") == datetime.timedelta(hours=7)


def test_overnight_line_across_fall_back_is_an_hour_longer():
    weekly = hours([SAT], "22:00", "06:00")  # Saturday 31 October 22:00 EDT to 06:00 EST
    state = open_state(now=at("2026-11-01 06:30"), zone=NEW_YORK, weekly=weekly)  # 01:30 EST
    assert state.open_now
    assert state.closes_at == at("2026-11-01 11:00")  # 06:00 EST
    assert state.closes_at - at("2026-11-01 02:00") == datetime.timedelta(hours=9)


def test_london_hours_follow_bst():
    winter = open_state(now=at("2026-03-27 08:30"), zone=LONDON, weekly=OFFICE)  # Fri, GMT
    assert not winter.open_now and winter.next_open == at("2026-03-27 09:00")
    summer = open_state(now=at("2026-03-30 08:30"), zone=LONDON, weekly=OFFICE)  # Mon, BST
    assert summer.open_now and summer.closes_at == at("2026-03-30 17:00")
    autumn = open_state(now=at("2026-10-26 08:30"), zone=LONDON, weekly=OFFICE)  # Mon, GMT
    assert not autumn.open_now and autumn.next_open == at("2026-10-26 09:00")


def test_range_inside_the_skipped_hour_moves_with_the_clock_not_an_error():
    weekly = hours([SUN], "01:15", "01:45")  # London skips 01:00-02:00 on 29 March
    state = open_state(now=at("2026-03-29 00:00"), zone=LONDON, weekly=weekly)
    assert not state.open_now
    assert state.next_open == at("2026-03-29 01:15")  # read as GMT: 02:15 BST
    next_week = open_state(now=at("2026-03-29 03:00"), zone=LONDON, weekly=weekly)
    assert next_week.next_open == at("2026-04-05 00:15")  # 01:15 BST


def test_no_hours_at_all_is_closed_without_next_opening():
    state = open_state(now=at("2026-06-03 12:00"), zone=UTC, weekly=[])
    assert not state.open_now and state.next_open is None and state.closes_at is None


def test_week_summary_groups_consecutive_days():
    weekly = OFFICE + hours([SAT], "10:00", "16:00")
    rows = week_summary(weekly)
    assert [(r.first_weekday, r.last_weekday) for r in rows] == [(MON, FRI), (SAT, SAT), (SUN, SUN)]
    assert rows[0].ranges == ((t("09:00"), t("18:00")),)
    assert rows[2].ranges == ()
