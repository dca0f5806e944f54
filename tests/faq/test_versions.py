"""What changed between two versions of an article, per language, and restoring one."""

import pytest
from django.urls import reverse

from faq.models import Article, Category
from tests.factories import article_admin_form, make_article, make_category
from tests.html import elements

pytestmark = pytest.mark.django_db


@pytest.fixture
def versions(client, editor):
    """An article saved three times through the admin by an editor."""
    article = make_article(body_zh_hans="第一版：点击发送。", body_en="Tap Send.")
    client.force_login(editor)
    url = reverse("admin:faq_article_change", args=[article.pk])
    for body in ("第二版：点击付款。", "第三版：点击付款并确认。"):
        response = client.post(url, article_admin_form(article, body_zh_hans=body))
        assert response.status_code == 302
    return article


def diff_of(client, article, **params):
    url = reverse("admin:faq_article_compare", args=[article.pk])
    response = client.get(url, params)
    assert response.status_code == 200
    html = response.content.decode()
    return html[html.index('data-testid="version-diff"') :]


def test_the_history_links_to_a_comparison_of_the_latest_two(client, versions):
    history = client.get(reverse("admin:faq_article_history", args=[versions.pk]))
    links = [a.get("href") for tag, a in elements(history.content.decode()) if tag == "a"]
    assert reverse("admin:faq_article_compare", args=[versions.pk]) in links
    diff = diff_of(client, versions, language="zh-hans")
    assert "<del>二</del><ins>三</ins>" in diff and "<ins>并确认</ins>" in diff


def test_any_two_versions_in_any_language(client, versions):
    history = list(Article.history.filter(id=versions.pk).order_by("history_date"))
    first, last = history[0].history_id, history[-1].history_id
    diff = diff_of(client, versions, **{"from": first, "to": last, "language": "zh-hans"})
    assert "<del>一</del>" in diff and "<del>发送</del>" in diff
    english = diff_of(client, versions, **{"from": first, "to": last, "language": "en"})
    assert "<del>" not in english and "<ins>" not in english  # English never changed


def test_a_diff_escapes_what_editors_wrote(client, editor):
    article = make_article(body_en="<script>alert(1)</script> old")
    client.force_login(editor)
    url = reverse("admin:faq_article_change", args=[article.pk])
    client.post(url, article_admin_form(article, body_en="<script>alert(2)</script> new"))
    diff = diff_of(client, article)
    assert "<script>" not in diff and "&lt;script&gt;" in diff


def test_restoring_a_version_whose_category_was_deleted_says_why(client, versions):
    old = Article.history.filter(id=versions.pk).earliest("history_date")
    gone = make_category()
    Article.history.filter(history_id=old.history_id).update(category_id=gone.pk)
    Category.objects.filter(pk=gone.pk).delete()
    url = reverse("admin:faq_article_simple_history", args=[versions.pk, old.history_id])
    for method in (client.get, client.post):
        response = method(url)
        assert response.status_code == 302
        page = client.get(response["Location"]).content.decode()
        assert "category has been deleted" in page
    assert Article.objects.get(pk=versions.pk).body_zh_hans == "第三版：点击付款并确认。"


def test_restoring_an_earlier_version(client, versions):
    old = Article.history.filter(id=versions.pk).earliest("history_date")
    url = reverse("admin:faq_article_simple_history", args=[versions.pk, old.history_id])
    assert client.get(url).status_code == 200
    data = article_admin_form(old.instance)
    assert client.post(url, data).status_code == 302
    assert Article.objects.get(pk=versions.pk).body_zh_hans == "第一版：点击发送。"
