"""Transcripts: a case from a chat, the admin under the submission permissions, retention."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from chat import services
from chat.models import Author, Chat, Outcome, State
from feedback.models import ReceivedVia, Submission
from tests.chat.conftest import start_chat

pytestmark = pytest.mark.django_db


def _held_chat(agent):
    chat, _session = start_chat("My transfer is stuck")
    assert services.chat_accept(chat_id=chat.pk, agent=agent)
    chat.refresh_from_db()
    services.message_post(chat=chat, author=Author.CUSTOMER, body="Order 5512 since Monday")
    services.message_post(chat=chat, author=Author.AGENT, body="I will open a case.", sender=agent)
    return chat


def test_turn_into_a_case_carries_the_transcript(client, agent):
    chat = _held_chat(agent)
    client.force_login(agent)
    response = client.post(reverse("chat_desk:case", args=[chat.pk]), {"email": "mei@example.com"})
    assert response.status_code == 302
    submission = Submission.objects.get()
    assert submission.received_via == ReceivedVia.CHAT
    assert submission.email == "mei@example.com"
    assert "Order 5512 since Monday" in submission.description
    assert "I will open a case." in submission.description
    chat.refresh_from_db()
    assert (chat.state, chat.outcome, chat.submission) == (State.ENDED, Outcome.CASE, submission)


def test_case_needs_an_address(client, agent):
    chat = _held_chat(agent)
    client.force_login(agent)
    response = client.post(reverse("chat_desk:case", args=[chat.pk]), {"email": ""})
    assert response.status_code == 400
    assert not Submission.objects.exists()


def test_only_the_chats_agent_may_turn_it_into_a_case(client, agent, other_agent):
    chat = _held_chat(agent)
    client.force_login(other_agent)
    response = client.post(reverse("chat_desk:case", args=[chat.pk]), {"email": "a@example.com"})
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("who", "status"),
    [("editor", 403), ("agent", 200), ("analyst", 200), ("superuser", 200)],
)
def test_transcripts_in_the_admin_follow_submission_permissions(client, cast, who, status):
    chat = _held_chat(cast["agent"])
    client.force_login(cast[who])
    response = client.get(reverse("admin:chat_chat_change", args=[chat.pk]))
    assert response.status_code == status
    if status == 200:
        assert "Order 5512 since Monday" in response.content.decode()


def test_admin_escapes_script_in_transcripts(client, superuser, agent):
    chat = _held_chat(agent)
    services.message_post(chat=chat, author=Author.CUSTOMER, body="<script>alert(1)</script>")
    client.force_login(superuser)
    page = client.get(reverse("admin:chat_chat_change", args=[chat.pk])).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_retention_anonymises_old_chats_with_the_submissions(agent, settings):
    old = _held_chat(agent)
    services.chat_end(chat=old)
    Chat.objects.filter(pk=old.pk).update(ended_at=timezone.now() - datetime.timedelta(days=800))
    recent = _held_chat(agent)
    services.chat_end(chat=recent)
    call_command("feedback_anonymise", days=730)
    old.refresh_from_db()
    assert old.is_anonymised and old.question == "[removed]"
    assert set(old.messages.values_list("body", flat=True)) == {"[removed]"}
    assert old.outcome == Outcome.ANSWERED  # statistics stay
    recent.refresh_from_db()
    assert not recent.is_anonymised
    assert "Order 5512 since Monday" in recent.messages.values_list("body", flat=True)
