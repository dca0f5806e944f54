"""Knowledge-base pages: index, category, article, fallback, related, slugs."""

import pytest

from faq.models import Article
from tests.factories import make_article, make_category
from tests.html import by_testid

pytestmark = pytest.mark.django_db


def test_article_page_shows_breadcrumbs_updated_date_and_body(client):
    article = make_article(body_en="## Steps\n\n1. Open the app")
    html = client.get(article.get_absolute_url()).content.decode()
    assert 'aria-label="Breadcrumb"' in html
    assert article.category.title_en in html
    assert "Last updated" in html
    assert "<h2" in html and "<ol>" in html
    assert by_testid(html, "article-title") and by_testid(html, "article-body")


def test_missing_translation_falls_back_to_english_with_a_note(client):
    article = make_article(
        title_en="Reset your password", body_en="English steps", title_zh_hant="", body_zh_hant=""
    )
    html = client.get(f"/zh-hant/faq/{article.category.slug_en}/{article.slug_en}/").content
    html = html.decode()
    assert "Reset your password" in html and "English steps" in html
    assert 'lang="en" data-testid="article-body"' in html
    translated = client.get(f"/zh-hans/faq/{article.category.slug_en}/{article.slug_en}/")
    assert 'lang="en" data-testid' not in translated.content.decode()
    assert article.is_translated("zh-hans") and not article.is_translated("zh-hant")


def test_related_articles_staff_picked_else_same_category(client):
    category = make_category()
    article = make_article(category)
    sibling = make_article(category, title_en="Sibling")
    elsewhere = make_article(title_en="Picked elsewhere")
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Sibling" in html and "Picked elsewhere" not in html
    article.related.set([elsewhere])
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Picked elsewhere" in html and "Sibling" not in html
    assert sibling.pk


def test_other_language_slug_redirects_to_this_languages_slug(client):
    article = make_article(slug_en="reset-password", slug_zh_hans="chongzhi-mima")
    category = article.category.slug_en
    response = client.get(f"/zh-hans/faq/{category}/reset-password/")
    assert response.status_code == 301
    assert response["Location"] == f"/zh-hans/faq/{category}/chongzhi-mima/"
    response = client.get(f"/en/faq/{category}/chongzhi-mima/")
    assert response["Location"] == f"/en/faq/{category}/reset-password/"


def test_article_under_the_wrong_category_redirects(client):
    article = make_article()
    other = make_category()
    response = client.get(f"/en/faq/{other.slug_en}/{article.slug_en}/")
    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()


@pytest.mark.parametrize(
    "path",
    [
        "/en/faq/no-such-category/",
        "/en/faq/no-such-category/no-such-article/",
        "/en/faq/%3Cscript%3E/",
        "/en/faq/" + "a" * 5000 + "/",
        "/fr/faq/",
        "/xx/",
    ],
)
def test_unknown_pages_are_404_in_the_site_look(client, path):
    response = client.get(path)
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html and "<script>" not in html.lower().replace(
        '<script src="/static/', ""
    )


def test_404_is_in_the_visitors_language(client):
    html = client.get("/zh-hans/faq/nothing-here/").content.decode()
    assert "找不到" in html
    assert 'lang="zh-Hans"' in html


def test_category_page_lists_its_public_articles_paginated(client):
    category = make_category()
    for n in range(23):
        make_article(category, title_en=f"Topic {n:02d}")
    first = client.get(category.get_absolute_url()).content.decode()
    second = client.get(category.get_absolute_url() + "?page=2").content.decode()
    assert "Topic 00" in first and "Topic 22" not in first
    assert "Topic 22" in second
    assert client.get(category.get_absolute_url() + "?page=99").status_code == 404
    assert client.get(category.get_absolute_url() + "?page=x").status_code == 404


def test_views_wait_in_the_process_then_count_in_whole_batches(client, settings):
    from faq.services import _view_buffer

    settings.FAQ_VIEW_BUFFER_SECONDS = 3600
    settings.FAQ_VIEW_FLUSH_EVERY = 3
    article = make_article()
    for _ in range(7):
        client.get(article.get_absolute_url())
    assert not article.daily_views.exists()
    _view_buffer.flush()  # as when the process exits
    # Seven views reach the shared counter at once: two whole batches are written.
    assert sum(article.daily_views.values_list("views", flat=True)) == 6
    _view_buffer.flush()
    assert sum(article.daily_views.values_list("views", flat=True)) == 6


def test_views_are_counted_in_batches(client, settings):
    settings.FAQ_VIEW_FLUSH_EVERY = 3
    article = make_article()
    for _ in range(7):
        client.get(article.get_absolute_url())
    # Two full batches written; the seventh view waits in the cache.
    assert sum(article.daily_views.values_list("views", flat=True)) == 6
    popular = list(Article.objects.published().most_viewed(1))
    assert popular == [article]
