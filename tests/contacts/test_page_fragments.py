"""The contact and home pages' parts that are the same for every visitor are
stored as fragments: reused without queries, rendered again after an edit and
when what they show changes with the clock, and never holding a visitor's own
token or region."""

import datetime
import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from contacts.models import ContactGuidance
from contacts.regions import REGION_COOKIE
from tests.factories import make_alert, make_channel, make_guidance, make_region
from tests.html import by_testid, elements

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
WEEKDAYS = [(day, "09:00", "18:00") for day in range(5)]
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture(autouse=True)
def page_cache_off(settings):
    """Fragments are what serves a page when the page cache is off."""
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def clock(monkeypatch):
    """The views' clock: clock("2026-12-03T10:00:00+08:00"), moved at will."""
    now = []

    def set_to(text):
        now[:] = [datetime.datetime.fromisoformat(text)]
        return now[0]

    monkeypatch.setattr(timezone, "now", lambda: now[0])
    return set_to


@pytest.fixture
def hk():
    region = make_region("hk", name_en="Hong Kong", time_zone="Asia/Hong_Kong", order=1)
    make_channel(region, hours=WEEKDAYS)
    make_guidance(title_en="Have your ID ready", body_en="Your **account name**.")
    make_alert(title_en="Fake refund calls", regions=[region])
    return region


def visit(client, url, **headers):
    """The page's HTML (the CSRF token blanked) and the tables its queries read."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **headers)
    assert response.status_code == 200, url
    tables = set(re.findall(r'FROM "(\w+)"', " ".join(q["sql"] for q in captured)))
    return TOKEN.sub('value=""', response.content.decode()), tables


@pytest.mark.parametrize(
    ("url", "cookie"),
    [
        ("/en/contact/hk/", ""),  # the region in the address
        ("/en/contact/", "region=hk"),  # the visitor's region
        ("/en/", "region=hk"),
        ("/en/", ""),  # worldwide
    ],
)
def test_a_second_visit_reuses_the_stored_parts_without_a_query(client, hk, url, cookie):
    first, first_tables = visit(client, url, HTTP_COOKIE=cookie)
    assert ("Fake refund calls" in first) is bool(cookie or "/hk/" in url)
    assert "contacts_alert" in first_tables
    second, tables = visit(Client(), url, HTTP_COOKIE=cookie)
    assert second == first
    assert tables == set()


def test_the_region_picker_is_stored_without_the_visitors_token(hk):
    make_region("sg", name_en="Singapore", time_zone="Asia/Singapore", order=2)
    tokens = []
    for _ in range(2):
        client = Client(enforce_csrf_checks=True)
        response = client.get("/en/contact/hk/")
        token = TOKEN.search(response.content.decode())[1]
        tokens.append(token)
        # Each visitor's own token is accepted with their own cookie.
        chosen = client.post("/en/contact/region/", {"region": "sg", "csrfmiddlewaretoken": token})
        assert chosen.status_code == 302, chosen.status_code
        assert chosen.cookies[REGION_COOKIE].value == "sg"
    assert tokens[0] != tokens[1]


def test_the_stored_picker_marks_the_pages_region(client, hk):
    make_region("sg", name_en="Singapore", time_zone="Asia/Singapore", order=2)
    for code in ("hk", "sg", "hk"):
        html, _tables = visit(client, f"/en/contact/{code}/")
        selected = [
            a.get("value") for tag, a in elements(html) if tag == "option" and "selected" in a
        ]
        assert selected == [code]


def test_an_edit_shows_on_the_next_visit(client, hk):
    visit(client, "/en/contact/hk/")
    hk.name_en = "Hong Kong SAR"
    hk.save()
    guidance = ContactGuidance.objects.get()
    guidance.title_en = "Keep your phone at hand"
    guidance.save()
    html, _tables = visit(client, "/en/contact/hk/")
    assert ">Hong Kong SAR</" in html and "Keep your phone at hand" in html
    assert "Have your ID ready" not in html
    guidance.is_active = False
    guidance.save()
    assert "Keep your phone at hand" not in visit(client, "/en/contact/hk/")[0]


@pytest.mark.parametrize("url", ["/en/", "/en/contact/hk/"])
def test_a_scheduled_alert_comes_and_goes_on_time(client, clock, url):
    clock("2026-12-03T09:30:00+00:00")
    make_region("hk", time_zone="Asia/Hong_Kong")
    make_alert(
        title_en="Fake refund calls",
        starts_at=datetime.datetime(2026, 12, 3, 10, tzinfo=UTC),
        ends_at=datetime.datetime(2026, 12, 3, 11, tzinfo=UTC),
    )

    def shown():
        html, tables = visit(client, url)
        return "Fake refund calls" in html, "contacts_alert" in tables

    assert shown() == (False, True)
    clock("2026-12-03T09:59:59+00:00")
    assert shown() == (False, False)  # stored
    clock("2026-12-03T10:00:00+00:00")
    assert shown() == (True, True)
    clock("2026-12-03T10:59:59+00:00")
    assert shown() == (True, False)
    clock("2026-12-03T11:00:00+00:00")
    assert shown() == (False, True)


def test_open_now_flips_at_opening_time_with_the_rest_stored(client, clock):
    clock("2026-12-03T08:59:00+08:00")
    make_channel(make_region("hk", time_zone="Asia/Hong_Kong"), hours=WEEKDAYS)

    def open_now():
        html, tables = visit(client, "/en/contact/hk/")
        return by_testid(html, "channel")[0]["data-open"], "contacts_channel" in tables

    assert open_now() == ("false", True)
    clock("2026-12-03T08:59:59+08:00")
    assert open_now() == ("false", False)
    clock("2026-12-03T09:00:00+08:00")
    assert open_now() == ("true", True)


def test_a_region_is_never_shown_to_visitors_of_another(client, hk):
    sg = make_region("sg", name_en="Singapore", time_zone="Asia/Singapore", order=2)
    make_guidance(title_en="Only for Singapore", region=sg)
    for cookie, shown in [("hk", False), ("sg", True), ("hk", False)]:
        for url in ("/en/contact/", "/en/"):
            html, _tables = visit(client, url, HTTP_COOKIE=f"{REGION_COOKIE}={cookie}")
            assert ("Only for Singapore" in html) is (shown and url == "/en/contact/")
            assert ("Fake refund calls" in html) is (cookie == "hk")


def test_the_stored_regions_follow_an_edit(client, hk):
    assert "contacts_region" in visit(client, "/en/contact/hk/")[1]
    cookie = {"HTTP_COOKIE": f"{REGION_COOKIE}=hk"}
    assert visit(client, "/en/contact/hk/")[1] == set()  # the region is stored too
    hk.is_active = False
    hk.save()
    assert client.get("/en/contact/hk/").status_code == 404
    html, _tables = visit(client, "/en/contact/", **cookie)
    assert "Fake refund calls" not in html and "Hong Kong" not in html
    hk.is_active = True
    hk.save()
    assert "Fake refund calls" in visit(client, "/en/contact/", **cookie)[0]
