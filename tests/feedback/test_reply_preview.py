"""The reply page: the agent sees the e-mail before it goes, "Send" sends only the
text previewed, and the greeting is written once."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from feedback import ratings, replytext
from feedback.models import Notification, Reply, Status
from tests.factories import make_submission, submission_admin_form

pytestmark = pytest.mark.django_db


def without_case_link(body):
    """The mail without its case-page link, which is signed with the time it is made."""
    return re.sub(r"/status/r/\S+", "/status/r/…", body)


def reply_url(submission):
    return reverse("admin:feedback_submission_reply", args=[submission.pk])


def preview(client, submission, body, **extra):
    response = client.post(reply_url(submission), {"body": body, "action": "preview", **extra})
    assert response.status_code == 200
    return response


@pytest.mark.parametrize(
    ("text", "greets"),
    [
        ("Hello Arjun, we have refunded you.", True),
        ("hi Arjun,\n\nDone.", True),
        ("Dear Mr Patel,", True),
        ("Good morning Arjun", True),
        ("您好，退款已处理。", True),
        ("親愛的陳先生：", True),
        ("We have refunded you. Hello again soon!", False),
        ("Highlights of your case: done.", False),
        ("", False),
    ],
)
def test_greetings_are_recognised(text, greets):
    assert replytext.starts_with_greeting(text) is greets


def test_the_preview_shows_the_mail_with_one_greeting(client, agent):
    submission = make_submission(name="Arjun")
    client.force_login(agent)
    response = preview(client, submission, "Hello Arjun, we have refunded you.")
    subject, body = response.context["preview"]
    assert submission.reference in subject
    assert body.count("Hello Arjun") == 1
    assert body.startswith("Hello Arjun, we have refunded you.")
    assert 'data-testid="reply-send"' in response.content.decode()
    assert Reply.objects.count() == 0  # a preview sends nothing


def test_the_template_greets_when_the_agent_did_not(client, agent):
    submission = make_submission(name="Arjun", language="en")
    client.force_login(agent)
    _subject, body = preview(client, submission, "We have refunded you.").context["preview"]
    assert body.startswith("Hello Arjun,\n\nWe have refunded you.")


def test_send_without_preview_only_shows_the_preview(client, agent):
    submission = make_submission()
    client.force_login(agent)
    response = client.post(reply_url(submission), {"body": "Done.", "action": "send"})
    assert response.status_code == 200
    assert response.context["preview"] is not None
    assert response.context["form"].non_field_errors()
    assert Reply.objects.count() == 0


def test_text_changed_after_the_preview_is_not_sent(client, agent):
    submission = make_submission()
    client.force_login(agent)
    token = preview(client, submission, "Done.").context["form"]["previewed"].value()
    response = client.post(
        reply_url(submission), {"body": "Done, and more.", "previewed": token, "action": "send"}
    )
    assert response.status_code == 200
    assert Reply.objects.count() == 0
    assert response.context["preview"][1].count("Done, and more.") == 1


def test_the_previewed_text_is_sent_as_previewed(client, agent, django_capture_on_commit_callbacks):
    submission = make_submission(name="Arjun")
    client.force_login(agent)
    shown = preview(client, submission, "Hello Arjun, we have refunded you.")
    token = shown.context["form"]["previewed"].value()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reply_url(submission),
            {"body": "Hello Arjun, we have refunded you.", "previewed": token, "action": "send"},
        )
    assert response.status_code == 302
    sent = [without_case_link(message.body) for message in mail.outbox]
    assert sent == [without_case_link(shown.context["preview"][1])]
    assert mail.outbox[0].subject == shown.context["preview"][0]


def test_an_empty_reply_is_refused_with_a_message(client, agent):
    client.force_login(agent)
    response = client.post(reply_url(make_submission()), {"body": "  ", "action": "preview"})
    assert response.status_code == 200
    assert "body" in response.context["form"].errors


@pytest.mark.parametrize(
    ("role", "kind", "status"),
    [
        ("anonymous", "feedback", 302),
        ("customer", "feedback", 302),
        ("editor", "feedback", 404),
        ("analyst", "feedback", 404),
        ("agent", "suspicious", 404),
        ("agent", "feedback", 200),
        ("analyst", "suspicious", 200),
        ("superuser", "suspicious", 200),
    ],
)
def test_who_may_open_the_reply_page(client, cast, role, kind, status):
    if cast[role]:
        client.force_login(cast[role])
    response = client.get(reply_url(make_submission(kind=kind)))
    assert response.status_code == status


def test_a_reply_that_resolves_sends_one_mail_with_the_rating_question(
    client, agent, django_capture_on_commit_callbacks
):
    submission = make_submission(name="Arjun", language="en")
    client.force_login(agent)
    text = "We have refunded you."
    shown = preview(client, submission, text, set_status=Status.RESOLVED)
    _subject, previewed = shown.context["preview"]
    assert "Did we solve your problem?" in previewed
    token = shown.context["form"]["previewed"].value()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reply_url(submission),
            {"body": text, "set_status": Status.RESOLVED, "previewed": token, "action": "send"},
        )
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == Status.RESOLVED
    [message] = mail.outbox  # the reply carries the question: no second mail
    assert without_case_link(message.body) == without_case_link(previewed)
    assert message.body.count(text) == 1
    for score in ratings.SCORES:
        assert f"/rate/?score={score}\n" in message.body
    assert not Notification.objects.filter(purpose=Notification.Purpose.RESOLVED).exists()


def test_a_reply_that_keeps_the_case_open_does_not_ask_for_a_rating(client, agent):
    submission = make_submission(language="en")
    client.force_login(agent)
    _subject, body = preview(client, submission, "Done.").context["preview"]
    assert "Did we solve your problem?" not in body


def test_the_case_page_reply_box_goes_through_the_preview(client, agent):
    submission = make_submission(name="Arjun")
    client.force_login(agent)
    change_url = reverse("admin:feedback_submission_change", args=[submission.pk])
    page = client.get(change_url).content.decode()
    assert f'<form id="reply-box" method="post" action="{reply_url(submission)}">' in page
    assert 'name="body" form="reply-box"' in page
    assert 'data-testid="reply-box-preview"' in page
    assert "replies-TOTAL_FORMS" not in page  # no reply that skips the preview
    # What the box posts: the reply page's preview, nothing sent yet.
    response = preview(client, submission, "Hello Arjun, done.")
    assert response.context["preview"][1].count("Hello Arjun") == 1
    assert Reply.objects.count() == 0


def test_a_reply_posted_with_the_case_form_is_not_sent(client, agent):
    submission = make_submission()
    client.force_login(agent)
    data = submission_admin_form(
        submission, **{"replies-TOTAL_FORMS": "1", "replies-0-body": "Unpreviewed."}
    )
    url = reverse("admin:feedback_submission_change", args=[submission.pk])
    assert client.post(url, data).status_code == 302
    assert Reply.objects.count() == 0 and not mail.outbox
