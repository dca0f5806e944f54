"""Only published, already-due articles reach the public, everywhere."""

import datetime

import pytest
from django.utils import timezone
from django.utils.html import strip_tags

from faq.models import Article, Category
from tests.factories import make_article, make_category

pytestmark = pytest.mark.django_db


@pytest.fixture
def articles():
    category = make_category()
    now = timezone.now()
    return {
        "public": make_article(category, title_en="Visible article"),
        "draft": make_article(category, title_en="Draft article", status=Article.Status.DRAFT),
        "archived": make_article(
            category, title_en="Archived article", status=Article.Status.ARCHIVED
        ),
        "future": make_article(
            category, title_en="Future article", publish_at=now + datetime.timedelta(hours=1)
        ),
    }


def test_published_queryset_is_the_rule(articles):
    assert list(Article.objects.published()) == [articles["public"]]


@pytest.mark.parametrize("hidden", ["draft", "archived", "future"])
def test_hidden_articles_are_404_for_the_public(client, articles, hidden):
    assert client.get(articles[hidden].get_absolute_url()).status_code == 404
    assert client.get(articles["public"].get_absolute_url()).status_code == 200


def test_hidden_articles_are_left_out_of_lists_counts_search_and_sitemap(client, articles):
    category = articles["public"].category
    pages = {
        "home": client.get("/en/").content.decode(),
        "index": client.get("/en/faq/").content.decode(),
        "category": client.get(category.get_absolute_url()).content.decode(),
        "search": client.get("/en/search/?q=article").content.decode(),
        "sitemap": client.get("/sitemap.xml").content.decode(),
    }
    for name, html in pages.items():
        for hidden in ("draft", "archived", "future"):
            assert articles[hidden].slug not in html, (name, hidden)
    assert "Visible article" in strip_tags(pages["search"])  # matched words are <mark>ed
    [counted] = Category.objects.filter(pk=category.pk).with_article_counts()
    assert counted.article_count == 1


def test_editor_previews_a_draft_with_a_notice(client, editor, articles):
    client.force_login(editor)
    response = client.get(articles["draft"].get_absolute_url())
    assert response.status_code == 200
    assert "Preview for staff" in response.content.decode()


@pytest.mark.parametrize("role", ["customer", "agent", "analyst"])
def test_other_users_cannot_preview(client, cast, articles, role):
    client.force_login(cast[role])
    assert client.get(articles["draft"].get_absolute_url()).status_code == 404


def test_draft_becomes_public_when_published_and_due(client, articles):
    draft = articles["future"]
    draft.publish_at = timezone.now() - datetime.timedelta(seconds=1)
    draft.save()
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_region_limited_articles(client):
    from tests.factories import make_region

    hk, gb = make_region("hk"), make_region("gb", time_zone="Europe/London")
    category = make_category()
    everyone = make_article(category, title_en="For everyone")
    hk_only = make_article(category, title_en="Hong Kong rules", regions=[hk])
    html_hk = client.get(category.get_absolute_url(), HTTP_COOKIE="region=hk").content
    html_gb = client.get(category.get_absolute_url(), HTTP_COOKIE="region=gb").content
    assert b"Hong Kong rules" in html_hk and b"For everyone" in html_hk
    assert b"Hong Kong rules" not in html_gb and b"For everyone" in html_gb
    assert list(Article.objects.for_region(gb)) == [everyone]
    assert set(Article.objects.for_region(hk)) == {everyone, hk_only}
    # The browser's language gives the region when nothing was chosen.
    html_browser = client.get(category.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="zh-HK").content
    assert b"Hong Kong rules" in html_browser
    # The page itself stays reachable by link and says whom it is for.
    page = client.get(hk_only.get_absolute_url(), HTTP_COOKIE="region=gb").content.decode()
    assert "Region hk" in page
