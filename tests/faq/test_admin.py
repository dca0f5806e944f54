"""Staff pages for the knowledge base, for each role, and history of changes."""

import pytest
from django.urls import reverse

from faq.models import Article, Vote
from tests.factories import article_admin_form, make_article
from tests.html import elements

pytestmark = pytest.mark.django_db


@pytest.fixture
def article():
    return make_article(title_en="Admin <b>title</b>")


def admin_urls(article):
    return [
        reverse("admin:faq_article_changelist"),
        reverse("admin:faq_article_add"),
        reverse("admin:faq_article_change", args=[article.pk]),
        reverse("admin:faq_article_history", args=[article.pk]),
        reverse("admin:faq_category_changelist"),
        reverse("admin:faq_category_change", args=[article.category.pk]),
        reverse("admin:faq_vote_changelist"),
    ]


@pytest.mark.parametrize("role", ["editor", "superuser"])
def test_content_staff_can_open_every_page(client, cast, article, role):
    client.force_login(cast[role])
    for url in admin_urls(article):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert "Admin <b>title</b>" not in html  # escaped, never raw
        # Staff pages work offline too: every script and stylesheet is ours.
        assets = [
            attrs.get("src") or attrs.get("href")
            for tag, attrs in elements(html)
            if (tag == "script" and attrs.get("src"))
            or (tag == "link" and attrs.get("rel") == "stylesheet")
        ]
        assert assets
        assert all(a.startswith("/") and not a.startswith("//") for a in assets), assets


def test_anonymous_and_customers_are_sent_to_login(client, customer, article):
    for url in admin_urls(article):
        assert client.get(url)["Location"].startswith("/admin/login/")
    client.force_login(customer)
    for url in admin_urls(article):
        assert client.get(url)["Location"].startswith("/admin/login/")


@pytest.mark.parametrize("role", ["agent", "analyst"])
def test_other_staff_cannot_edit_articles(client, cast, article, role):
    client.force_login(cast[role])
    assert client.get(reverse("admin:faq_article_add")).status_code == 403
    change = client.post(
        reverse("admin:faq_article_change", args=[article.pk]), {"title_en": "Hijacked"}
    )
    assert change.status_code == 403
    article.refresh_from_db()
    assert article.title_en == "Admin <b>title</b>"


def test_changelist_filters_search_and_vote_counts(client, editor, article):
    Vote.objects.create(article=article, visitor="a", helpful=True, language="en")
    Vote.objects.create(
        article=article, visitor="b", helpful=False, comment="No fee table", language="en"
    )
    untranslated = make_article(title_en="Only English", title_zh_hant="", body_zh_hant="")
    client.force_login(editor)
    url = reverse("admin:faq_article_changelist")
    html = client.get(url, {"missing": "zh-hant"}).content.decode()
    assert "Only English" in html and "Admin &lt;b&gt;title" not in html
    html = client.get(url, {"q": "Only English"}).content.decode()
    assert "Only English" in html
    html = client.get(url, {"status__exact": "draft"}).content.decode()
    assert "0 articles" in html or "Only English" not in html
    change = client.get(reverse("admin:faq_article_change", args=[article.pk])).content.decode()
    assert "No fee table" in change
    changelist = client.get(url).content.decode()
    assert '<td class="field-helpful_total">1</td>' in changelist
    assert '<td class="field-not_helpful_total">1</td>' in changelist
    assert untranslated.pk


def test_edit_in_admin_is_recorded_in_history_with_the_editor(client, editor, article):
    client.force_login(editor)
    url = reverse("admin:faq_article_change", args=[article.pk])
    data = article_admin_form(article, title_zh_hans="新的标题")
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    latest = Article.history.filter(id=article.pk).latest("history_date")
    assert latest.title_zh_hans == "新的标题"
    assert latest.history_user == editor
    history = client.get(reverse("admin:faq_article_history", args=[article.pk]))
    assert "editor" in history.content.decode()
    # The public page shows the new title on the next request.
    page = client.get(f"/zh-hans/faq/{article.category.slug_en}/{article.slug_en}/")
    assert "新的标题" in page.content.decode()
