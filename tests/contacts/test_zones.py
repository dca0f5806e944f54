"""Time zones are named as people say them, in the page's language, with the offset."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation

from contacts.zones import utc_offset, zone_label
from tests.factories import make_channel, make_region

WINTER = datetime.datetime(2026, 1, 15, 12, tzinfo=datetime.UTC)
SUMMER = datetime.datetime(2026, 7, 15, 12, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    ("zone", "at", "offset"),
    [
        ("Asia/Hong_Kong", WINTER, "UTC+8"),
        ("Europe/London", WINTER, "UTC"),
        ("Europe/London", SUMMER, "UTC+1"),
        ("America/New_York", WINTER, "UTC-5"),
        ("Asia/Kolkata", WINTER, "UTC+5:30"),
    ],
)
def test_offsets_follow_the_clock(zone, at, offset):
    assert utc_offset(ZoneInfo(zone), at) == offset


@pytest.mark.parametrize(
    ("language", "zone", "label"),
    [
        ("en", "Asia/Hong_Kong", "Hong Kong Time (UTC+8)"),
        ("zh-hans", "Asia/Hong_Kong", "香港时间（UTC+8）"),
        ("zh-hant", "Asia/Hong_Kong", "香港時間（UTC+8）"),
        ("zh-hans", "Europe/London", "英国时间（UTC）"),
        ("zh-hant", "Europe/London", "英國時間（UTC）"),
        ("en", "Europe/London", "British Time (UTC)"),
        ("en", "UTC", "Coordinated Universal Time (UTC)"),
        ("zh-hans", "Etc/UTC", "协调世界时（UTC）"),
        ("zh-hant", "UTC", "協調世界時（UTC）"),
    ],
)
def test_labels_in_each_language(language, zone, label):
    with translation.override(language):
        assert zone_label(ZoneInfo(zone), WINTER) == label


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "shown", "not_shown"),
    [
        ("/en/contact/hk/", "Hong Kong Time (UTC+8)", "Asia/Hong_Kong"),
        ("/zh-hans/contact/hk/", "香港时间（UTC+8）", "Asia/Hong_Kong"),
        ("/zh-hant/contact/hk/", "香港時間（UTC+8）", "Asia/Hong_Kong"),
    ],
)
def test_contact_pages_name_zones_as_people_do(client, path, shown, not_shown):
    hk = make_region("hk")
    london = make_region("gb", time_zone="Europe/London")
    make_channel(hk, value="+44 20 7946 0200", hours=[(0, "09:00", "18:00")])
    # A channel kept in another zone says so, by name.
    make_channel(
        hk, value="+44 20 7946 0201", time_zone=london.time_zone, hours=[(0, "09:00", "17:00")]
    )
    html = client.get(path).content.decode()
    assert shown in html and not_shown not in html
    assert "Europe/London" not in html
