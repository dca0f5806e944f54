"""A draft of a published article: the live text stays until an editor publishes."""

import pytest
from django.urls import reverse

from faq.models import Article
from tests.factories import article_admin_form, make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def live():
    return make_article(title_en="Live title", body_en="Live body.")


def change_url(article):
    return reverse("admin:faq_article_change", args=[article.pk])


def test_save_draft_keeps_the_live_text_and_the_editor_continues_the_draft(client, editor, live):
    client.force_login(editor)
    form = article_admin_form(live, body_en="Draft body.", _save_draft="Save draft")
    response = client.post(change_url(live), form)
    assert response.status_code == 302 and response["Location"] == change_url(live)
    stored = Article.objects.get(pk=live.pk)
    assert stored.body_en == "Live body." and stored.draft_texts == {"body_en": "Draft body."}

    # The public still reads the live text; the form shows the draft.
    client.logout()
    assert "Live body." in client.get(live.get_absolute_url()).content.decode()
    client.force_login(editor)
    page = client.get(change_url(live)).content.decode()
    assert "Draft body." in page and 'data-testid="save-draft"' in page
    assert page.index("draft=1") < page.index('name="category"')  # preview link at the top

    preview = client.get(live.get_absolute_url(), {"draft": "1"}).content.decode()
    assert "Draft body." in preview and 'data-testid="draft-note"' in preview


def test_publishing_puts_the_draft_live_and_clears_it(client, editor, live):
    client.force_login(editor)
    client.post(change_url(live), article_admin_form(live, body_en="Draft body.", _save_draft="1"))
    response = client.post(change_url(live), article_admin_form(live, body_en="Draft body."))
    assert response.status_code == 302
    stored = Article.objects.get(pk=live.pk)
    assert stored.body_en == "Draft body." and stored.draft_texts == {}
    client.logout()
    assert "Draft body." in client.get(live.get_absolute_url()).content.decode()


def test_visitors_cannot_see_a_draft(client, customer, live):
    Article.objects.filter(pk=live.pk).update(draft_texts={"body_en": "Secret draft."})
    for user in (None, customer):
        if user:
            client.force_login(user)
        html = client.get(live.get_absolute_url(), {"draft": "1"}).content.decode()
        assert "Secret draft." not in html and "Live body." in html


def test_a_draft_is_checked_like_published_text(client, editor, live):
    client.force_login(editor)
    form = article_admin_form(live, body_en="Call +44 20 7946 0555.", _save_draft="1")
    response = client.post(change_url(live), form)
    assert response.status_code == 200
    assert Article.objects.get(pk=live.pk).draft_texts == {}


def test_setting_a_live_article_to_draft_warns(client, editor, live):
    client.force_login(editor)
    response = client.post(change_url(live), article_admin_form(live, status="draft"), follow=True)
    assert "no longer on the public site" in response.content.decode()
