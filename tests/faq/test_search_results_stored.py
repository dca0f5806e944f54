"""The search page's results part is rendered once for everyone who asks the same
(faq.results), with the page cache off: reused without a query, rendered again
after an edit and at its end, and never holding a draft or what belongs to one
visitor (a refused check, a content-gap count)."""

import datetime
import re

import pytest
from django.core.cache import cache
from django.utils import timezone

from contacts.models import Channel
from faq import results as results_module
from faq.models import Article, ContactWord, SearchGap
from tests.factories import make_article, make_category, make_channel, make_region
from tests.html import by_testid

pytestmark = pytest.mark.django_db

URL = "/en/search/"
_TITLE = re.compile(r'data-testid="search-result">\s*<h2[^>]*><a href="[^"]*">(.*?)</a>')
UTC = datetime.UTC


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0  # the part on its own, not a stored page


@pytest.fixture
def clock(monkeypatch):
    now = []

    def set_to(text):
        now[:] = [datetime.datetime.fromisoformat(text).astimezone(UTC)]

    monkeypatch.setattr(timezone, "now", lambda: now[0])
    return set_to


@pytest.fixture
def searches(monkeypatch):
    """How many times the engine was asked (a stored part asks nothing)."""
    calls = []
    search_articles = results_module.search_articles

    def counted(*args, **kwargs):
        calls.append(args)
        return search_articles(*args, **kwargs)

    monkeypatch.setattr(results_module, "search_articles", counted)
    return calls


def search(client, query, status=200, **params):
    extra = {key: params.pop(key) for key in list(params) if key.isupper()}
    response = client.get(params.pop("url", URL), {"q": query, **params}, **extra)
    assert response.status_code == status
    return response.content.decode()


def titles(html):
    return [re.sub(r"<[^>]+>", "", title) for title in _TITLE.findall(html)]


def test_a_repeated_search_runs_no_query_and_shows_the_same(client, django_assert_num_queries):
    make_article(title_en="Zebrafinch kumquat")
    first = search(client, "zebrafinch")
    assert titles(first) == ["Zebrafinch kumquat"]
    with django_assert_num_queries(0):
        again = search(client, "zebrafinch")
    assert again == first


def test_parts_are_per_query_page_region_and_language(client, searches):
    hk = make_region("hk")
    make_region("us")
    category = make_category()
    for n in range(11):
        make_article(category, title_en=f"Zebrafinch {n:02}")
    make_article(category, title_en="Kumquat jam")
    make_article(category, title_en="Kumquat in Hong Kong", regions=[hk])
    assert len(titles(search(client, "kumquat", HTTP_ACCEPT_LANGUAGE="en-HK"))) == 2
    assert titles(search(client, "kumquat", HTTP_ACCEPT_LANGUAGE="en-US")) == ["Kumquat jam"]
    us_page = search(client, "zebrafinch", HTTP_ACCEPT_LANGUAGE="en-US")
    second = search(client, "zebrafinch", page=2, HTTP_ACCEPT_LANGUAGE="en-US")
    assert not set(titles(second)) & set(titles(us_page))
    # The pages link with the query as typed.
    assert "q=ZEBRAFINCH&amp;page=2" in search(client, "ZEBRAFINCH", HTTP_ACCEPT_LANGUAGE="en-US")
    chinese = search(client, "zebrafinch", url="/zh-hans/search/", HTTP_ACCEPT_LANGUAGE="en-US")
    assert "篇文章" in chinese  # the count, in the page's language
    assert len(searches) == 6
    search(client, "kumquat", HTTP_ACCEPT_LANGUAGE="en-HK")
    search(client, "zebrafinch", page=2, HTTP_ACCEPT_LANGUAGE="en-US")
    assert len(searches) == 6  # stored


def test_an_edit_shows_on_the_next_search(client, searches):
    article = make_article(title_en="Zebrafinch kumquat")
    search(client, "zebrafinch")
    article.title_en = "Zebrafinch marmalade"
    article.save()
    assert titles(search(client, "zebrafinch")) == ["Zebrafinch marmalade"]
    assert len(searches) == 2


def test_scheduled_articles_come_and_go_on_time(client, clock, searches):
    clock("2026-12-03T11:00:00+00:00")
    category = make_category()
    make_article(category, title_en="Zebrafinch kumquat")
    make_article(
        category,
        title_en="Zebrafinch marmalade",
        publish_at=datetime.datetime(2026, 12, 3, 12, tzinfo=UTC),
    )
    make_article(
        category,
        title_en="Zebrafinch lemon",
        unpublish_at=datetime.datetime(2026, 12, 3, 12, 30, tzinfo=UTC),
    )

    def shown():
        return sorted(title.split()[-1] for title in titles(search(client, "zebrafinch")))

    assert shown() == ["kumquat", "lemon"]
    clock("2026-12-03T11:59:59+00:00")
    assert shown() == ["kumquat", "lemon"]
    assert len(searches) == 1
    clock("2026-12-03T12:00:00+00:00")
    assert shown() == ["kumquat", "lemon", "marmalade"]
    clock("2026-12-03T12:30:00+00:00")
    assert shown() == ["kumquat", "marmalade"]
    assert len(searches) == 3


def test_open_now_in_the_channels_answer_flips_at_opening_time(client, clock, searches):
    clock("2026-03-02T08:59:30+08:00")  # a Monday
    ContactWord.objects.create(language="en", kind="", terms="hotline")
    hk = make_region("hk", time_zone="Asia/Hong_Kong")
    make_channel(hk, hours=[(day, "09:00", "18:00") for day in range(5)])
    make_article(title_en="Hotline scams")

    def open_now():
        html = search(client, "hotline", HTTP_ACCEPT_LANGUAGE="en-HK")
        return [card["data-open"] for card in by_testid(html, "channel")]

    assert open_now() == ["false"]
    clock("2026-03-02T08:59:59+08:00")
    assert open_now() == ["false"]
    assert len(searches) == 1
    clock("2026-03-02T09:00:00+08:00")
    assert open_now() == ["true"]


def test_drafts_are_never_shown_whoever_searched_first(client, editor):
    category = make_category()
    make_article(category, title_en="Zebrafinch kumquat")
    make_article(category, title_en="Zebrafinch secret plans", status=Article.Status.DRAFT)
    client.force_login(editor)
    assert titles(search(client, "zebrafinch")) == ["Zebrafinch kumquat"]
    client.logout()
    assert titles(search(client, "zebrafinch")) == ["Zebrafinch kumquat"]


def test_a_pasted_value_is_checked_per_client_and_request(client, settings, searches):
    settings.CONTACT_VERIFY_RATE = "2/m"
    make_channel(None, kind=Channel.Kind.PHONE, value="+1 202-555-0142")
    value = "+1 202 555 0142"

    def verdict(address):
        html = search(client, value, REMOTE_ADDR=address)
        return [card["data-verdict"] for card in by_testid(html, "verify-result")], bool(
            by_testid(html, "verify-limited")
        )

    assert verdict("10.0.0.1") == (["official"], False)
    assert verdict("10.0.0.1") == (["official"], False)
    assert verdict("10.0.0.1") == ([], True)  # the results are stored, the check is not
    assert verdict("10.0.0.2") == (["official"], False)  # the refusal was not either
    assert verdict("10.0.0.1") == ([], True)
    assert len(searches) == 1


def test_searches_that_find_nothing_count_per_client_from_a_stored_part(client, searches):
    make_article(title_en="Zebrafinch kumquat")
    search(client, "bitcoin wallet", REMOTE_ADDR="10.0.0.1")
    search(client, "bitcoin wallet", REMOTE_ADDR="10.0.0.1")
    assert SearchGap.objects.get(query="bitcoin wallet").count == 1
    search(client, "bitcoin wallet", REMOTE_ADDR="10.0.0.2")
    assert SearchGap.objects.get(query="bitcoin wallet").count == 2
    assert len(searches) == 1


def test_pages_out_of_range_are_not_found_before_and_after_storing(client):
    category = make_category()
    for n in range(3):
        make_article(category, title_en=f"Zebrafinch {n}")
    search(client, "zebrafinch", page=2, status=404)
    first = search(client, "zebrafinch")
    search(client, "zebrafinch", page=2, status=404)
    assert titles(search(client, "zebrafinch", page="last")) == titles(first)
    for page in ("0", "-1", "x", "2.0"):
        search(client, "zebrafinch", page=page, status=404)
    search(client, "", page=2, status=404)
    assert titles(search(client, "", page=1)) == []


def test_a_cache_that_fails_still_serves_results(client, monkeypatch):
    make_article(title_en="Zebrafinch kumquat")

    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(cache, "get", broken)
    assert titles(search(client, "zebrafinch")) == ["Zebrafinch kumquat"]
