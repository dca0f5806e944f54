"""Chat fixtures: a channel layer of this worker's own, customers with their own
browser sessions, agents logged in, and WebSocket connections to the real ASGI
application (Origin check, sessions, login, routing included).

Without REDIS_URL the in-memory layer serves (one process); with it the Redis
layer, under a key prefix per worker so that parallel workers never meet.
"""

import json
import os
import uuid

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.conf import settings as django_settings
from django.contrib.auth.models import Group
from django.contrib.sessions.backends.base import SessionBase
from django.test import Client
from django.utils import timezone
from django.utils.module_loading import import_string

from chat import services
from chat.models import Chat
from chat.threads import close_connections
from chat.tokens import token_for
from contacts.models import Channel
from helpdesk import roles
from helpdesk.asgi import application
from tests.conftest import PASSWORD
from tests.factories import make_channel

ORIGIN = (b"origin", b"http://testserver")


@pytest.fixture(autouse=True)
def _channel_layer(settings):
    layers = django_settings.CHANNEL_LAYERS["default"]
    if layers["BACKEND"].endswith("RedisChannelLayer"):
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        prefix = f"chat-test-{worker}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        settings.CHANNEL_LAYERS = {
            "default": {**layers, "CONFIG": {**layers["CONFIG"], "prefix": prefix}}
        }
    else:
        settings.CHANNEL_LAYERS = {"default": {**layers}}


@pytest.fixture(autouse=True)
def _close_thread_connections():
    """Consumers' database threads keep their connections between calls: closed after
    each test, so that PostgreSQL can drop the test database at the end."""
    yield
    close_connections()


@pytest.fixture
def other_agent(django_user_model):
    """A second agent, with the chat role only."""
    user = django_user_model.objects.create_user(
        username="agent2", password=PASSWORD, email="agent2@example.com", is_staff=True
    )
    roles.sync_roles()
    user.groups.add(Group.objects.get(name=roles.CHAT_AGENTS))
    return user


def make_closed_chat_channel():
    """A worldwide chat channel open one hour a week, three days from today: closed now."""
    weekday = (timezone.now().weekday() + 3) % 7
    return make_channel(
        None,
        kind=Channel.Kind.CHAT,
        value="https://chat.okpay.example",
        hours=[(weekday, "09:00", "10:00")],
    )


def new_session() -> str:
    store: SessionBase = import_string(django_settings.SESSION_ENGINE + ".SessionStore")()
    store.create()
    return store.session_key


def start_chat(question="How do I reset my wallet PIN?", *, queued=True, language="en"):
    """A customer's chat (in the queue by default) and the session it belongs to."""
    session_key = new_session()
    chat = services.chat_start(language=language, question=question, session_key=session_key)
    if queued:
        services.chat_queue(chat=chat)
        chat.refresh_from_db()
    return chat, session_key


def own_chat(client, agent, question="How do I reset my wallet PIN?"):
    """A chat with `agent`, belonging to the test client's browser session."""
    client.get("/en/chat/")
    client.session.save()
    chat, _session = start_chat(question)
    chat.session_key = client.session.session_key
    chat.save(update_fields=["session_key"])
    services.chat_accept(chat_id=chat.pk, agent=agent)
    session = client.session
    session["chat_token"] = token_for(chat)
    session.save()
    return chat


def customer_socket(
    chat: Chat, session_key: str, *, after=0, token=None, origin=ORIGIN, client="10.0.0.1"
):
    token = token_for(chat) if token is None else token
    headers = [(b"cookie", f"{django_settings.SESSION_COOKIE_NAME}={session_key}".encode())]
    if origin is not None:
        headers.append(origin)
    communicator = WebsocketCommunicator(
        application, f"/ws/chat/?token={token}&after={after}", headers
    )
    communicator.scope["client"] = (client, 50000)
    return communicator


def login_cookie(user) -> bytes:
    browser = Client()
    browser.force_login(user)
    name = django_settings.SESSION_COOKIE_NAME
    return f"{name}={browser.cookies[name].value}".encode()


def agent_socket(cookie: bytes | None, *, client="10.0.0.2"):
    headers = [ORIGIN] + ([(b"cookie", cookie)] if cookie else [])
    communicator = WebsocketCommunicator(application, "/ws/chat/desk/", headers)
    communicator.scope["client"] = (client, 50001)
    return communicator


async def receive_until(communicator, kind, *, timeout=3, **match):
    """The next event of `kind` (and matching fields); earlier ones are skipped."""
    while True:
        event = json.loads(await communicator.receive_from(timeout=timeout))
        if event.get("type") == kind and all(event.get(k) == v for k, v in match.items()):
            return event


async def send(communicator, **data):
    await communicator.send_to(text_data=json.dumps(data))


def message(body, client_id=None, **extra):
    return {"type": "message", "body": body, "client_id": str(client_id or uuid.uuid4()), **extra}


db = database_sync_to_async
