"""Whole-page cache: hits need no query, edits show at once, tokens stay personal."""

import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from faq.models import ArticleDailyViews, SearchDocument, Synonym, Vote
from tests.factories import make_article, make_category, make_region
from tests.html import by_testid

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def test_second_anonymous_visit_is_served_without_queries(client, settings):
    settings.FAQ_VIEW_FLUSH_EVERY = 1000  # views wait in the cache
    article = make_article()
    first = client.get(article.get_absolute_url())
    assert first["X-Page-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        second = client.get(article.get_absolute_url())
    assert second["X-Page-Cache"] == "hit"
    assert len(queries) == 0
    assert second.content.decode().count(article.title_en) == first.content.decode().count(
        article.title_en
    )


def test_each_visitor_gets_their_own_csrf_token_and_can_vote_from_a_cached_page():
    article = make_article()
    tokens = []
    for _ in range(2):
        visitor = Client(enforce_csrf_checks=True)
        page = visitor.get(article.get_absolute_url())
        [token] = TOKEN.findall(page.content.decode())
        assert "placeholder" not in token
        tokens.append(token)
        vote = visitor.post(
            article.get_absolute_url() + "vote/", {"helpful": "yes", "csrfmiddlewaretoken": token}
        )
        assert vote.status_code == 302
    assert tokens[0] != tokens[1]
    assert Vote.objects.count() == 2


def test_without_the_page_cache_each_render_masks_the_visitors_own_secret(settings):
    from django.middleware.csrf import _unmask_cipher_token

    settings.PAGE_CACHE_SECONDS = 0
    article = make_article()
    visitor = Client(enforce_csrf_checks=True)
    first = visitor.get(article.get_absolute_url())
    secret = first.cookies[settings.CSRF_COOKIE_NAME].value  # a new visitor's cookie
    tokens = []
    for _ in range(2):
        page = visitor.get(article.get_absolute_url())
        assert "X-Page-Cache" not in page
        [token] = TOKEN.findall(page.content.decode())
        assert _unmask_cipher_token(token) == secret
        tokens.append(token)
    assert tokens[0] != tokens[1]  # a fresh mask per response
    vote = visitor.post(
        article.get_absolute_url() + "vote/", {"helpful": "yes", "csrfmiddlewaretoken": tokens[1]}
    )
    assert vote.status_code == 302


def test_a_staff_edit_shows_on_the_next_request(client):
    article = make_article(title_en="Old title")
    client.get(article.get_absolute_url())
    client.get("/en/")
    article.title_en = "New title"
    article.save()
    assert "New title" in client.get(article.get_absolute_url()).content.decode()
    category = article.category
    category.title_en = "Renamed topic"
    category.save()
    assert "Renamed topic" in client.get("/en/").content.decode()


def test_region_and_language_get_their_own_pages(client):
    hk, gb = make_region("hk"), make_region("gb", time_zone="Europe/London")
    category = make_category()
    make_article(category, title_en="Hong Kong only", title_zh_hans="仅限香港", regions=[hk])
    url = category.get_absolute_url()
    assert "Hong Kong only" in client.get(url, HTTP_COOKIE="region=hk").content.decode()
    assert "Hong Kong only" not in client.get(url, HTTP_COOKIE="region=gb").content.decode()
    assert "Hong Kong only" not in client.get(url, HTTP_ACCEPT_LANGUAGE="en-GB").content.decode()
    assert "Hong Kong only" in client.get(url, HTTP_ACCEPT_LANGUAGE="zh-HK").content.decode()
    zh = client.get(url.replace("/en/", "/zh-hans/"), HTTP_COOKIE="region=hk").content.decode()
    assert "仅限香港" in zh
    assert gb.pk


def test_staff_with_a_session_are_never_served_cached_pages(client, editor):
    article = make_article()
    client.get(article.get_absolute_url())
    client.force_login(editor)
    response = client.get(article.get_absolute_url())
    assert "X-Page-Cache" not in response


def test_views_are_counted_on_cache_hits(client):
    article = make_article()
    for _ in range(4):
        client.get(article.get_absolute_url())
    assert sum(ArticleDailyViews.objects.values_list("views", flat=True)) == 4


def test_pages_with_a_pending_message_are_not_cached(client):
    article = make_article()
    client.post(article.get_absolute_url() + "vote/", {"helpful": "yes"})
    page = client.get(article.get_absolute_url())
    assert "Thank you for your feedback" in page.content.decode()
    again = client.get(article.get_absolute_url())
    assert "Thank you for your feedback" not in again.content.decode()


def test_page_cache_can_be_switched_off(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    article = make_article()
    client.get(article.get_absolute_url())
    assert "X-Page-Cache" not in client.get(article.get_absolute_url())


def test_pages_are_served_uncached_when_the_cache_is_down(client, settings):
    article = make_article()
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens on port 1
        }
    }
    for url in (
        "/en/",
        "/en/faq/",
        article.category.get_absolute_url(),
        article.get_absolute_url(),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "X-Page-Cache" not in response
    article.title_en = "Edited while the cache is down"
    article.save()
    assert "Edited while" in client.get(article.get_absolute_url()).content.decode()


def test_search_pages_follow_synonym_and_index_changes(client, django_capture_on_commit_callbacks):
    make_article(title_en="Cash out to your bank")

    def found():
        return len(by_testid(client.get("/en/search/?q=payout").content.decode(), "search-result"))

    assert found() == 0
    Synonym.objects.create(language="en", terms="payout, cash out")
    assert found() == 1
    SearchDocument.objects.all().delete()
    assert found() == 0
    with django_capture_on_commit_callbacks(execute=True):
        call_command("rebuild_search_index", verbosity=0)
    assert found() == 1


def test_browser_regions_beyond_the_fifth_still_key_the_page(client):
    # Only the sixth language range names a known region: the page must not be
    # shared with a visitor whose sixth range differs.
    make_region("hk")
    category = make_category()
    taiwan = make_region("tw", time_zone="Asia/Taipei")
    make_article(category, title_en="Taiwan only", regions=[taiwan])
    unknown = "en-AA,en-AB,en-AC,en-AD,en-AE"
    url = category.get_absolute_url()
    assert (
        "Taiwan only"
        not in client.get(url, HTTP_ACCEPT_LANGUAGE=f"{unknown},en-HK").content.decode()
    )
    assert (
        "Taiwan only" in client.get(url, HTTP_ACCEPT_LANGUAGE=f"{unknown},zh-TW").content.decode()
    )
