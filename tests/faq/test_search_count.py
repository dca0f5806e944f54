"""The result count stops at engine.COUNT_LIMIT: "more than N" past it, pages up to N."""

import re

import pytest

from faq.search import engine, search_articles
from helpdesk.lib.contentversion import bump_content_version
from tests.factories import make_article, make_category
from tests.html import by_testid

pytestmark = pytest.mark.django_db


def tapirs(head, body_only):
    category = make_category()
    for n in range(head):
        make_article(category, slug_en=f"head-{n}", title_en=f"Tapir {n}")
    for n in range(body_only):
        make_article(category, slug_en=f"body-{n}", body_en="Tapir " * (n + 1))


def ranked(results):
    return [a.slug_en for a in results[:50]]


@pytest.mark.parametrize(
    ("limit", "shown", "more"), [(10, 10, True), (11, 11, False), (12, 11, False)]
)
def test_the_count_is_exact_up_to_the_limit_and_stops_past_it(monkeypatch, limit, shown, more):
    monkeypatch.setattr(engine, "RANK_ALL", 3)  # past it: the count statement, not the window
    tapirs(head=4, body_only=7)
    everything = ranked(search_articles("tapir", language="en"))
    assert len(everything) == 11
    monkeypatch.setattr(engine, "COUNT_LIMIT", limit)
    results = search_articles("tapir", language="en")
    assert results.count() == shown
    assert results.more_than_count is more
    # The same results in the same order, only cut at the limit.
    assert ranked(results) == everything[:shown]
    assert results[shown:] == []


def test_a_stopped_count_reads_no_further_than_one_past_the_limit(monkeypatch):
    monkeypatch.setattr(engine, "RANK_ALL", 3)
    monkeypatch.setattr(engine, "COUNT_LIMIT", 5)
    tapirs(head=4, body_only=7)
    results = search_articles("tapir", language="en")
    plan = results.plan
    assert engine.backend().count(plan, language="en", hidden=()) == 6
    monkeypatch.setattr(engine, "COUNT_LIMIT", 1000)
    assert engine.backend().count(plan, language="en", hidden=()) == 11


def test_the_window_count_below_rank_all_is_capped_the_same_way(monkeypatch):
    tapirs(head=3, body_only=3)
    everything = ranked(search_articles("tapir", language="en"))
    monkeypatch.setattr(engine, "COUNT_LIMIT", 4)
    results = search_articles("tapir", language="en")
    assert (results.count(), results.more_than_count) == (4, True)
    assert ranked(results) == everything[:4]


def status(html):
    return re.search(r'data-testid="result-count">(.*?)</p>', html).group(1)


def results_end(html):
    found = re.search(r'data-testid="results-end">(.*?)</p>', html)
    return found.group(1) if found else None


def test_results_page_says_more_than_and_pages_up_to_the_limit(client, monkeypatch):
    monkeypatch.setattr(engine, "COUNT_LIMIT", 12)
    tapirs(head=8, body_only=7)
    first = client.get("/en/search/?q=tapir").content.decode()
    assert status(first) == "More than 12 articles found"
    assert results_end(first) is None
    assert "Page 1 of 2" in first
    last = client.get("/en/search/?q=tapir&page=2").content.decode()
    assert len(by_testid(last, "search-result")) == 2
    assert results_end(last) == (
        "These are the best 12 matches. Add words to your search to find others."
    )
    assert client.get("/en/search/?q=tapir&page=3").status_code == 404
    assert client.get("/en/search/?q=tapir&page=last").status_code == 200


def test_results_page_gives_the_exact_count_up_to_the_limit(client, monkeypatch):
    monkeypatch.setattr(engine, "COUNT_LIMIT", 12)
    tapirs(head=6, body_only=6)
    html = client.get("/en/search/?q=tapir&page=2").content.decode()
    assert status(html) == "12 articles found"
    assert len(by_testid(html, "search-result")) == 2
    assert results_end(html) is None


@pytest.mark.parametrize(
    ("language", "more", "exact"),
    [("zh-hans", "超过 3 篇文章", "找到 4 篇文章"), ("zh-hant", "超過 3 篇文章", "找到 4 篇文章")],
)
def test_the_wording_is_translated(client, monkeypatch, language, more, exact):
    monkeypatch.setattr(engine, "COUNT_LIMIT", 3)
    category = make_category()
    for n in range(4):
        make_article(category, title_zh_hans=f"转账限额 {n}", title_zh_hant=f"轉帳限額 {n}")
    word = "转账" if language == "zh-hans" else "轉帳"
    html = client.get(f"/{language}/search/", {"q": word}).content.decode()
    assert more in status(html)
    assert "3" in results_end(html)
    monkeypatch.setattr(engine, "COUNT_LIMIT", 4)
    # Another limit is another program, not an edit: nothing stored may serve it.
    bump_content_version()
    html = client.get(f"/{language}/search/", {"q": word}).content.decode()
    assert exact in status(html)
