"""The suggestion endpoint used while customers describe a problem (deflection)."""

import json

import pytest

from faq.models import Article, ContactWord
from tests.factories import make_article, make_region

pytestmark = pytest.mark.django_db
URL = "/en/search/suggest/"


def results(client, q, **extra):
    response = client.get(URL, {"q": q}, **extra)
    assert response.status_code == 200
    return json.loads(response.content)["results"]


def test_at_most_three_published_articles_with_title_and_url(client):
    for n in range(5):
        make_article(title_en=f"Withdrawal pending {n}")
    make_article(title_en="Withdrawal draft", status=Article.Status.DRAFT)
    found = results(client, "withdrawal")
    assert len(found) == 3
    assert all(
        set(item) == {"title", "url"} and item["url"].startswith("/en/faq/") for item in found
    )
    assert all("draft" not in item["title"] for item in found)


def test_a_whole_sentence_still_finds_articles_by_its_words(client):
    make_article(title_en="Withdrawal pending for days")
    found = results(client, "hello my withdrawal to the bank is stuck since monday")
    assert [item["title"] for item in found] == ["Withdrawal pending for days"]


@pytest.mark.parametrize("q", ["", "a", " ", "<script>", "%", "x" * 5000])
def test_short_odd_or_hostile_queries_answer_safely(client, q):
    make_article(title_en="<script>alert(1)</script> title")
    response = client.get(URL, {"q": q})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert b"<script>" not in response.content  # JSON escapes < and >


def test_chinese_pages_get_chinese_titles(client):
    make_article(title_en="Fees", title_zh_hans="手续费说明", body_zh_hans="提现手续费")
    found = json.loads(client.get("/zh-hans/search/suggest/", {"q": "手续费"}).content)["results"]
    assert found and found[0]["title"] == "手续费说明"


def test_suggestions_are_rate_limited(client, settings):
    settings.FAQ_SUGGEST_RATE = "2/m"
    client.get(URL, {"q": "fees"})
    client.get(URL, {"q": "fees"})
    assert client.get(URL, {"q": "fees"}).status_code == 429


def test_a_contact_question_links_the_regions_channels_first(client):
    ContactWord.objects.create(language="en", kind="", terms="customer service")
    make_region("hk", name_en="Hong Kong")
    make_article(title_en="Customer service hours")
    found = results(client, "how do I reach customer service", HTTP_ACCEPT_LANGUAGE="en-HK")
    assert found[0]["kind"] == "contact" and found[0]["url"] == "/en/contact/hk/"
    assert "Hong Kong" in found[0]["title"]
    assert [item["title"] for item in found[1:]] == ["Customer service hours"]
    assert len(results(client, "customer service")) <= 3


def test_a_pasted_value_links_the_verify_page_without_checking_it(client, settings):
    settings.CONTACT_VERIFY_RATE = "1/m"
    for _ in range(3):  # no check runs here, so no limit is used up
        [item] = results(client, "+44 20 7946 0999")
        assert item["kind"] == "verify"
        assert item["url"] == "/en/contact/verify/?q=%2B44+20+7946+0999"
    assert client.get("/en/contact/verify/", {"q": "+44 20 7946 0999"}).status_code == 200
    [item] = results(client, "<script>@okpay.example")
    assert "<" not in item["url"]
    raw = client.get(URL, {"q": "<script>@okpay.example"}).content.decode()
    assert "<script>" not in raw
