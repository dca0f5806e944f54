""" "Is it really us?" page: verdicts, report link, bad input, rate limit."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponse
from django.test import override_settings
from django.urls import include, path

from contacts.models import Channel, KnownImpostor
from helpdesk.urls import urlpatterns as root_patterns
from tests.factories import make_channel, make_impostor, make_official, make_region
from tests.html import by_testid, count_tags, elements, unsafe_findings

pytestmark = pytest.mark.django_db

URL = "/en/contact/verify/"


def _report(request):
    return HttpResponse("report form")


# The feedback app owns the report form; stand in for it where the link is tested.
urlpatterns = [
    *root_patterns,
    *i18n_patterns(path("", include(([path("report/", _report, name="report")], "feedback")))),
]


@pytest.fixture
def data():
    hk = make_region("hk")
    channel = make_channel(hk, label_en="HK hotline", value="+44 20 7946 0200")
    make_channel(None, kind=Channel.Kind.EMAIL, label_en="E-mail us", value="help@okpay.example")
    make_official(value="okpay.example")
    make_impostor(KnownImpostor.Kind.PHONE, "+44 20 7946 0999")
    return {"hk": hk, "channel": channel}


def result_of(response):
    html = response.content.decode()
    results = by_testid(html, "verify-result")
    assert len(results) <= 1
    return (results[0] if results else None), html


def result_section(html):
    start = html.index('data-testid="verify-result"')
    return html[html.rindex("<section", 0, start) : html.index("</section>", start)]


def test_empty_page_has_a_labelled_box_and_no_verdict(client, data):
    response = client.get(URL)
    result, html = result_of(response)
    assert response.status_code == 200 and result is None
    assert ("label", "id_q") in [(tag, attrs.get("for")) for tag, attrs in elements(html)]
    assert count_tags(html, "h1") == 1
    result, _html = result_of(client.get(URL, {"q": "   "}))
    assert result is None


def test_official_number_names_the_channel_and_region(client, data):
    result, html = result_of(client.get(URL, {"q": "+44 (0)20-7946-0200"}))
    assert result["data-verdict"] == "official"
    assert "HK hotline" in html and data["hk"].get_absolute_url() in html
    assert 'data-testid="report-link"' not in html


def test_official_domain(client, data):
    result, html = result_of(client.get(URL, {"q": "https://www.okpay.example/login"}))
    assert result["data-verdict"] == "official" and "okpay.example" in html


def test_unknown_value_is_not_official_with_advice(client, data):
    result, html = result_of(client.get(URL, {"q": "+1 202-555-0188"}))
    assert result["data-verdict"] == "not-official"
    assert "not one of our channels" in html
    assert "reported as a scam" not in html


def test_known_impostor_is_called_a_scam(client, data):
    result, html = result_of(client.get(URL, {"q": "+44 20 7946 0999"}))
    assert result["data-verdict"] == "not-official"
    assert "reported as a scam" in html


@override_settings(ROOT_URLCONF=__name__)
def test_not_official_links_to_the_prefilled_report_form(client, data):
    value = "okpay-support.example.net/login?a=1&b=<2>"
    _result, html = result_of(client.get(URL, {"q": value}))
    links = by_testid(html, "report-link")
    assert len(links) == 1
    href = urlsplit(links[0]["href"])
    assert href.path == "/en/report/"
    assert parse_qs(href.query) == {"contact": [value], "kind": ["fake_website"]}
    assert client.get(links[0]["href"]).status_code == 200


@override_settings(ROOT_URLCONF=__name__)
def test_official_result_has_no_report_link(client, data):
    _result, html = result_of(client.get(URL, {"q": "help@okpay.example"}))
    assert not by_testid(html, "report-link")


@pytest.mark.parametrize(
    ("query", "expect"),
    [
        ("<script>alert(1)</script>", "could not read this"),
        ('"><img src=x onerror=alert(1)>', "could not read this"),
        ("javascript:alert(1)", "not one of our channels"),
        ("+1 202 555 CALL", "Phone numbers contain only digits"),
        ("\ufffd\ufffd\x7fbinary\ufffd", "not one of our channels"),
        ("x" * 299 + "@", "could not read this"),
    ],
)
def test_bad_input_gets_a_clear_escaped_answer(client, data, query, expect):
    response = client.get(URL, {"q": query})
    assert response.status_code == 200
    result, html = result_of(response)
    assert result["data-verdict"] == "not-official"
    assert expect in html
    section = result_section(html)
    assert unsafe_findings(section) == [], section
    assert "<script>alert" not in html and "<img src=x" not in html


def test_5000_characters_are_refused_with_a_message(client, data):
    response = client.get(URL, {"q": "9" * 5000})
    assert response.status_code == 200
    result, html = result_of(response)
    assert result is None
    assert "at most 300 characters" in html


def test_nul_bytes_are_refused_with_a_message(client, data):
    response = client.get(URL + "?q=%2B44%00%00207946")
    assert response.status_code == 200
    assert "Null characters are not allowed." in response.content.decode()


def test_invalid_utf8_in_the_query_string_is_answered(client, data):
    response = client.get(URL + "?q=%FF%FE%FD")
    assert response.status_code == 200
    result, _html = result_of(response)
    assert result["data-verdict"] == "not-official"


def test_lookups_are_rate_limited_per_client(client, data, settings):
    settings.CONTACT_VERIFY_RATE = "3/m"
    for _ in range(5):
        assert client.get(URL).status_code == 200  # showing the page is not a lookup
    for n in range(3):
        assert client.get(URL, {"q": f"+1 202 555 010{n}"}).status_code == 200
    limited = client.get(URL, {"q": "+1 202 555 0109"})
    assert limited.status_code == 429
    assert limited["Retry-After"] == "60"
    html = limited.content.decode()
    assert "try again in a minute" in html and count_tags(html, "h1") == 1
    other = client.get(URL, {"q": "+1 202 555 0109"}, REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 200


def test_rate_limit_can_be_switched_off(client, data, settings):
    settings.CONTACT_VERIFY_RATE = "1/m"
    settings.RATELIMIT_ENABLE = False
    for _ in range(3):
        assert client.get(URL, {"q": "okpay.example"}).status_code == 200


def test_verify_page_is_translated(client, data):
    html = client.get("/zh-hans/contact/verify/", {"q": "okpay.example"}).content.decode()
    assert "真的是我们吗" in html
