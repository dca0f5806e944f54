"""The channel layer (Redis) down mid-chat: the page says chat is unavailable and
offers the form with what the customer wrote; the socket closes with "try later"."""

import pytest
from django.urls import reverse

from chat import services
from chat.consumers import CLOSE_UNAVAILABLE
from chat.models import Author
from tests.chat.conftest import customer_socket, db, own_chat, start_chat
from tests.html import by_testid

# Nothing listens on port 1: every call to this layer fails as a stopped Redis does.
DEAD_REDIS = {
    "default": {
        "BACKEND": "channels_redis.core.RedisChannelLayer",
        "CONFIG": {"hosts": ["redis://127.0.0.1:1/0"]},
    }
}


@pytest.fixture
def chat(client, agent):
    chat = own_chat(client, agent, "My card payment failed")
    services.message_post(chat=chat, author=Author.CUSTOMER, body="It says error 51.")
    return chat


@pytest.mark.django_db
def test_with_the_layer_up_the_page_draws_the_live_chat(client, chat):
    page = client.get(reverse("chat:chat")).content.decode()
    (notice,) = by_testid(page, "chat-unavailable")
    assert "hidden" in notice
    assert "<span data-chat-unavailable-text></span>" in page


@pytest.mark.django_db
def test_with_the_layer_down_the_page_offers_the_form_with_what_was_typed(client, chat, settings):
    settings.CHANNEL_LAYERS = DEAD_REDIS
    response = client.get(reverse("chat:chat"))
    assert response.status_code == 200
    page = response.content.decode()
    (notice,) = by_testid(page, "chat-unavailable")
    assert "hidden" not in notice
    assert "<span data-chat-unavailable-text>Chat is unavailable right now." in page
    (link,) = by_testid(page, "chat-to-form")
    form = client.get(link["href"]).content.decode()
    assert "My card payment failed" in form
    assert "It says error 51." in form


@pytest.mark.asyncio
@pytest.mark.django_db(transaction=True)
async def test_a_socket_opened_while_the_layer_is_down_closes_with_try_later(settings):
    chat, session_key = await db(start_chat)()
    settings.CHANNEL_LAYERS = DEAD_REDIS
    connected, code = await customer_socket(chat, session_key).connect()
    assert (connected, code) == (False, CLOSE_UNAVAILABLE)
