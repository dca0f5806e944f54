"""Translations remember the English text they were made from, and say when it changed."""

import pytest
from django.urls import reverse
from django.utils.translation import override

from faq.models import Article
from tests.factories import article_admin_form, make_article
from tests.html import elements

pytestmark = pytest.mark.django_db


def reload(article):
    return Article.objects.get(pk=article.pk)


def edit(article, **fields):
    article = reload(article)
    for name, value in fields.items():
        setattr(article, name, value)
    article.save()
    return reload(article)


def test_a_new_article_has_no_outdated_translation():
    article = make_article()
    assert article.outdated_languages() == []


@pytest.mark.parametrize("field", ["title_en", "summary_en", "body_en"])
def test_an_english_change_outdates_every_translation(field):
    article = edit(make_article(), **{field: "Changed English text."})
    assert article.outdated_languages() == ["zh-hans", "zh-hant"]
    assert list(Article.objects.outdated("zh-hant")) == [article]


def test_other_changes_outdate_nothing():
    article = make_article(body_en="One.\nTwo.")
    article = edit(article, keywords_en="new words", body_en="One.\r\nTwo.", status="draft")
    assert article.outdated_languages() == []
    assert not Article.objects.outdated("zh-hans").exists()


def test_editing_a_translation_makes_it_current():
    article = edit(make_article(), body_en="New English.")
    article = edit(article, body_zh_hans="新的中文。")
    assert article.outdated_languages() == ["zh-hant"]
    assert list(Article.objects.outdated("zh-hans")) == []


def test_an_untranslated_language_is_not_outdated_but_missing():
    article = make_article(title_zh_hant="", body_zh_hant="")
    article = edit(article, body_en="New English.")
    assert article.outdated_languages() == ["zh-hans"]
    assert not Article.objects.outdated("zh-hant").exists()


def test_the_admin_lists_filters_and_shows_what_changed(client, editor):
    stale = edit(make_article(body_en="Tap Send money."), body_en="Tap Pay and send.")
    fresh = make_article()
    client.force_login(editor)
    changelist = reverse("admin:faq_article_changelist")
    html = client.get(changelist, {"outdated": "zh-hant"}).content.decode()
    assert stale.title_en in html and fresh.title_en not in html
    assert "Chinese" in html  # the column names the languages

    page = client.get(reverse("admin:faq_article_change", args=[stale.pk])).content.decode()
    diff = page[page.index('data-testid="english-changes"') :]
    assert "<del>Send money" in diff and "<ins>Pay and send" in diff


def test_the_admin_form_marks_a_translation_current(client, editor):
    article = edit(make_article(), body_en="New English.")
    client.force_login(editor)
    url = reverse("admin:faq_article_change", args=[article.pk])
    response = client.post(url, article_admin_form(article, mark_current=["zh-hant"]))
    assert response.status_code == 302
    assert reload(article).outdated_languages() == ["zh-hans"]


def test_the_public_page_notes_an_outdated_translation(client):
    article = edit(make_article(), body_en="New English.")
    article = edit(article, body_zh_hans="新的中文。")
    with override("zh-hant"):
        stale_url = article.get_absolute_url()
    with override("zh-hans"):
        current_url = article.get_absolute_url()
    with override("en"):
        english_url = article.get_absolute_url()

    html = client.get(stale_url).content.decode()
    notes = [attrs for tag, attrs in elements(html) if attrs.get("data-testid") == "outdated-note"]
    assert notes
    assert f'href="{english_url}"' in html[html.index('data-testid="outdated-note"') :]
    assert 'data-testid="outdated-note"' not in client.get(current_url).content.decode()
    assert 'data-testid="outdated-note"' not in client.get(english_url).content.decode()
