"""The article and category pages are made of fragments stored for every visitor
(helpdesk.lib.fragments): a second visit runs no query, an edit or a scheduled
moment renders them again, and they never hold a draft, a staff preview, a CSRF
token or what depends on another visitor's region."""

import datetime
import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from faq.models import Article
from tests.factories import make_alert, make_article, make_category, make_region

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture(autouse=True)
def page_cache_off(settings):
    settings.PAGE_CACHE_SECONDS = 0
    settings.FAQ_VIEW_FLUSH_EVERY = 10_000  # count views in the process, write none here


@pytest.fixture
def clock(monkeypatch):
    now = []

    def set_to(text):
        now[:] = [datetime.datetime.fromisoformat(text).astimezone(UTC)]
        return now[0]

    monkeypatch.setattr(timezone, "now", lambda: now[0])
    return set_to


def visit(client, url, **headers):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **headers)
    return response, len(queries)


def html(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.parametrize("page", ["article", "category"])
def test_a_second_visit_runs_no_query(client, page):
    category = make_category()
    article = make_article(category, title_en="Reset your password")
    make_article(category)
    url = article.get_absolute_url() if page == "article" else category.get_absolute_url()
    first, cold = visit(client, url)
    second, warm = visit(client, url)
    assert first.status_code == second.status_code == 200
    assert cold > 0 and warm == 0
    page = second.content.decode()
    assert "Reset your password" in page
    assert "{#" not in page and "{%" not in page  # no template syntax leaks into the page


def test_the_view_is_counted_on_every_visit_with_stored_fragments(client, settings):
    settings.FAQ_VIEW_FLUSH_EVERY = 2
    article = make_article()
    for _ in range(4):
        client.get(article.get_absolute_url())
    assert sum(article.daily_views.values_list("views", flat=True)) == 4


def test_an_edit_shows_on_the_next_visit(client):
    category = make_category()
    article = make_article(category, title_en="Old title", body_en="Old body.")
    assert "Old body." in html(client, article.get_absolute_url())
    assert "Old title" in html(client, category.get_absolute_url())
    article.title_en, article.body_en = "New title", "New body."
    article.save()
    page = html(client, article.get_absolute_url())
    assert "New body." in page and "Old body." not in page
    listing = html(client, category.get_absolute_url())
    assert "New title" in listing and "Old title" not in listing


def test_scheduled_articles_appear_and_leave_on_time(client, clock):
    clock("2026-12-03T11:00:00+00:00")
    category = make_category()
    make_article(category, title_en="Always there")
    coming = make_article(
        category,
        title_en="Coming at noon",
        publish_at=datetime.datetime(2026, 12, 3, 12, tzinfo=UTC),
    )
    leaving = make_article(
        category,
        title_en="Leaving at one",
        unpublish_at=datetime.datetime(2026, 12, 3, 13, tzinfo=UTC),
    )
    listing = category.get_absolute_url()

    def state():
        page = html(client, listing)
        return (
            "Coming at noon" in page,
            "Leaving at one" in page,
            client.get(coming.get_absolute_url()).status_code,
            client.get(leaving.get_absolute_url()).status_code,
        )

    assert state() == (False, True, 404, 200)
    clock("2026-12-03T11:59:59+00:00")
    assert state() == (False, True, 404, 200)
    clock("2026-12-03T12:00:00+00:00")
    assert state() == (True, True, 200, 200)
    clock("2026-12-03T13:00:00+00:00")
    assert state() == (True, False, 200, 404)


def test_an_alert_on_a_stored_article_starts_and_ends_on_time(client, clock):
    clock("2026-12-03T09:30:00+00:00")
    article = make_article()
    article.alerts.add(
        make_alert(
            title_en="Fake refund calls",
            starts_at=datetime.datetime(2026, 12, 3, 10, tzinfo=UTC),
            ends_at=datetime.datetime(2026, 12, 3, 11, tzinfo=UTC),
        )
    )
    url = article.get_absolute_url()
    assert "Fake refund calls" not in html(client, url)
    clock("2026-12-03T10:00:00+00:00")
    assert "Fake refund calls" in html(client, url)
    clock("2026-12-03T11:00:00+00:00")
    assert "Fake refund calls" not in html(client, url)


@pytest.mark.parametrize("editor_first", [True, False])
def test_a_draft_preview_is_never_stored_nor_served_from_a_fragment(client, editor, editor_first):
    live = make_article(title_en="Live title", body_en="Live body.")
    Article.objects.filter(pk=live.pk).update(draft_texts={"body_en": "Draft body."})
    staff = Client()
    staff.force_login(editor)
    url = live.get_absolute_url()
    if editor_first:
        assert "Draft body." in html(staff, f"{url}?draft=1")
    public = html(client, url)
    assert "Live body." in public and "Draft body." not in public
    assert "Draft body." in html(staff, f"{url}?draft=1")
    public = html(client, url)
    assert "Live body." in public and "Draft body." not in public


def test_an_editor_sees_a_non_public_article_that_the_public_never_gets(client, editor):
    category = make_category()
    public = make_article(category, slug_en="shared-slug", title_en="Public one")
    hidden = make_article(category, title_en="Draft one", status=Article.Status.DRAFT)
    assert client.get(public.get_absolute_url()).status_code == 200
    assert client.get(hidden.get_absolute_url()).status_code == 404
    staff = Client()
    staff.force_login(editor)
    preview = html(staff, hidden.get_absolute_url())
    assert "Draft one" in preview and 'name="robots" content="noindex"' in preview
    assert client.get(hidden.get_absolute_url()).status_code == 404


def test_each_visitor_gets_their_own_csrf_token_and_can_vote():
    article = make_article()
    url = article.get_absolute_url()
    tokens = []
    for _ in range(2):
        visitor = Client(enforce_csrf_checks=True)
        token = TOKEN.search(html(visitor, url))[1]
        tokens.append(token)
        response = visitor.post(f"{url}vote/", {"helpful": "yes", "csrfmiddlewaretoken": token})
        assert response.status_code == 302
    assert tokens[0] != tokens[1]
    assert article.votes.count() == 2


def test_region_parts_are_stored_per_region(client):
    hk = make_region("hk")
    make_region("sg")
    category = make_category()
    article = make_article(category, title_en="Everywhere")
    make_article(category, title_en="Only in Hong Kong", regions=[hk])
    article.alerts.add(make_alert(title_en="Hong Kong alert", regions=[hk]))
    for region, shown in (("hk", True), ("sg", False), ("hk", True), ("sg", False)):
        cookie = {"HTTP_COOKIE": f"region={region}"}
        assert ("Only in Hong Kong" in html(client, category.get_absolute_url(), **cookie)) is shown
        assert ("Hong Kong alert" in html(client, article.get_absolute_url(), **cookie)) is shown


def test_structured_data_holds_each_hosts_own_address(client, settings):
    settings.ALLOWED_HOSTS = ["help.example", "support.example"]
    article = make_article()
    for _ in range(2):
        for host in settings.ALLOWED_HOSTS:
            page = html(client, article.get_absolute_url(), HTTP_HOST=host)
            assert f'"url":"http://{host}/en/faq/' in page
            listing = html(client, article.category.get_absolute_url(), HTTP_HOST=host)
            assert f'"url":"http://{host}/en/faq/' in listing


def test_pages_out_of_range_and_old_slugs_behave_as_before_once_stored(client):
    category = make_category(slug_zh_hans="fenlei")
    for n in range(21):
        make_article(category, title_en=f"Topic {n:02d}")
    url = category.get_absolute_url()
    for _ in range(2):
        assert client.get(url).status_code == 200
        assert "Topic 20" in html(client, url + "?page=2")
        assert client.get(url + "?page=3").status_code == 404
        assert client.get(url + "?page=x").status_code == 404
        moved = client.get("/en/faq/fenlei/")
        assert moved.status_code == 301 and moved["Location"] == url
