"""The transcript by e-mail: asked for on the customer's page when the chat has ended,
sent through the outbox to the address typed there, a limited number of times."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from chat import services
from chat.models import Author
from chat.transcripts import PURPOSE, transcript_request
from feedback.models import Notification
from feedback.outbox import notification_deliver
from tests.chat.conftest import own_chat, start_chat

pytestmark = pytest.mark.django_db


@pytest.fixture
def ended_chat(client, agent):
    """An answered chat that has ended, held by this test client's session."""
    chat = own_chat(client, agent)
    services.message_post(chat=chat, author=Author.CUSTOMER, body="My PIN is locked.")
    services.message_post(chat=chat, author=Author.AGENT, body="Unlocked it for you.", sender=agent)
    services.chat_end(chat=chat)
    return chat


def test_the_customer_gets_the_transcript_through_the_outbox(
    client, ended_chat, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("chat:transcript"), {"email": "ana@example.com"})
    assert response.status_code == 302
    notification = Notification.objects.get(purpose=PURPOSE)
    assert (notification.source_id, notification.submission) == (ended_chat.pk, None)
    assert notification.state == Notification.State.SENT
    (sent,) = mail.outbox
    assert sent.to == ["ana@example.com"]
    assert sent.reply_to == []
    assert "How do I reset my wallet PIN?" in sent.body
    assert "My PIN is locked." in sent.body
    assert "Unlocked it for you." in sent.body
    assert sent.extra_headers["Auto-Submitted"] == "auto-generated"


def test_the_transcripts_links_use_the_site_url(
    client, ended_chat, settings, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "https://help.example.org:8443"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("chat:transcript"), {"email": "ana@example.com"})
    (sent,) = mail.outbox
    urls = re.findall(r"https?://\S+", sent.subject + sent.body)
    assert urls and all(url.startswith("https://help.example.org:8443") for url in urls), urls


def test_the_transcript_is_in_the_chats_language(client, agent, django_capture_on_commit_callbacks):
    chat, _session = start_chat("钱包支付密码忘了", language="zh-hans")
    services.chat_end(chat=chat)
    with django_capture_on_commit_callbacks(execute=True):
        transcript_request(chat=chat, email="li@example.com")
    (sent,) = mail.outbox
    assert "聊天" in sent.subject
    assert "钱包支付密码忘了" in sent.body


@pytest.mark.parametrize("email", ["", "not-an-address", "a@b.example\nBcc: x@evil.example"])
def test_a_bad_address_is_refused_with_a_message(client, ended_chat, email):
    response = client.post(reverse("chat:transcript"), {"email": email})
    assert response.status_code == 400
    assert "Enter a valid e-mail address." in response.content.decode()
    assert not Notification.objects.exists()


def test_only_an_ended_chat_is_sent(client, agent):
    chat, _session = start_chat()
    with pytest.raises(services.ChatError) as refused:
        transcript_request(chat=chat, email="ana@example.com")
    assert refused.value.code == "not_ended"
    assert not Notification.objects.exists()


def test_a_chat_is_sent_a_limited_number_of_times(client, ended_chat, settings):
    settings.CHAT_TRANSCRIPTS_PER_CHAT = 2
    for n in range(2):
        assert (
            client.post(reverse("chat:transcript"), {"email": f"a{n}@example.com"}).status_code
            == 302
        )
    response = client.post(reverse("chat:transcript"), {"email": "a3@example.com"})
    assert response.status_code == 400
    assert "has been sent already" in response.content.decode()
    assert Notification.objects.filter(purpose=PURPOSE).count() == 2


def test_requests_per_client_are_rate_limited(client, ended_chat, settings):
    settings.CHAT_TRANSCRIPT_RATE = "1/h"
    settings.CHAT_TRANSCRIPTS_PER_CHAT = 5
    assert client.post(reverse("chat:transcript"), {"email": "a@example.com"}).status_code == 302
    response = client.post(reverse("chat:transcript"), {"email": "b@example.com"})
    assert response.status_code == 429
    assert Notification.objects.filter(purpose=PURPOSE).count() == 1


def test_without_the_chats_session_nothing_is_sent(client, agent):
    chat, _session = start_chat()  # another browser's chat
    services.chat_end(chat=chat)
    response = client.post(reverse("chat:transcript"), {"email": "eve@example.com"})
    assert response.status_code == 302
    assert not Notification.objects.exists()


def test_turning_a_chat_into_a_case_sends_no_transcript_to_the_staff_entered_address(
    agent, django_capture_on_commit_callbacks
):
    chat, _session = start_chat()
    services.chat_accept(chat_id=chat.pk, agent=agent)
    with django_capture_on_commit_callbacks(execute=True):
        services.chat_to_case(chat=chat, agent=agent, email="someone@example.com")
    assert not Notification.objects.filter(purpose=PURPOSE).exists()
    assert not any("transcript" in m.subject.lower() for m in mail.outbox)


def test_an_anonymised_chat_fails_the_mail_instead_of_sending(ended_chat):
    notification = transcript_request(chat=ended_chat, email="ana@example.com")
    ended_chat.is_anonymised = True
    ended_chat.save(update_fields=["is_anonymised"])
    assert notification_deliver(notification_id=notification.pk) is False
    notification.refresh_from_db()
    assert notification.state == Notification.State.FAILED
    assert not mail.outbox
