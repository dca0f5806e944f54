"""Contact pages: region choice, channels with open states, links, alerts, advice."""

import datetime

import pytest
from django.utils import timezone

from contacts.models import Channel
from contacts.regions import REGION_COOKIE
from tests.factories import (
    make_alert,
    make_article,
    make_channel,
    make_closure,
    make_guidance,
    make_region,
)
from tests.html import by_testid, unsafe_findings

pytestmark = pytest.mark.django_db

WEEKDAYS = [(day, "09:00", "18:00") for day in range(5)]


@pytest.fixture
def regions():
    return {
        "hk": make_region("hk", name_en="Hong Kong", time_zone="Asia/Hong_Kong", order=1),
        "us": make_region("us", name_en="United States", time_zone="America/New_York", order=2),
        "gb": make_region("gb", name_en="United Kingdom", time_zone="Europe/London", order=3),
    }


@pytest.fixture
def frozen(monkeypatch):
    """Fix "now" for the request (hours, alerts); returns a setter."""

    def freeze(text):
        moment = datetime.datetime.fromisoformat(text)
        monkeypatch.setattr(timezone, "now", lambda: moment)
        return moment

    return freeze


def channels_on(html):
    return by_testid(html, "channel")


def test_unknown_and_malformed_region_codes_are_404(client, regions):
    for path in ["/en/contact/zz/", "/en/contact/HK/", "/en/contact/hkg/", "/en/contact/h/"]:
        assert client.get(path).status_code == 404, path
    regions["gb"].is_active = False
    regions["gb"].save()
    assert client.get("/en/contact/gb/").status_code == 404


def test_directory_uses_the_remembered_region_first(client, regions):
    make_channel(regions["hk"], label_en="HK hotline", value="+44 20 7946 0200")
    make_channel(regions["us"], label_en="US hotline", value="+1 202-555-0142")
    client.cookies[REGION_COOKIE] = "hk"
    html = client.get("/en/contact/", HTTP_ACCEPT_LANGUAGE="en-US").content.decode()
    assert "HK hotline" in html and "US hotline" not in html


def test_directory_falls_back_to_the_browser_language_then_worldwide(client, regions):
    make_channel(regions["us"], label_en="US hotline", value="+1 202-555-0142")
    make_channel(None, label_en="Fraud line", value="+44 20 7946 0018", always_open=True)
    html = client.get("/en/contact/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.8").content.decode()
    assert "US hotline" in html and "Fraud line" in html
    html = client.get("/en/contact/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "US hotline" not in html and "Fraud line" in html
    # The picker is always there, with every region.
    assert 'name="region"' in html
    for region in regions.values():
        assert region.get_absolute_url() in html


def test_unknown_cookie_value_is_ignored(client, regions):
    client.cookies[REGION_COOKIE] = "<x>"
    response = client.get("/en/contact/")
    assert response.status_code == 200
    assert "&lt;x&gt;" not in response.content.decode()


def test_choosing_a_region_is_a_post_that_remembers_it(client, regions):
    assert client.get("/en/contact/region/").status_code == 405
    response = client.post("/en/contact/region/", {"region": "gb"})
    assert response.status_code == 302
    assert response["Location"] == "/en/contact/gb/"
    cookie = response.cookies[REGION_COOKIE]
    assert cookie.value == "gb" and cookie["httponly"] and cookie["samesite"] == "Lax"
    html = client.get("/en/contact/").content.decode()
    assert "Contact us in United Kingdom" in html


def test_choosing_worldwide_or_an_unknown_region_forgets_the_choice(client, regions):
    client.cookies[REGION_COOKIE] = "hk"
    for data in [{"region": ""}, {"region": "zz"}, {}]:
        response = client.post("/en/contact/region/", data)
        assert response["Location"] == "/en/contact/"
        assert response.cookies[REGION_COOKIE].value == ""


def test_region_page_shows_its_channels_and_global_ones_not_others(client, regions):
    make_channel(regions["hk"], label_en="HK hotline", value="+44 20 7946 0200")
    make_channel(regions["us"], label_en="US hotline", value="+1 202-555-0142")
    make_channel(None, kind=Channel.Kind.EMAIL, label_en="E-mail us", value="help@okpay.example")
    make_channel(regions["hk"], label_en="Switched off", value="+44 20 7946 0201", is_active=False)
    html = client.get("/en/contact/hk/").content.decode()
    assert "HK hotline" in html and "E-mail us" in html
    assert "US hotline" not in html and "Switched off" not in html
    assert {c["data-channel-kind"] for c in channels_on(html)} == {"phone", "email"}


def test_links_tel_and_mailto_with_national_format_at_home(client, regions):
    make_channel(regions["us"], value="+1 202-555-0142")
    make_channel(None, kind=Channel.Kind.EMAIL, value="  Help@OKPay.example ")
    us = client.get("/en/contact/us/").content.decode()
    assert 'href="tel:+12025550142"' in us and "(202) 555-0142" in us
    assert 'href="mailto:help@okpay.example"' in us
    hk = client.get("/en/contact/hk/").content.decode()
    assert "(202) 555-0142" not in hk  # not shown on the HK page at all (US channel)


def test_global_number_is_international_on_foreign_pages(client, regions):
    make_channel(None, value="+44 20 7946 0018", always_open=True)
    assert "+44 20 7946 0018" in client.get("/en/contact/hk/").content.decode()
    assert "020 7946 0018" in client.get("/en/contact/gb/").content.decode()


def test_open_now_in_the_regions_zone_not_the_servers(client, regions, frozen, settings):
    settings.TIME_ZONE = "UTC"
    make_channel(regions["hk"], label_en="HK hotline", value="+44 20 7946 0200", hours=WEEKDAYS)
    # Monday 02:00 UTC is 10:00 in Hong Kong.
    frozen("2026-06-01T02:00:00+00:00")
    html = client.get("/en/contact/hk/").content.decode()
    assert channels_on(html)[0]["data-open"] == "true"
    assert "Open now, closes at 18:00." in html
    # Monday 11:00 UTC is 19:00 in Hong Kong.
    frozen("2026-06-01T11:00:00+00:00")
    html = client.get("/en/contact/hk/").content.decode()
    assert channels_on(html)[0]["data-open"] == "false"
    assert "Closed, opens tomorrow at 09:00." in html


def test_closed_for_the_weekend_names_the_day(client, regions, frozen):
    make_channel(regions["gb"], value="+44 20 7946 0400", hours=WEEKDAYS)
    frozen("2026-06-06T12:00:00+00:00")  # Saturday
    html = client.get("/en/contact/gb/").content.decode()
    assert "Closed, opens Monday 09:00." in html
    zh = client.get("/zh-hans/contact/gb/").content.decode()
    assert "星期一" in zh


def test_around_the_clock_line_and_holiday(client, regions, frozen):
    make_channel(None, label_en="Fraud", value="+44 20 7946 0018", always_open=True)
    make_channel(regions["us"], label_en="Hotline", value="+1 202-555-0142", hours=WEEKDAYS)
    make_closure("2026-11-26", region=regions["us"], reason_en="Thanksgiving")
    frozen("2026-11-26T16:00:00+00:00")  # Thursday 11:00 in New York
    html = client.get("/en/contact/us/").content.decode()
    states = {
        c["data-channel-kind"] + str(i): c["data-open"] for i, c in enumerate(channels_on(html))
    }
    assert sorted(states.values()) == ["false", "true"]
    assert "Open now, 24 hours a day." in html
    assert "Today: Thanksgiving" in html and "Closed, opens tomorrow at 09:00." in html
    assert "Holidays and closures" in html


def test_alerts_show_on_home_contact_and_attached_articles_only_while_active(client, regions):
    now = timezone.now()
    everywhere = make_alert(title_en="Fake callers ask for codes")
    hk_only = make_alert(title_en="Bank X withdrawals delayed", regions=[regions["hk"]])
    make_alert(title_en="Expired notice", ends_at=now - datetime.timedelta(minutes=1))
    make_alert(title_en="Future notice", starts_at=now + datetime.timedelta(hours=1))
    make_alert(title_en="Unpublished notice", is_published=False)
    article = make_article()
    article.alerts.add(hk_only)
    client.cookies[REGION_COOKIE] = "hk"
    for url in ["/en/", "/en/contact/", "/en/contact/hk/"]:
        html = client.get(url).content.decode()
        titles = [
            a for a in ("Fake callers", "Bank X", "Expired", "Future", "Unpublished") if a in html
        ]
        assert titles == ["Fake callers", "Bank X"], url
        assert len(by_testid(html, "alert")) == 2, url
    us_page = client.get("/en/contact/us/").content.decode()
    assert "Fake callers" in us_page and "Bank X" not in us_page
    article_html = client.get(article.get_absolute_url()).content.decode()
    assert len(by_testid(article_html, "alert")) == 1 and "Bank X" in article_html
    assert everywhere.pk


def test_before_you_contact_us_advice_and_best_time(client, regions):
    regions["hk"].best_time_hint_en = "Weekdays 10:00-12:00 are quietest."
    regions["hk"].save()
    make_guidance(
        title_en="Have these ready", body_en="- your **transaction ID**\n<script>x()</script>"
    )
    make_guidance(title_en="Only for GB", region=regions["gb"])
    make_guidance(title_en="Switched off", is_active=False)
    html = client.get("/en/contact/hk/").content.decode()
    assert "Before you contact us" in html and "Have these ready" in html
    assert "<strong>transaction ID</strong>" in html and "x()" not in html
    assert "Only for GB" not in html and "Switched off" not in html
    assert "Weekdays 10:00-12:00 are quietest." in html


def test_staff_text_is_escaped_on_contact_pages(client, regions):
    make_channel(
        regions["hk"],
        label_en="<img src=x onerror=alert(1)>",
        description_en="<script>alert(2)</script>",
        value="+44 20 7946 0200",
    )
    make_alert(title_en="<b onclick=x>bold</b>")
    html = client.get("/en/contact/hk/").content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    section = main[main.index("<h1") :]
    assert "<img src=x" not in section and "<script>alert(2)" not in section
    assert not [f for f in unsafe_findings(section) if "onclick" in f or "onerror" in f]


def test_contact_pages_are_translated(client, regions):
    make_channel(
        regions["hk"], label_en="Hotline", label_zh_hant="客戶服務熱線", value="+44 20 7946 0200"
    )
    html = client.get("/zh-hant/contact/hk/").content.decode()
    assert "客戶服務熱線" in html and "聯絡我們" in html


def test_sitemap_lists_the_directory_and_active_regions(client, regions):
    regions["gb"].is_active = False
    regions["gb"].save()
    xml = client.get("/sitemap.xml").content.decode()
    for language in ("en", "zh-hans", "zh-hant"):
        assert f"/{language}/contact/</loc>" in xml
        assert f"/{language}/contact/hk/</loc>" in xml
    assert "/contact/gb/" not in xml and "/contact/verify/" not in xml
