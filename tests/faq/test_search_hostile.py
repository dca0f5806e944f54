"""Odd and hostile queries never raise and never reach an engine unescaped."""

import pytest

from faq.models import ContactWord
from faq.search import search_articles
from tests.factories import make_article, make_channel, make_impostor, make_region
from tests.html import by_testid

pytestmark = pytest.mark.django_db

HOSTILE = [
    "x" * 5000,
    "password " * 600,
    "!!! ??? ... --- ***",
    '"',
    '"password',
    "password*",
    "*",
    "NEAR(password reset)",
    "password OR reset",
    "password NOT reset",
    "-password",
    "password AND",
    "title_tokens: password",
    "{title_tokens}: password",
    "^password",
    "password\x00reset",
    "\x00",
    "\ufffd\ufffd",
    "'; DROP TABLE faq_article; --",
    "password & reset | !x <-> y:*",
    "密码" * 2000,
    "(((((",
    "\\",
]


@pytest.fixture
def article():
    return make_article(title_en="Reset your password", body_en="Choose a new password.")


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_do_not_raise(article, query):
    results = search_articles(query, language="en")
    assert results.count() >= 0
    list(results[:10])
    results.suggestion()


@pytest.mark.parametrize(
    "query", ['"password"', "password*", "NEAR(password)", "-password", "password AND", "(password"]
)
def test_operators_are_treated_as_plain_words(article, query):
    plain = [a.pk for a in search_articles("password", language="en")[:10]]
    assert plain == [article.pk]
    assert [a.pk for a in search_articles(query, language="en")[:10]] == plain


@pytest.mark.parametrize(
    "path",
    [
        "/en/search/?q=%FF%FE",
        "/en/search/?q=%00",
        "/en/search/?q=%22password",
        "/en/search/?q=" + "a" * 5000,
        "/zh-hans/search/?q=%E5%AF%86%E7%A0",  # cut in the middle of a character
        "/en/search/?q=password&page=999",
        "/en/search/?q=password&page=abc",
        "/en/search/?q=",
        "/en/search/",
    ],
)
def test_hostile_urls_answer_normally(client, article, path):
    response = client.get(path)
    assert response.status_code in (200, 404)  # 404: a page number past the end
    if "page=" not in path:
        assert response.status_code == 200


# -- instant answers (faq.instant): values and contact words in hostile shapes -----------

INSTANT_HOSTILE = [
    "1" * 5000,  # digits only: the query is cut to its first 200, read as a number
    "0" * 40,
    "+" + "9" * 39,
    "<script>alert(1)</script>@okpay.example",
    'help"onmouseover="alert(1)"@okpay.example',
    "javascript:alert(document.cookie)",
    "JaVaScRiPt://%0aalert(1)",
    "\u202e+44 20 7946 0999\u202c",  # right-to-left override around a number
    "\u200f客服\u200e電話 okpay",  # right-to-left and left-to-right marks
    "\u0441ustomer service",  # a Cyrillic first letter
    "phone +1 202-555-0147",  # a kind word and a value
    "support@okpay.example",  # a contact word inside a value
    "@" + "a" * 300,
]


@pytest.fixture
def contact_data(article):
    ContactWord.objects.create(language="en", kind="", terms="customer service, support")
    ContactWord.objects.create(language="en", kind="phone", terms="phone")
    ContactWord.objects.create(language="zh-hant", kind="", terms="客服")
    make_channel(make_region("gb", time_zone="Europe/London"), value="+44 20 7946 0018")
    make_impostor(value="+44 20 7946 0999")


@pytest.mark.parametrize("query", INSTANT_HOSTILE)
@pytest.mark.parametrize("language", ["en", "zh-hant"])
def test_hostile_values_give_a_clean_page(client, contact_data, query, language):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html and 'onmouseover="alert' not in html
    assert 'href="javascript:' not in html.lower()
    for link in by_testid(html, "report-link"):
        assert link["href"].startswith("/") and "<" not in link["href"]
    assert len(by_testid(html, "verify-result")) <= 1


def test_a_value_wins_over_contact_words_and_a_verdict_is_the_verify_pages(client, contact_data):
    html = client.get("/en/search/", {"q": "support@okpay.example"}).content.decode()
    assert by_testid(html, "verify-result") and by_testid(html, "channel") == []
    rtl = client.get("/en/search/", {"q": "\u202e+44 20 7946 0999\u202c"}).content.decode()
    [card] = by_testid(rtl, "verify-result")
    assert card["data-verdict"] == "not-official" and "reported as a scam" in rtl
    long = client.get("/en/search/", {"q": "0" * 40}).content.decode()
    [card] = by_testid(long, "verify-result")
    assert card["data-verdict"] == "not-official"


def test_flood_of_pasted_values_is_rate_limited_but_searching_goes_on(
    client, contact_data, settings
):
    settings.CONTACT_VERIFY_RATE = "5/m"
    for n in range(5):
        client.get("/en/search/", {"q": f"+44 20 7946 01{n:02d}"})
    limited = client.get("/en/search/", {"q": "+44 20 7946 0199"})
    assert limited.status_code == 200
    html = limited.content.decode()
    assert by_testid(html, "verify-limited") and not by_testid(html, "verify-result")
    ordinary = client.get("/en/search/", {"q": "password"}).content.decode()
    assert by_testid(ordinary, "search-result")
