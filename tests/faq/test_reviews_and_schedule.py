"""Scheduled unpublishing (in the one published() rule), review dates and reminders."""

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from faq.models import Article
from faq.reviews import send_review_reminders
from faq.tasks import review_reminders
from tests.factories import make_article

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def test_an_article_leaves_the_public_site_at_its_unpublish_date(client):
    now = timezone.now()
    ended = make_article(unpublish_at=now - datetime.timedelta(minutes=1))
    ending = make_article(unpublish_at=now + DAY)
    assert set(Article.objects.published()) == {ending}
    assert not ended.is_public and ending.is_public
    assert client.get(ended.get_absolute_url()).status_code == 404
    assert client.get(ending.get_absolute_url()).status_code == 200
    html = client.get(ending.category.get_absolute_url()).content.decode()
    assert ending.title_en in html
    assert ended.title_en not in client.get(ended.category.get_absolute_url()).content.decode()


def test_search_stops_finding_an_article_at_its_unpublish_date(client, settings):
    article = make_article(title_en="Unicorn payments", body_en="Unicorn payments explained.")
    found = client.get("/en/search/", {"q": "unicorn"}).content.decode()
    assert article.get_absolute_url() in found
    Article.objects.filter(pk=article.pk).update(unpublish_at=timezone.now() - DAY)
    call_command("rebuild_search_index", stdout=StringIO())
    gone = client.get("/en/search/", {"q": "unicorn payments"}).content.decode()
    assert article.get_absolute_url() not in gone


def test_the_unpublish_date_must_follow_the_publish_date():
    article = make_article()
    article.unpublish_at = article.publish_at - DAY
    with pytest.raises(ValidationError) as raised:
        article.full_clean()
    assert "unpublish_at" in raised.value.message_dict


def test_the_admin_lists_articles_due_for_review(client, editor):
    today = timezone.localdate()
    due = make_article(review_by=today, owner=editor)
    later = make_article(review_by=today + DAY, owner=editor)
    client.force_login(editor)
    html = client.get(reverse("admin:faq_article_changelist"), {"review": "due"}).content.decode()
    assert due.title_en in html and later.title_en not in html


def test_owners_get_one_reminder_listing_their_due_articles(editor, agent, django_user_model):
    today = timezone.localdate()
    editor.email, agent.email = "editor@okpay.example", "agent@okpay.example"
    editor.save(), agent.save()
    silent = django_user_model.objects.create_user("silent", email="", is_staff=True)
    make_article(title_en="Due one", review_by=today - DAY, owner=editor)
    make_article(title_en="Due two", review_by=today, owner=editor)
    make_article(title_en="Not yet", review_by=today + DAY, owner=editor)
    make_article(title_en="Archived", review_by=today, owner=editor, status="archived")
    make_article(title_en="Agent's", review_by=today, owner=agent)
    make_article(title_en="No address", review_by=today, owner=silent)

    assert send_review_reminders(today) == 2
    by_owner = {message.to[0]: message for message in mail.outbox}
    assert set(by_owner) == {"editor@okpay.example", "agent@okpay.example"}
    body = by_owner["editor@okpay.example"].body
    assert "Due one" in body and "Due two" in body
    assert "Not yet" not in body and "Archived" not in body and "Agent" not in body
    assert "2 articles are due for review" in by_owner["editor@okpay.example"].subject
    assert "?review=due" in body


def test_the_weekly_task_and_the_command_send_the_reminders(editor):
    editor.email = "editor@okpay.example"
    editor.save()
    make_article(review_by=timezone.localdate(), owner=editor)
    assert review_reminders.call() == 1
    out = StringIO()
    call_command("send_review_reminders", stdout=out)
    assert "Review reminders sent: 1." in out.getvalue()
    assert len(mail.outbox) == 2
