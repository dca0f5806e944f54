"""Instant answers on the results page: channels for contact questions, verdicts for
pasted values, and stored pages that stay right for the region, the clock and edits."""

import datetime

import pytest
from django.utils import timezone

from contacts.models import Channel, KnownImpostor
from faq.instant import contact_intent, pasted_value
from faq.models import ContactWord, SearchGap
from tests.factories import make_article, make_channel, make_impostor, make_region
from tests.html import by_testid

pytestmark = pytest.mark.django_db

URL = "/en/search/"
WEEKDAYS = [(day, "09:00", "18:00") for day in range(5)]


@pytest.fixture
def words():
    rows = [
        ("en", "", "customer service, support, contact us, hotline"),
        ("en", "phone", "phone, call, hotline"),
        ("en", "email", "email, e-mail"),
        ("en", "chat", "chat, live chat"),
        ("zh-hans", "", "客服, 人工客服, 联系, 热线"),
        ("zh-hans", "phone", "电话, 热线"),
        ("zh-hans", "chat", "在线"),
    ]
    for language, kind, terms in rows:
        ContactWord.objects.create(language=language, kind=kind, terms=terms)


@pytest.fixture
def directory(words):
    hk = make_region("hk", name_en="Hong Kong")
    us = make_region("us", name_en="United States", time_zone="America/New_York")
    channels = {
        "hk-phone": make_channel(hk, value="+44 20 7946 0200", hours=WEEKDAYS),
        "us-phone": make_channel(us, value="+1 202-555-0142", hours=WEEKDAYS),
        "email": make_channel(None, kind=Channel.Kind.EMAIL, value="help@okpay.example"),
        "chat": make_channel(
            None, kind=Channel.Kind.CHAT, value="https://chat.okpay.example/", always_open=True
        ),
    }
    make_impostor(value="+1 202-555-0147", region=us)
    make_article(title_en="Change the phone number you sign in with", body_en="Settings, phone.")
    return channels


@pytest.fixture
def frozen(monkeypatch):
    def freeze(text):
        moment = datetime.datetime.fromisoformat(text)
        monkeypatch.setattr(timezone, "now", lambda: moment)
        return moment

    return freeze


def page(client, query, language="en", region=None, **extra):
    headers = {"HTTP_ACCEPT_LANGUAGE": f"en-{region.upper()}"} if region else {}
    response = client.get(f"/{language}/search/", {"q": query}, **headers, **extra)
    assert response.status_code == 200
    return response, response.content.decode()


def kinds_shown(html):
    return [card["data-channel-kind"] for card in by_testid(html, "channel")]


# -- deciding -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "query", "asks", "kinds"),
    [
        ("en", "customer service phone number", True, ["phone"]),
        ("en", "Customer Service", True, []),
        ("en", "email support", True, ["email"]),
        ("en", "change my phone number", False, ["phone"]),
        ("en", "supported phones", False, []),  # whole words: "support" is not there
        ("en", "live chat or call the hotline", True, ["chat", "phone"]),
        ("zh-hans", "OKPay客服电话", True, ["phone"]),
        ("zh-hans", "在线 客服", True, ["chat"]),
        ("zh-hans", "怎么更改手机号码", False, []),
        ("zh-hant", "客服電話", False, []),  # no zh-hant words in this fixture
    ],
)
def test_contact_intent_is_a_contact_word_and_kinds_only_order(words, language, query, asks, kinds):
    assert contact_intent(query, language=language) == (asks, kinds)


@pytest.mark.parametrize(
    ("query", "value"),
    [
        ("+1 (202) 555-0147", "+1 (202) 555-0147"),
        ("００４４ ２０ ７９４６ ０２００", "0044 20 7946 0200"),  # full-width, 00 prefix
        ("help@okpay.example", "help@okpay.example"),
        ("https://okpay-verify.example/login", "https://okpay-verify.example/login"),
        ("okpay-support.example.net", "okpay-support.example.net"),
        ("@OKPay_Help_Desk", "@OKPay_Help_Desk"),
        ("refund", ""),  # one word is a search, not a handle
        ("404", ""),
        ("2024 fees", ""),
        ("javascript:alert(1)", ""),
        ("customer service +1 202 555 0147", ""),
    ],
)
def test_pasted_values_are_what_verify_reads(query, value):
    assert pasted_value(query) == value


# -- the page -------------------------------------------------------------------------


def test_contact_question_shows_the_regions_channels_named_kind_first(client, directory):
    _response, html = page(client, "customer service phone", region="hk")
    assert kinds_shown(html)[0] == "phone"
    assert "+44 20 7946 0200" in html.replace("\u00a0", " ") or "020 7946 0200" in html
    assert by_testid(html, "never-ask")
    _response, html = page(client, "email support", region="hk")
    assert kinds_shown(html)[0] == "email"
    _response, html = page(client, "客服 在线", language="zh-hans", region="hk")
    assert kinds_shown(html)[0] == "chat"


def test_not_a_contact_question_has_no_instant_answer(client, directory):
    _response, html = page(client, "change my phone number", region="hk")
    assert by_testid(html, "channel") == [] and by_testid(html, "verify-result") == []
    assert by_testid(html, "search-result")


@pytest.mark.parametrize(
    ("query", "verdict", "impostor"),
    [
        ("+1 (202) 555-0147", "not-official", True),
        ("1-202-555-0142", "official", False),
        ("＋１ ２０２ ５５５ ０１４２", "official", False),
        ("help@okpay.example", "official", False),
        ("help@okpay-help.example", "not-official", False),
    ],
)
def test_pasted_value_shows_the_verify_pages_verdict(client, directory, query, verdict, impostor):
    _response, html = page(client, query, region="us")
    [card] = by_testid(html, "verify-result")
    assert card["data-verdict"] == verdict
    report = by_testid(html, "report-link")
    assert bool(report) == (verdict != "official")
    assert ("reported as a scam" in html) == impostor
    if report:
        assert "contact=" in report[0]["href"] and "kind=" in report[0]["href"]


def test_a_newly_confirmed_impostor_shows_at_once_on_a_stored_page(client, directory):
    query = "+1 202-555-0166"
    _first, html = page(client, query, region="us")
    assert "reported as a scam" not in html
    again, _html = page(client, query, region="us")
    assert again["X-Page-Cache"] == "hit"
    impostor = KnownImpostor.objects.create(kind="phone", value=query, is_confirmed=False)
    _response, html = page(client, query, region="us")
    assert "reported as a scam" not in html  # not confirmed yet
    impostor.is_confirmed = True
    impostor.save()
    response, html = page(client, query, region="us")
    assert response["X-Page-Cache"] == "miss"
    assert "reported as a scam" in html


def test_verdicts_share_the_verify_pages_rate_limit_and_never_block_searching(
    client, directory, settings
):
    settings.CONTACT_VERIFY_RATE = "2/m"
    client.get("/en/contact/verify/", {"q": "+1 202 555 0100"})  # one check on the verify page
    page(client, "+1 202 555 0101")
    limited, html = page(client, "+1 202 555 0102")
    assert by_testid(html, "verify-result") == []
    assert by_testid(html, "verify-limited")
    assert "X-Page-Cache" not in limited  # never stored: the next visitor is not limited
    # Ordinary searches and contact questions are not checks.
    for query in ("change my phone number", "customer service"):
        _response, html = page(client, query)
        assert by_testid(html, "verify-limited") == []
    assert client.get("/en/contact/verify/", {"q": "+1 202 555 0103"}).status_code == 429
    _other, html = page(client, "+1 202 555 0102", REMOTE_ADDR="10.0.0.9")
    assert by_testid(html, "verify-result")


def test_stored_pages_are_per_region(client, directory):
    _response, hk = page(client, "hotline", region="hk")
    again, _html = page(client, "hotline", region="hk")
    assert again["X-Page-Cache"] == "hit"
    response, us = page(client, "hotline", region="us")
    assert response["X-Page-Cache"] == "miss"
    assert "7946 0200" in hk and "555-0142" not in hk
    assert "555-0142" in us and "7946 0200" not in us


def test_open_now_on_a_stored_page_follows_the_clock(client, directory, frozen):
    # Monday 08:59:30 in Hong Kong (UTC+8): the line opens at 09:00.
    frozen("2026-03-02T00:59:30+00:00")
    _response, html = page(client, "hotline phone", region="hk")
    [card] = [c for c in by_testid(html, "channel") if c["data-channel-kind"] == "phone"]
    assert card["data-open"] == "false"
    frozen("2026-03-02T00:59:50+00:00")
    response, _html = page(client, "hotline phone", region="hk")
    assert response["X-Page-Cache"] == "hit"  # the same minute
    frozen("2026-03-02T01:00:10+00:00")
    response, html = page(client, "hotline phone", region="hk")
    assert response["X-Page-Cache"] == "miss"
    [card] = [c for c in by_testid(html, "channel") if c["data-channel-kind"] == "phone"]
    assert card["data-open"] == "true"


def test_edited_contact_words_apply_at_once(client, directory):
    _response, html = page(client, "reach a human", region="hk")
    assert by_testid(html, "channel") == []
    ContactWord.objects.filter(language="en", kind="").update(terms="human")  # no signal
    row = ContactWord.objects.get(language="en", kind="")
    row.terms = "customer service, human"
    row.save()
    _response, html = page(client, "reach a human", region="hk")
    assert by_testid(html, "channel")


def test_instant_answer_only_on_the_first_page(client, directory):
    for n in range(12):
        make_article(title_en=f"Support topic {n}", body_en="Customer service support.")
    _response, html = page(client, "customer service")
    assert by_testid(html, "channel")
    second = client.get(URL, {"q": "customer service", "page": 2}).content.decode()
    assert by_testid(second, "channel") == []


def test_zh_hans_page_is_translated(client, directory):
    _response, html = page(client, "客服电话", language="zh-hans", region="hk")
    assert "绝不会向您索要" in html
    assert kinds_shown(html)[0] == "phone"


# -- content gaps ---------------------------------------------------------------------


def test_gaps_count_once_per_client_and_query(client, directory):
    for _ in range(5):
        page(client, "bitcoin wallet")
    page(client, "Bitcoin   Wallet")
    page(client, "bitcoin wallet", REMOTE_ADDR="10.0.0.7")
    assert SearchGap.objects.get(query="bitcoin wallet").count == 2


def test_a_client_adds_only_so_many_gaps(client, directory, settings):
    settings.FAQ_SEARCH_GAP_RATE = "3/h"
    for n in range(10):
        page(client, f"nonsense{n}xq")
    assert SearchGap.objects.count() == 3
    page(client, "nonsense9xq", REMOTE_ADDR="10.0.0.8")
    assert SearchGap.objects.count() == 4


def test_answered_values_are_not_gaps_and_gap_pages_are_not_stored(client, directory):
    response, _html = page(client, "+44 20 7946 0987")
    assert not SearchGap.objects.exists()  # a number someone checked: not a content gap
    response, _html = page(client, "zzqx unknown")
    assert "X-Page-Cache" not in response
    assert SearchGap.objects.count() == 1
