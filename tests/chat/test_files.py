"""Files in a chat: the forms' upload checks, stored with the message, and served
only to the chat's own customer and to the agent holding it (or staff who may see
transcripts), as a download."""

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from chat.models import Author, Message
from tests.chat.conftest import own_chat
from tests.files import png_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def chat(client, agent):
    """A chat with an agent, held by this test client's session."""
    return own_chat(client, agent)


def _png(name="screenshot.png"):
    return SimpleUploadedFile(name, png_bytes(), content_type="image/png")


def test_the_customers_file_is_stored_and_reaches_the_agent(client, chat, agent):
    response = client.post(reverse("chat:file_upload"), {"file": _png(), "caption": "The error"})
    assert response.status_code == 200, response.content
    message = Message.objects.get(chat=chat)
    assert response.json() == {"seq": message.seq}
    assert (message.author, message.body) == (Author.CUSTOMER, "The error")
    assert message.as_event()["file"].endswith(".png")
    assert "screenshot" not in message.attachment.name  # the client's name is not kept

    own = client.get(reverse("chat:file", args=[message.seq]))
    assert own.status_code == 200
    assert own["Content-Disposition"].startswith("attachment")
    assert own["Content-Type"] == "image/png"
    assert own["X-Content-Type-Options"] == "nosniff"
    assert b"".join(own.streaming_content).startswith(b"\x89PNG")

    desk = Client()
    desk.force_login(agent)
    held = desk.get(reverse("chat_desk:file", args=[chat.pk, message.seq]))
    assert held.status_code == 200


def test_a_hostile_file_is_refused_and_nothing_is_stored(client, chat):
    script = SimpleUploadedFile("invoice.png", b"<html><script>alert(1)</script>", "image/png")
    response = client.post(reverse("chat:file_upload"), {"file": script})
    assert response.status_code == 400
    assert response.json()["code"] == "bad_file"
    assert "damaged or is not the kind of file" in response.json()["error"]
    executable = SimpleUploadedFile("setup.exe", b"MZ\x90\x00", "application/octet-stream")
    response = client.post(reverse("chat:file_upload"), {"file": executable})
    assert response.status_code == 400
    assert "Only images" in response.json()["error"]
    assert not Message.objects.exists()


def test_an_empty_post_is_a_clear_error(client, chat):
    response = client.post(reverse("chat:file_upload"), {})
    assert response.status_code == 400
    assert response.json()["error"] == "Choose a file to send."


def test_another_visitor_or_agent_cannot_fetch_the_file(client, chat, other_agent):
    client.post(reverse("chat:file_upload"), {"file": _png()})
    seq = Message.objects.get().seq
    stranger = Client()
    stranger.get("/en/chat/")
    assert stranger.get(reverse("chat:file", args=[seq])).status_code == 404
    colleague = Client()
    colleague.force_login(other_agent)
    assert colleague.get(reverse("chat_desk:file", args=[chat.pk, seq])).status_code == 403
    assert (
        colleague.post(
            reverse("chat_desk:file_upload", args=[chat.pk]), {"file": _png()}
        ).status_code
        == 404
    )
    assert Message.objects.count() == 1


def test_staff_who_see_transcripts_may_fetch_the_file(client, chat, other_agent):
    client.post(reverse("chat:file_upload"), {"file": _png()})
    other_agent.user_permissions.add(Permission.objects.get(codename="view_submission"))
    colleague = Client()
    colleague.force_login(other_agent)
    seq = Message.objects.get().seq
    assert colleague.get(reverse("chat_desk:file", args=[chat.pk, seq])).status_code == 200


def test_the_agent_sends_a_file_into_a_held_chat(client, chat, agent):
    desk = Client()
    desk.force_login(agent)
    response = desk.post(reverse("chat_desk:file_upload", args=[chat.pk]), {"file": _png()})
    assert response.status_code == 200
    message = Message.objects.get()
    assert (message.author, message.sender) == (Author.AGENT, agent)
    assert client.get(reverse("chat:file", args=[message.seq])).status_code == 200


def test_files_are_rate_limited(client, chat, settings):
    settings.CHAT_FILE_RATE = "1/h"
    assert client.post(reverse("chat:file_upload"), {"file": _png()}).status_code == 200
    assert client.post(reverse("chat:file_upload"), {"file": _png()}).status_code == 429
    assert Message.objects.count() == 1
