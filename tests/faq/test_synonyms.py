"""Editors keep the synonym list in the admin, in each language, with history."""

import pytest
from django.urls import reverse

from faq.models import Synonym
from faq.search import search_articles
from helpdesk.content.demo import CONTENT_DIR
from helpdesk.content.importer import import_content
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_editor_adds_a_group_and_search_uses_it(client, editor):
    make_article(slug_en="2fa", title_en="Turn on two-factor authentication")
    assert search_articles("2fa", language="en").count() == 0
    client.force_login(editor)
    response = client.post(
        reverse("admin:faq_synonym_add"), {"language": "en", "terms": "2FA, two-factor"}
    )
    assert response.status_code == 302
    assert [a.slug_en for a in search_articles("2fa", language="en")[:3]] == ["2fa"]
    synonym = Synonym.objects.get()
    assert synonym.history.get().history_user == editor


@pytest.mark.parametrize("role", ["agent", "analyst"])
def test_other_staff_cannot_change_synonyms(client, cast, role):
    client.force_login(cast[role])
    assert client.get(reverse("admin:faq_synonym_changelist")).status_code == 403
    response = client.post(reverse("admin:faq_synonym_add"), {"language": "en", "terms": "a, b"})
    assert response.status_code == 403
    assert not Synonym.objects.exists()


def test_anonymous_is_sent_to_login(client):
    assert client.get(reverse("admin:faq_synonym_changelist"))["Location"].startswith(
        "/admin/login/"
    )


def test_traditional_chinese_group():
    make_article(slug_en="w", title_zh_hant="如何提領", body_zh_hant="提領到銀行帳戶。")
    Synonym.objects.create(language="zh-hant", terms="提領, 領錢")
    assert [a.slug_en for a in search_articles("我要領錢", language="zh-hant")[:3]] == ["w"]


def test_demo_groups_load_once():
    first = import_content(CONTENT_DIR).count("add")
    count = Synonym.objects.count()
    assert import_content(CONTENT_DIR).count("add") == 0
    assert Synonym.objects.count() == count
    assert count >= 50 and first > count
    assert {language for language in Synonym.objects.values_list("language", flat=True)} == {
        "en",
        "zh-hans",
        "zh-hant",
    }
