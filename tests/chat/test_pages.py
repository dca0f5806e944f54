"""The customer's chat page and the desk page: who may see what, and what they offer."""

import pytest
from django.urls import reverse

from chat.models import Chat, Presence, State
from chat.views import SESSION_TOKEN
from tests.chat.conftest import make_closed_chat_channel
from tests.factories import make_article
from tests.html import by_testid

pytestmark = pytest.mark.django_db


@pytest.fixture
def agent_online(agent):
    Presence.objects.create(agent=agent, status=Presence.Status.ONLINE, connections=1)
    return agent


def _state(response):
    (element,) = by_testid(response.content.decode(), "chat-state")
    return element["data-state"]


def test_without_agents_the_page_offers_the_form(client):
    response = client.get("/en/chat/")
    assert response.status_code == 200
    assert _state(response) == "offline"
    assert by_testid(response.content.decode(), "chat-to-form")


def test_closed_chat_carries_the_question_to_the_form(client):
    response = client.post(reverse("chat:start"), {"question": "Refund for order 7781?"})
    assert response.status_code == 200
    assert _state(response) == "offline"
    (link,) = by_testid(response.content.decode(), "chat-to-form")
    assert "Refund+for+order+7781" in link["href"]
    assert not Chat.objects.exists()
    form = client.get(link["href"])
    assert "Refund for order 7781?" in form.content.decode()


def test_outside_the_chat_channels_hours_says_when_it_opens(client, agent_online):
    make_closed_chat_channel()
    response = client.get("/en/chat/")
    assert _state(response) == "offline"
    assert "It opens again" in response.content.decode()


def test_start_shows_three_answers_first(client, agent_online):
    for n in range(4):
        make_article(title_en=f"Reset your wallet PIN {n}", body_en="Reset the PIN in settings.")
    response = client.post(reverse("chat:start"), {"question": "reset wallet PIN"})
    assert response.status_code == 302
    chat = Chat.objects.get()
    assert (chat.state, chat.language, chat.question) == (State.ANSWERS, "en", "reset wallet PIN")
    assert client.session[SESSION_TOKEN]
    page = client.get(response["Location"]).content.decode()
    assert len(by_testid(page, "search-result")) == 3
    assert by_testid(page, "chat-state")[0]["data-state"] == "answers"
    assert "never ask for your password" in page


def test_start_refuses_a_secret_with_the_reason(client, agent_online):
    response = client.post(reverse("chat:start"), {"question": "my password is Hunter2024!"})
    assert response.status_code == 400
    assert "Please remove a password" in response.content.decode()
    assert not Chat.objects.exists()


def test_start_in_chinese_keeps_the_language(client, agent_online):
    client.post("/zh-hans/chat/start/", {"question": "怎么重置密码"})
    assert Chat.objects.get().language == "zh-hans"


def test_chat_start_is_rate_limited(client, agent_online, settings):
    settings.CHAT_START_RATE = "2/h"
    for _ in range(2):
        assert client.post(reverse("chat:start"), {"question": "hello"}).status_code == 302
    assert client.post(reverse("chat:start"), {"question": "hello"}).status_code == 429


def test_leave_ends_the_chat_and_forgets_it(client, agent_online):
    client.post(reverse("chat:start"), {"question": "hello"})
    client.post(reverse("chat:leave"))
    assert Chat.objects.get().state == State.ENDED
    assert SESSION_TOKEN not in client.session


def test_get_never_starts_a_chat(client, agent_online):
    assert client.get(reverse("chat:start")).status_code == 405
    assert not Chat.objects.exists()


@pytest.mark.parametrize(
    ("who", "status"), [("anonymous", 302), ("editor", 403), ("analyst", 403), ("agent", 200)]
)
def test_desk_needs_the_chat_role(client, cast, who, status):
    if who != "anonymous":
        client.force_login(cast[who])
    assert client.get("/staff/chat/").status_code == status


def test_desk_offers_the_other_agents_and_the_queues(client, agent, other_agent, cast):
    client.force_login(agent)
    page = client.get("/staff/chat/").content.decode()
    assert f'<option value="{other_agent.pk}">agent2</option>' in page
    assert f'<option value="{agent.pk}">' not in page  # not to oneself
    assert f'<option value="{cast["editor"].pk}">' not in page  # no chat role
    assert '<option value="zh-hant">' in page
