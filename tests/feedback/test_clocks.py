"""Promised times: business-hours arithmetic, pauses, regions and policies."""

import datetime
import uuid
import zoneinfo
from types import SimpleNamespace as Hours

import pytest
from django.core.exceptions import ValidationError

from feedback import clocks, services
from feedback.clocks import BusinessHours, DueState, NeverOpen, Schedule
from feedback.models import ClockBasis, Kind, Priority, ServiceTarget, Status
from tests.factories import make_channel, make_closure, make_region

HK = zoneinfo.ZoneInfo("Asia/Hong_Kong")
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
LONDON = zoneinfo.ZoneInfo("Europe/London")
UTC = datetime.UTC
H = datetime.timedelta(hours=1)


def at(text, zone):
    return datetime.datetime.fromisoformat(text).replace(tzinfo=zone)


def week(opens, closes, days=range(5)):
    return tuple(
        Hours(
            weekday=day,
            opens=datetime.time.fromisoformat(opens),
            closes=datetime.time.fromisoformat(closes),
        )
        for day in days
    )


def closure(first, last=None, opens=None, closes=None):
    return Hours(
        starts_on=datetime.date.fromisoformat(first),
        ends_on=datetime.date.fromisoformat(last or first),
        opens=opens and datetime.time.fromisoformat(opens),
        closes=closes and datetime.time.fromisoformat(closes),
    )


def office(zone, **schedule):
    return BusinessHours((Schedule(zone=zone, **schedule),), name="Test")


# 2026-12-04 is a Friday.
OFFICE_HK = office(HK, weekly=week("09:00", "18:00"))


def test_time_inside_one_day():
    assert OFFICE_HK.add(at("2026-12-03 10:00", HK), 3 * H) == at("2026-12-03 13:00", HK)


def test_before_opening_starts_at_opening():
    assert OFFICE_HK.add(at("2026-12-03 06:30", HK), 2 * H) == at("2026-12-03 11:00", HK)


def test_the_weekend_does_not_count():
    # Friday 17:00 + 2 h: one hour on Friday, one on Monday.
    assert OFFICE_HK.add(at("2026-12-04 17:00", HK), 2 * H) == at("2026-12-07 10:00", HK)
    assert OFFICE_HK.between(at("2026-12-04 17:00", HK), at("2026-12-07 10:00", HK)) == 2 * H


def test_several_days():
    # 24 business hours from Monday 09:00: Monday, Tuesday, Wednesday until 15:00.
    assert OFFICE_HK.add(at("2026-12-07 09:00", HK), 24 * H) == at("2026-12-09 15:00", HK)


def test_overnight_hours():
    night = office(HK, weekly=week("22:00", "06:00"))
    # Monday 23:00: seven hours until Tuesday 06:00, the eighth from Tuesday 22:00.
    assert night.add(at("2026-12-07 23:00", HK), 8 * H) == at("2026-12-08 23:00", HK)
    # Saturday 03:00 is still Friday night's range; Saturday has none of its own.
    assert night.add(at("2026-12-12 03:00", HK), 4 * H) == at("2026-12-14 23:00", HK)


def test_a_closure_day_is_skipped():
    hours = office(HK, weekly=week("09:00", "18:00"), closures=(closure("2026-12-07"),))
    assert hours.add(at("2026-12-04 17:00", HK), 2 * H) == at("2026-12-08 10:00", HK)


def test_a_shortened_day_counts_only_its_special_hours():
    hours = office(
        HK,
        weekly=week("09:00", "18:00"),
        closures=(closure("2026-12-24", opens="09:00", closes="12:00"),),
    )
    assert hours.between(at("2026-12-24 00:00", HK), at("2026-12-25 00:00", HK)) == 3 * H
    assert hours.add(at("2026-12-24 11:00", HK), 2 * H) == at("2026-12-25 10:00", HK)


def test_several_hotlines_count_once_where_they_overlap():
    hours = BusinessHours(
        (
            Schedule(zone=HK, weekly=week("09:00", "13:00")),
            Schedule(zone=HK, weekly=week("12:00", "18:00")),
        )
    )
    assert hours.between(at("2026-12-07 00:00", HK), at("2026-12-08 00:00", HK)) == 9 * H


@pytest.mark.parametrize(
    ("zone", "day", "length"),
    [
        (NEW_YORK, "2026-03-08", 23),  # spring forward
        (NEW_YORK, "2026-11-01", 25),  # fall back
        (LONDON, "2026-03-29", 23),
        (LONDON, "2026-10-25", 25),
    ],
)
def test_a_whole_day_on_a_dst_change_is_as_long_as_it_really_is(zone, day, length):
    hours = office(zone, weekly=week("00:00", "00:00", days=range(7)))
    start = at(f"{day} 00:00", zone)
    end = datetime.datetime.combine(
        start.date() + datetime.timedelta(days=1), datetime.time(), tzinfo=zone
    )
    assert hours.between(start, end) == length * H
    assert hours.add(start, length * H) == end.astimezone(UTC)


@pytest.mark.parametrize(
    ("zone", "friday", "monday_offset"),
    [(NEW_YORK, "2026-03-06", -4), (LONDON, "2026-03-27", 1)],
)
def test_office_hours_over_a_spring_forward_weekend(zone, friday, monday_offset):
    hours = office(zone, weekly=week("09:00", "17:00"))
    due = hours.add(at(f"{friday} 16:00", zone), 2 * H)
    monday = datetime.date.fromisoformat(friday) + datetime.timedelta(days=3)
    # Monday 10:00 local, already in summer time.
    assert due.astimezone(zone).replace(tzinfo=None) == datetime.datetime.combine(
        monday, datetime.time(10)
    )
    assert due.utcoffset() == datetime.timedelta()
    assert due.astimezone(zone).utcoffset() == datetime.timedelta(hours=monday_offset)


def test_overnight_hours_on_a_spring_forward_night_are_an_hour_shorter():
    hours = office(NEW_YORK, weekly=week("22:00", "06:00", days=[5]))
    assert (
        hours.between(at("2026-03-07 12:00", NEW_YORK), at("2026-03-08 12:00", NEW_YORK)) == 7 * H
    )


def test_calendar_time_without_hours():
    hours = BusinessHours()
    assert hours.calendar_time
    start = at("2026-12-05 23:00", HK)  # a Saturday night counts like any time
    assert hours.add(start, 5 * H) == start + 5 * H
    assert hours.between(start, start + 5 * H) == 5 * H


def test_hours_that_never_open_are_a_clear_error():
    hours = office(
        HK, weekly=week("09:00", "18:00"), closures=(closure("2026-01-01", "2028-12-31"),)
    )
    with pytest.raises(NeverOpen) as error:
        hours.add(at("2026-12-03 10:00", HK), 2 * H)
    assert "never open" in str(error.value.messages[0])


def test_a_long_holiday_is_not_never_open():
    hours = office(
        HK, weekly=week("09:00", "18:00"), closures=(closure("2026-12-01", "2027-02-28"),)
    )
    assert hours.add(at("2026-12-03 10:00", HK), 2 * H) == at("2027-03-01 11:00", HK)


@pytest.mark.parametrize(
    ("minutes_left", "paused", "state"),
    [
        (600, False, DueState.ON_TIME),
        (240, False, DueState.DUE_SOON),
        (1, False, DueState.DUE_SOON),
        (0, False, DueState.BREACHED),
        (-60, False, DueState.BREACHED),
        (-60, True, DueState.PAUSED),
    ],
)
def test_due_states(minutes_left, paused, state):
    now = at("2026-12-03 10:00", UTC)
    due = now + datetime.timedelta(minutes=minutes_left)
    assert clocks.due_state(due, now=now, paused=paused) == state


def test_no_due_time_no_state():
    assert clocks.due_state(None, now=at("2026-12-03 10:00", UTC)) is None


# ------------------------------------------------------------- with the database


def hong_kong(**fields):
    region = make_region("hk", time_zone="Asia/Hong_Kong", **fields)
    make_channel(region, value="+852 2345 6789", hours=[(d, "09:00", "18:00") for d in range(5)])
    return region


def submit(region, *, kind=Kind.COMPLAINT, priority=None):
    submission, _created = services.submission_create(
        kind=kind,
        idempotency_key=uuid.uuid4(),
        language="en",
        description="My transfer has not arrived.",
        email="customer@example.com",
        region=region,
        topic="payment",
    )
    return submission


@pytest.fixture
def frozen(monkeypatch):
    """Set "now" for the services (django.utils.timezone.now)."""

    def freeze(moment):
        monkeypatch.setattr("django.utils.timezone.now", lambda: moment.astimezone(UTC))

    return freeze


@pytest.mark.django_db
def test_region_hours_come_from_its_hotlines_and_closures():
    region = hong_kong()
    make_channel(region, kind="email", value="hk@okpay.example", always_open=True)
    make_closure("2026-12-07", region=region)
    hours = clocks.business_hours_for(region)
    assert len(hours.schedules) == 1  # the always-open mailbox is not a staffed line
    assert hours.add(at("2026-12-04 17:00", HK), 2 * H) == at("2026-12-08 10:00", HK)


@pytest.mark.django_db
def test_a_hotlines_own_zone_counts(settings):
    region = make_region("gb", time_zone="Europe/London")
    make_channel(
        region, value="+44 20 7946 0018", time_zone="Asia/Hong_Kong", hours=[(0, "09:00", "10:00")]
    )
    hours = clocks.business_hours_for(region)
    # Monday 09:00 in Hong Kong is Monday 01:00 in London.
    assert hours.add(at("2026-12-07 00:00", LONDON), H / 2) == at("2026-12-07 01:30", LONDON)


@pytest.mark.django_db
def test_a_new_case_gets_due_times_in_its_regions_hours_whatever_the_servers_zone(settings, frozen):
    settings.TIME_ZONE = "America/New_York"
    region = hong_kong()
    ServiceTarget.objects.create(
        kind=Kind.COMPLAINT, priority=Priority.NORMAL, first_response_hours=2, resolution_hours=12
    )
    frozen(at("2026-12-04 17:00", HK))  # Friday afternoon in Hong Kong, Friday 04:00 in New York
    submission = submit(region)
    submission.refresh_from_db()
    assert submission.clock_basis == ClockBasis.BUSINESS
    assert submission.response_due_at == at("2026-12-07 10:00", HK)
    # 1 h Friday, 9 h Monday, 2 h Tuesday.
    assert submission.resolution_due_at == at("2026-12-08 11:00", HK)


@pytest.mark.django_db
def test_a_case_without_region_hours_counts_calendar_time_and_says_so(frozen):
    region = make_region("tw", time_zone="Asia/Taipei")
    start = at("2026-12-05 20:00", UTC)
    frozen(start)
    submission = submit(region)
    target = ServiceTarget.default(kind=Kind.COMPLAINT, priority=Priority.NORMAL)
    assert submission.clock_basis == ClockBasis.NO_HOURS
    assert submission.response_due_at == start + target.first_response
    assert "calendar time" in str(submission.get_clock_basis_display())


@pytest.mark.django_db
def test_hours_that_never_open_keep_the_case_and_count_calendar_time(frozen):
    region = hong_kong()
    make_closure("2026-01-01", "2029-12-31", region=region)
    start = at("2026-12-03 10:00", HK)
    frozen(start)
    submission = submit(region)
    submission.refresh_from_db()
    assert submission.clock_basis == ClockBasis.NEVER_OPEN
    assert submission.response_due_at == start + datetime.timedelta(hours=16)


@pytest.mark.django_db
def test_waiting_for_the_customer_pauses_the_clock_in_business_time(frozen):
    region = hong_kong()
    ServiceTarget.objects.create(
        kind=Kind.COMPLAINT, priority=Priority.NORMAL, first_response_hours=4, resolution_hours=8
    )
    frozen(at("2026-12-07 09:00", HK))  # Monday
    submission = submit(region)
    assert submission.resolution_due_at == at("2026-12-07 17:00", HK)

    frozen(at("2026-12-07 10:00", HK))
    submission.status = Status.WAITING_CUSTOMER
    services.submission_triage_apply(submission=submission, previous_status=Status.RECEIVED)
    submission.save()
    assert clocks.case_due_state(submission, now=at("2026-12-07 20:00", HK)) == DueState.PAUSED

    # The customer answers on Tuesday 11:00: 8 + 2 business hours stood still.
    frozen(at("2026-12-08 11:00", HK))
    services.customer_message_create(
        submission=submission, body="Here is the receipt.", source="web", idempotency_key="k1"
    )
    submission.refresh_from_db()
    assert submission.status == Status.IN_PROGRESS
    assert submission.paused_for == 10 * H
    assert submission.paused_since is None
    # One hour counted on Monday, the other seven from Tuesday 11:00.
    assert submission.resolution_due_at == at("2026-12-08 18:00", HK)


@pytest.mark.django_db
def test_a_priority_change_moves_the_promised_times(frozen):
    region = hong_kong()
    frozen(at("2026-12-07 09:00", HK))
    submission = submit(region)
    before = submission.response_due_at
    submission.priority = Priority.URGENT
    services.submission_triage_apply(
        submission=submission, previous_status=submission.status, previous_priority=Priority.NORMAL
    )
    assert submission.response_due_at == at("2026-12-07 11:00", HK) < before


@pytest.mark.django_db
@pytest.mark.parametrize(("first", "resolution"), [(0, 8), (-1, 8), (4, 0), (8, 4)])
def test_a_policy_needs_positive_targets_in_order(first, resolution):
    target = ServiceTarget(
        kind=Kind.FEEDBACK,
        priority=Priority.LOW,
        first_response_hours=first,
        resolution_hours=resolution,
    )
    with pytest.raises(ValidationError):
        target.full_clean()


@pytest.mark.parametrize("kind", Kind.values)
@pytest.mark.parametrize("priority", Priority.values)
def test_default_targets_are_valid(kind, priority):
    target = ServiceTarget.default(kind=kind, priority=priority)
    assert 0 < target.first_response_hours <= target.resolution_hours


# ------------------------------------------------------------ the case page


@pytest.mark.django_db
def test_the_case_page_shows_the_promise_in_the_regions_local_time(client, settings, frozen):
    from feedback import links
    from tests.html import by_testid

    settings.TIME_ZONE = "Europe/London"
    region = hong_kong()
    ServiceTarget.objects.create(
        kind=Kind.COMPLAINT, priority=Priority.NORMAL, first_response_hours=2, resolution_hours=12
    )
    frozen(at("2026-12-04 17:00", HK))
    submission = submit(region)
    path = f"/en/status/r/{links.case_token(submission)}/"
    frozen(at("2026-12-04 18:30", HK))
    page = client.get(path).content.decode()
    [due] = by_testid(page, "due")
    assert due["data-state"] == "on_time"
    # Monday 10:00 in Hong Kong (02:00 in London, the server's zone).
    assert 'datetime="2026-12-07T10:00:00+08:00"' in page
    assert "Hong Kong" in page

    frozen(at("2026-12-07 10:30", HK))
    page = client.get(path).content.decode()
    assert by_testid(page, "due")[0]["data-state"] == "breached"
    assert "We are sorry it is taking longer" in page


@pytest.mark.django_db
def test_the_case_page_has_no_promise_while_waiting_for_the_customer(client, frozen):
    from feedback import links
    from tests.html import by_testid

    frozen(at("2026-12-04 17:00", HK))
    submission = submit(hong_kong())
    submission.status = Status.WAITING_CUSTOMER
    services.submission_triage_apply(submission=submission, previous_status=Status.RECEIVED)
    submission.save()
    page = client.get(f"/en/status/r/{links.case_token(submission)}/").content.decode()
    assert by_testid(page, "due") == []


@pytest.mark.django_db
def test_a_desk_lead_edits_the_policy_and_bad_targets_are_refused(client, agent):
    from django.contrib.auth.models import Group

    from helpdesk import roles

    agent.groups.add(Group.objects.get(name=roles.DESK_LEADS))
    client.force_login(agent)
    url = "/admin/feedback/servicetarget/add/"
    data = {
        "kind": "complaint",
        "priority": "4",
        "first_response_hours": "0",
        "resolution_hours": "8",
    }
    response = client.post(url, data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["first_response_hours"]
    response = client.post(url, {**data, "first_response_hours": "10"})
    assert "cannot be resolved before its first answer" in response.content.decode()
    assert not ServiceTarget.objects.exists()
    response = client.post(url, {**data, "first_response_hours": "2"})
    assert response.status_code == 302
    assert ServiceTarget.objects.for_case(kind="complaint", priority=4).first_response_hours == 2


@pytest.mark.django_db
def test_the_policy_page_names_regions_without_hours_or_never_open(client, agent):
    broken = hong_kong()
    make_closure("2026-01-01", "2029-12-31", region=broken)
    make_region("tw", name_en="Taiwan", time_zone="Asia/Taipei")
    client.force_login(agent)
    page = client.get("/admin/feedback/servicetarget/").content.decode()
    assert f"{broken.name}: the hotlines&#x27; hours and closures never open" in page
    assert "Taiwan has no hotline hours: its cases count calendar time." in page
