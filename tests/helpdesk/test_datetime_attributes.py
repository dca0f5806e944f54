"""Machine-readable times on every public page are what the HTML spec allows.

The Nu HTML checker rejects a `datetime` attribute with more than three digits
of a second; this walks the public pages in each language and checks every
`datetime` attribute, the Open Graph times and the JSON-LD dates against the
spec's grammar (HTML Living Standard, "Dates and times", 2.3.5), written out
below as regular expressions plus a calendar check for the day of the month."""

import calendar
import datetime
import re
import zoneinfo

import pytest
from django.template import Context, Template
from django.test import override_settings
from django.utils import timezone

from faq.models import Article
from feedback import links, services
from feedback.models import Status, Submission
from helpdesk.lib.portal_tags import html_datetime
from tests.factories import make_article, make_channel, make_region, make_submission
from tests.helpdesk.test_site import LANGUAGES, public_paths
from tests.html import elements, json_ld

pytestmark = pytest.mark.django_db

# A valid date string: four or more digits of year, two of month, two of day.
_DATE = r"(?P<year>[0-9]{4,})-(?P<month>[0-9]{2})-(?P<day>[0-9]{2})"
# A valid time string: hours and minutes, optional seconds with 1-3 digits of fraction.
_TIME = r"(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\.[0-9]{1,3})?)?"
# A valid time-zone offset string.
_OFFSET = r"(?:Z|[+-](?:[01][0-9]|2[0-3]):?[0-5][0-9])"

_GLOBAL = re.compile(rf"{_DATE}[T ]{_TIME}{_OFFSET}")
_FORMS = {
    "date": re.compile(_DATE),
    "time": re.compile(_TIME),
    "local date and time": re.compile(rf"{_DATE}[T ]{_TIME}"),
    "global date and time": _GLOBAL,
}


def _real_day(match) -> bool:
    if "year" not in match.groupdict():
        return True
    year, month, day = (int(match[name]) for name in ("year", "month", "day"))
    return year > 0 and 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def valid_datetime_value(value: str) -> bool:
    """A valid date, time, local or global date-and-time string (the forms the
    portal writes among those the `time` element allows)."""
    return any(
        (match := pattern.fullmatch(value)) and _real_day(match) for pattern in _FORMS.values()
    )


def valid_global_or_date(value: str) -> bool:
    match = _GLOBAL.fullmatch(value) or _FORMS["date"].fullmatch(value)
    return bool(match) and _real_day(match)


def _json_dates(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key.startswith("date") and isinstance(value, str):
                yield key, value
            else:
                yield from _json_dates(value)
    elif isinstance(node, list):
        for item in node:
            yield from _json_dates(item)


def machine_times(html: str):
    """[(where, value, valid)] for every machine-readable time in a page."""
    found = []
    for tag, attrs in elements(html):
        if "datetime" in attrs:
            value = attrs["datetime"]
            found.append((f"<{tag} datetime>", value, valid_datetime_value(value)))
        if tag == "meta" and attrs.get("property", "").endswith("_time"):
            value = attrs.get("content", "")
            found.append((f"<meta {attrs['property']}>", value, valid_global_or_date(value)))
    for block in json_ld(html):
        for key, value in _json_dates(block):
            found.append((f"JSON-LD {key}", value, valid_global_or_date(value)))
    return found


# The checker itself.


@pytest.mark.parametrize(
    "value",
    [
        "2026-12-03",
        "2024-02-29",
        "07:13",
        "07:13:09.665",
        "2026-12-03T07:13:09",
        "2026-12-03T07:13:09Z",
        "2026-12-03 07:13:09.1+08:00",
        "2026-12-03T07:13-0530",
    ],
)
def test_the_checker_accepts_what_the_spec_allows(value):
    assert valid_datetime_value(value)


@pytest.mark.parametrize(
    "value",
    [
        "2026-12-03T07:13:09.665969+00:00",  # six digits of a second
        "2026-12-03T07:13:09.+00:00",
        "2025-02-29",
        "2026-13-01",
        "2026-12-00",
        "0000-01-01",
        "26-12-03",
        "2026-12-03T24:00Z",
        "2026-12-03T07:13:09+24:00",
        "2026-12-03T07:13:09 UTC",
        "2026-12-03t07:13:09z",
        "Dec. 3, 2026",
        "",
    ],
)
def test_the_checker_rejects_what_the_spec_does_not(value):
    assert not valid_datetime_value(value)


# The filter.


def test_html_datetime_writes_the_current_time_zone_to_the_second():
    value = datetime.datetime(2026, 12, 3, 7, 13, 9, 665969, tzinfo=datetime.UTC)
    assert html_datetime(value) == "2026-12-03T07:13:09+00:00"
    with timezone.override(zoneinfo.ZoneInfo("Asia/Hong_Kong")):
        assert html_datetime(value) == "2026-12-03T15:13:09+08:00"


@override_settings(TIME_ZONE="Asia/Hong_Kong")
def test_html_datetime_reads_a_naive_time_in_the_current_time_zone():
    assert html_datetime(datetime.datetime(2026, 12, 3, 0, 30)) == "2026-12-03T00:30:00+08:00"


def test_html_datetime_writes_an_offset_in_seconds_as_utc():
    # Amsterdam's local mean time before 1937 was 19 minutes 32 seconds ahead.
    with timezone.override(zoneinfo.ZoneInfo("Europe/Amsterdam")):
        value = datetime.datetime(1930, 6, 1, 12, 0, tzinfo=datetime.UTC)
        assert html_datetime(value) == "1930-06-01T12:00:00+00:00"


def test_html_datetime_writes_a_date_as_a_date_and_nothing_for_nothing():
    assert html_datetime(datetime.date(2026, 12, 3)) == "2026-12-03"
    assert html_datetime(None) == ""
    assert html_datetime("") == ""


def test_html_datetime_in_a_template():
    value = datetime.datetime(2026, 12, 3, 7, 13, 9, 665969, tzinfo=datetime.UTC)
    template = Template(
        "{% load portal tz %}{{ when|html_datetime }} "
        "{% timezone 'Asia/Hong_Kong' %}{{ when|html_datetime }}{% endtimezone %}"
    )
    rendered = template.render(Context({"when": value}))
    assert rendered == "2026-12-03T07:13:09+00:00 2026-12-03T15:13:09+08:00"


# Every public page.

# Six digits of a second, as the database stores a time a save wrote.
_STORED = datetime.datetime(2026, 12, 3, 7, 13, 9, 665969, tzinfo=datetime.UTC)


@pytest.fixture
def site(agent):
    article = make_article()
    Article.objects.filter(pk=article.pk).update(updated_at=_STORED, publish_at=_STORED)
    make_channel(make_region("hk"), value="+1 202-555-0142", hours=[(0, "09:00", "18:00")])
    case = make_submission(email="mei@example.com")
    services.reply_create(submission=case, author=agent, body="Please send a screenshot.")
    Submission.objects.filter(pk=case.pk).update(
        status=Status.RESOLVED, created_at=_STORED, updated_at=_STORED, resolved_at=_STORED
    )
    return article, case


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_machine_readable_time_on_the_public_pages_is_valid(client, site, language):
    article, case = site
    paths = [template.format(lang=language) for template in public_paths(article)]
    case_page = f"/{language}/status/r/{links.case_token(case)}/"
    paths.append(case_page)
    checked = {}
    invalid = []
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        times = machine_times(response.content.decode())
        checked[path] = len(times)
        invalid += [(path, where, value) for where, value, valid in times if not valid]
    assert invalid == []
    article_page = f"/{language}/faq/{article.category.slug_en}/{article.slug_en}/"
    # The pages known to carry times did carry them: the walk checked something.
    assert checked[article_page] >= 4  # <time>, article:modified_time, two JSON-LD dates
    assert checked[case_page] >= 5  # received, updated, resolved, two thread entries
