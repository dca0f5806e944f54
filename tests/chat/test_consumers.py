"""Every rule of the chat's WebSocket ends, through the real ASGI application.

Runs on the in-memory channel layer (SQLite) and, with REDIS_URL set, on the
Redis layer (the PostgreSQL leg).
"""

import asyncio
import base64
import json
import uuid

import pytest
from django.core import signing

from chat import tokens
from chat.models import Author, Chat, Message, Outcome, Presence, State
from chat.tokens import token_for
from tests.chat.conftest import (
    agent_socket,
    customer_socket,
    db,
    login_cookie,
    message,
    receive_until,
    send,
    start_chat,
)

pytestmark = [pytest.mark.asyncio, pytest.mark.django_db(transaction=True)]


async def _connected(communicator):
    connected, code = await communicator.connect()
    assert connected, f"refused with {code}"
    return communicator


async def _with_agent(agent, chat):
    """An agent's desk that has accepted `chat`."""
    desk = await _connected(agent_socket(await db(login_cookie)(agent)))
    await send(desk, type="accept", chat=chat.pk)
    await receive_until(desk, "accepted", chat=chat.pk)
    return desk


async def test_customer_sees_place_in_queue():
    chat, session = await db(start_chat)()
    socket = await _connected(customer_socket(chat, session))
    state = await receive_until(socket, "state")
    # No agent online: the page offers to leave a message instead of waiting.
    assert state["state"] == "offline"
    assert state["position"] == 1
    assert state["wait_minutes"] >= 1
    await socket.disconnect()


async def test_queue_position_counts_earlier_customers(agent):
    first, _first_session = await db(start_chat)()
    second, second_session = await db(start_chat)()
    desk = await _connected(agent_socket(await db(login_cookie)(agent)))
    socket = await _connected(customer_socket(second, second_session))
    state = await receive_until(socket, "state")
    assert (state["state"], state["position"], state["agents"]) == ("queued", 2, 1)
    await send(desk, type="accept", chat=first.pk)
    moved = await receive_until(socket, "state", position=1)
    assert moved["state"] == "queued"
    await socket.disconnect()
    await desk.disconnect()


async def test_foreign_origin_is_refused():
    chat, session = await db(start_chat)()
    socket = customer_socket(chat, session, origin=(b"origin", b"https://evil.example"))
    connected, _code = await socket.connect()
    assert not connected


async def test_missing_origin_is_refused():
    chat, session = await db(start_chat)()
    connected, _code = await customer_socket(chat, session, origin=None).connect()
    assert not connected


async def test_forged_token_is_refused():
    chat, session = await db(start_chat)()
    forged = token_for(chat)[:-4] + "AAAA"
    connected, code = await customer_socket(chat, session, token=forged).connect()
    assert (connected, code) == (False, 4403)


def _token_bytes(token: str) -> bytes:
    return base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))


async def test_the_token_does_not_show_what_it_names():
    chat, session = await db(start_chat)()
    token = token_for(chat)
    shown = _token_bytes(token)
    for secret in (str(chat.public_id), session, '"id"', f": {chat.pk},"):
        assert secret.encode() not in shown
    with pytest.raises(signing.BadSignature):
        signing.loads(token, salt=tokens.SALT)
    # ... yet it opens the chat.
    socket = await _connected(customer_socket(chat, session, token=token))
    await receive_until(socket, "state")
    await socket.disconnect()


async def test_a_sealed_token_altered_by_one_byte_is_refused():
    chat, session = await db(start_chat)()
    raw = bytearray(_token_bytes(token_for(chat)))
    raw[40] ^= 1  # inside the ciphertext
    altered = base64.urlsafe_b64encode(bytes(raw)).decode()
    connected, code = await customer_socket(chat, session, token=altered).connect()
    assert (connected, code) == (False, 4403)


async def test_a_signed_token_of_the_earlier_format_still_opens():
    chat, session = await db(start_chat)()
    earlier = signing.dumps(
        {"chat": str(chat.public_id), "id": chat.pk, "session": session}, salt=tokens.SALT
    )
    socket = await _connected(customer_socket(chat, session, token=earlier))
    assert (await receive_until(socket, "state"))["state"] == "offline"
    await socket.disconnect()


@pytest.mark.parametrize("seal", [True, False], ids=["sealed", "signed"])
async def test_a_token_naming_another_chat_number_is_refused(seal):
    chat, session = await db(start_chat)()
    other, _other_session = await db(start_chat)()
    data = {"chat": str(chat.public_id), "id": other.pk, "session": session}
    if seal:
        mixed = tokens._sealer().encrypt(json.dumps(data).encode()).decode()
    else:
        mixed = signing.dumps(data, salt=tokens.SALT)
    connected, code = await customer_socket(chat, session, token=mixed).connect()
    assert (connected, code) == (False, 4403)


async def test_a_token_sealed_with_a_retired_key_still_opens(settings):
    chat, session = await db(start_chat)()
    token = token_for(chat)
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "a-new-secret-key-after-rotation"
    socket = await _connected(customer_socket(chat, session, token=token))
    await receive_until(socket, "state")
    await socket.disconnect()
    settings.SECRET_KEY_FALLBACKS = []
    connected, code = await customer_socket(chat, session, token=token).connect()
    assert (connected, code) == (False, 4403)


async def test_the_customers_page_is_never_sent_the_chats_number(agent):
    chat, session = await db(start_chat)()
    received = []

    async def until(socket, kind, **match):
        while True:
            event = json.loads(await socket.receive_from(timeout=3))
            received.append(event)
            if event.get("type") == kind and all(event.get(k) == v for k, v in match.items()):
                return event

    customer = await _connected(customer_socket(chat, session))
    desk = await _with_agent(agent, chat)
    await until(customer, "state", state="connected")
    await send(customer, **message("My top-up failed"))
    await until(customer, "message", author="customer")
    await send(desk, type="typing", chat=chat.pk)
    await until(customer, "typing")
    await send(desk, **message("Let me check that for you.", chat=chat.pk))
    await until(customer, "message", author="agent")
    await send(desk, type="end", chat=chat.pk)
    await until(customer, "state", state="ended")
    await send(customer, type="rate", score=5)
    await until(customer, "rated")
    await customer.disconnect()
    # A page that comes back is sent the history from the database.
    resumed = await _connected(customer_socket(chat, session))
    await until(resumed, "message", seq=2)
    await resumed.disconnect()
    await desk.disconnect()

    assert {"state", "message", "typing", "rated"} <= {event["type"] for event in received}
    assert [event["seq"] for event in received if event["type"] == "message"] == [1, 2, 1, 2]
    for event in received:
        assert "chat" not in event and "chat_state" not in event, event


async def test_another_customers_token_is_refused():
    chat, _owner_session = await db(start_chat)()
    _other_chat, other_session = await db(start_chat)()
    # A genuine token, presented from another browser session.
    connected, code = await customer_socket(chat, other_session).connect()
    assert (connected, code) == (False, 4403)


async def test_desk_needs_the_chat_role(editor, agent):
    assert (await agent_socket(None).connect())[0] is False
    assert (await agent_socket(await db(login_cookie)(editor)).connect())[0] is False
    desk = await _connected(agent_socket(await db(login_cookie)(agent)))
    queue = await receive_until(desk, "queue")
    assert queue["agents"] == 1
    await desk.disconnect()


async def test_messages_both_ways(agent):
    chat, session = await db(start_chat)()
    customer = await _connected(customer_socket(chat, session))
    desk = await _with_agent(agent, chat)
    connected = await receive_until(customer, "state", state="connected")
    assert connected["agent"] == "agent"

    await send(customer, **message("My top-up failed"))
    seen = await receive_until(desk, "message", chat=chat.pk)
    assert (seen["author"], seen["body"], seen["seq"]) == ("customer", "My top-up failed", 1)
    echoed = await receive_until(customer, "message")
    assert echoed["seq"] == 1

    await send(desk, **message("Let me check that for you.", chat=chat.pk))
    answer = await receive_until(customer, "message", author="agent")
    assert (answer["body"], answer["name"], answer["seq"]) == (
        "Let me check that for you.",
        "agent",
        2,
    )
    await customer.disconnect()
    await desk.disconnect()


async def test_typing_reaches_the_other_side(agent):
    chat, session = await db(start_chat)()
    customer = await _connected(customer_socket(chat, session))
    desk = await _with_agent(agent, chat)
    await send(desk, type="typing", chat=chat.pk)
    typing = await receive_until(customer, "typing")
    assert typing["author"] == "agent"
    await customer.disconnect()
    await desk.disconnect()


async def test_same_client_id_twice_is_stored_once():
    chat, session = await db(start_chat)()
    socket = await _connected(customer_socket(chat, session))
    client_id = uuid.uuid4()
    await send(socket, **message("Hello", client_id))
    first = await receive_until(socket, "message")
    await send(socket, **message("Hello", client_id))
    await send(socket, **message("Second"))
    second = await receive_until(socket, "message")
    # The resend produced no event of its own: the next one is the next message.
    assert (first["seq"], second["seq"], second["body"]) == (1, 2, "Second")
    assert await db(Message.objects.filter(chat=chat).count)() == 2
    await socket.disconnect()


async def test_message_over_the_limit_is_refused_with_a_reason(settings):
    chat, session = await db(start_chat)()
    socket = await _connected(customer_socket(chat, session))
    client_id = uuid.uuid4()
    await send(socket, **message("x" * 2001, client_id))
    error = await receive_until(socket, "error")
    assert error["code"] == "too_long"
    assert "2000" in error["message"]
    # The page learns which message it was, so it can keep the text for the customer.
    assert error["client_id"] == str(client_id)
    assert not await db(Message.objects.filter(chat=chat).exists)()
    await send(socket, **message("x" * 2000))
    assert (await receive_until(socket, "message"))["seq"] == 1
    await socket.disconnect()


@pytest.mark.parametrize(
    "secret",
    ["my password is Hunter2024!", "the verification code 482913", "card 4111 1111 1111 1111"],
)
async def test_secrets_are_refused_and_never_stored(secret):
    chat, session = await db(start_chat)()
    socket = await _connected(customer_socket(chat, session))
    await send(socket, **message(secret))
    error = await receive_until(socket, "error")
    assert error["code"] == "secret"
    assert "never" in error["message"]
    assert not await db(Message.objects.filter(chat=chat).exists)()
    await socket.disconnect()


async def test_secret_explanation_in_the_chats_language():
    chat, session = await db(start_chat)(language="zh-hans")
    socket = await _connected(customer_socket(chat, session))
    await send(socket, **message("密码是 Hunter2024!"))
    error = await receive_until(socket, "error")
    assert error["code"] == "secret"
    assert "密码" in error["message"]
    await socket.disconnect()


async def test_one_megabyte_frame_closes_the_connection():
    chat, session = await db(start_chat)()
    socket = await _connected(customer_socket(chat, session))
    await socket.send_to(text_data=json.dumps(message("x" * (1024 * 1024))))
    error = await receive_until(socket, "error")
    assert error["code"] == "too_large"
    closed = await socket.receive_output(timeout=3)
    assert closed == {"type": "websocket.close", "code": 1009}
    assert not await db(Message.objects.filter(chat=chat).exists)()


@pytest.mark.parametrize("frame", ["{not json", "[1, 2]", '"text"', '{"no": "type"}'])
async def test_invalid_json_is_answered_and_the_connection_stays(frame):
    chat, session = await db(start_chat)()
    socket = await _connected(customer_socket(chat, session))
    await socket.send_to(text_data=frame)
    assert (await receive_until(socket, "error"))["code"] == "invalid_json"
    await send(socket, **message("still here"))
    assert (await receive_until(socket, "message"))["body"] == "still here"
    await socket.disconnect()


async def test_script_is_stored_and_sent_as_text(agent):
    chat, session = await db(start_chat)()
    customer = await _connected(customer_socket(chat, session))
    desk = await _with_agent(agent, chat)
    script = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    await send(customer, **message(script))
    seen = await receive_until(desk, "message", chat=chat.pk)
    assert seen["body"] == script
    stored = await db(Message.objects.get)(chat=chat)
    assert stored.body == script
    await customer.disconnect()
    await desk.disconnect()


async def test_message_flood_is_limited(settings):
    settings.CHAT_MESSAGE_RATE = "3/m"
    chat, session = await db(start_chat)()
    socket = await _connected(customer_socket(chat, session))
    for n in range(3):
        await send(socket, **message(f"message {n}"))
        await receive_until(socket, "message")
    await send(socket, **message("one too many"))
    assert (await receive_until(socket, "error"))["code"] == "rate_limited"
    assert await db(Message.objects.filter(chat=chat).count)() == 3
    await socket.disconnect()


async def test_connections_per_address_are_limited(settings):
    settings.CHAT_CONNECT_RATE = "2/m"
    chat, session = await db(start_chat)()
    sockets = [await _connected(customer_socket(chat, session)) for _ in range(2)]
    connected, code = await customer_socket(chat, session).connect()
    assert (connected, code) == (False, 4429)
    # Another address still gets in.
    other = await _connected(customer_socket(chat, session, client="10.9.9.9"))
    for socket in [*sockets, other]:
        await socket.disconnect()


async def test_reconnect_resumes_without_gaps_or_duplicates(agent):
    chat, session = await db(start_chat)()
    customer = await _connected(customer_socket(chat, session))
    desk = await _with_agent(agent, chat)
    await send(customer, **message("one"))
    await receive_until(customer, "message", seq=1)
    await customer.disconnect()  # the connection drops

    for text in ("two", "three"):
        await send(desk, **message(text, chat=chat.pk))
        await receive_until(desk, "message", body=text)

    again = await _connected(customer_socket(chat, session, after=1))
    received = [await receive_until(again, "message") for _ in range(2)]
    assert [(m["seq"], m["body"]) for m in received] == [(2, "two"), (3, "three")]
    await send(desk, **message("four", chat=chat.pk))
    assert (await receive_until(again, "message"))["seq"] == 4
    await again.disconnect()
    await desk.disconnect()


async def test_agent_desk_resumes_its_chats(agent):
    chat, session = await db(start_chat)()
    customer = await _connected(customer_socket(chat, session))
    desk = await _with_agent(agent, chat)
    await send(customer, **message("first"))
    await receive_until(desk, "message", seq=1)
    await desk.disconnect()  # the agent reloads the desk
    await send(customer, **message("second"))
    await receive_until(customer, "message", seq=2)
    desk = await _connected(agent_socket(await db(login_cookie)(agent)))
    await send(desk, type="resume", chat=chat.pk, after=1)
    resumed = await receive_until(desk, "message", chat=chat.pk)
    assert (resumed["seq"], resumed["body"]) == (2, "second")
    await customer.disconnect()
    await desk.disconnect()


async def test_only_one_agent_wins_a_chat(agent, other_agent):
    other = other_agent
    chat, _session = await db(start_chat)()
    desks = [
        await _connected(agent_socket(await db(login_cookie)(user))) for user in (agent, other)
    ]
    await asyncio.gather(*(send(desk, type="accept", chat=chat.pk) for desk in desks))

    async def outcome(desk):
        while True:
            event = json.loads(await desk.receive_from(timeout=3))
            if event["type"] == "accepted" or (event["type"] == "error"):
                return event

    results = await asyncio.gather(*(outcome(desk) for desk in desks))
    assert sorted(r["type"] for r in results) == ["accepted", "error"]
    assert [r["code"] for r in results if r["type"] == "error"] == ["taken"]
    stored = await db(Chat.objects.get)(pk=chat.pk)
    assert stored.state == State.CONNECTED
    winner = agent if results[0]["type"] == "accepted" else other
    assert stored.agent_id == winner.pk
    for desk in desks:
        await desk.disconnect()


async def test_agent_limit_of_chats_at_once(agent, settings):
    settings.CHAT_AGENT_MAX_CHATS = 1
    first, _s1 = await db(start_chat)()
    second, _s2 = await db(start_chat)()
    desk = await _with_agent(agent, first)
    await send(desk, type="accept", chat=second.pk)
    assert (await receive_until(desk, "error"))["code"] == "limit"
    assert (await db(Chat.objects.get)(pk=second.pk)).state == State.QUEUED
    await desk.disconnect()


async def test_agent_cannot_write_in_a_chat_not_theirs(agent):
    chat, _session = await db(start_chat)()
    desk = await _connected(agent_socket(await db(login_cookie)(agent)))
    await send(desk, **message("hi", chat=chat.pk))
    assert (await receive_until(desk, "error"))["code"] == "not_yours"
    await desk.disconnect()


async def test_answers_first_then_solved_counts_as_deflected():
    chat, session = await db(start_chat)(queued=False)
    socket = await _connected(customer_socket(chat, session))
    assert (await receive_until(socket, "state"))["state"] == "answers"
    # Nothing to an agent before the customer asks for one.
    await send(socket, **message("hello?"))
    assert (await receive_until(socket, "error"))["code"] == "closed"
    await send(socket, type="solved")
    ended = await receive_until(socket, "state")
    assert (ended["state"], ended["outcome"]) == ("ended", Outcome.DEFLECTED)
    await socket.disconnect()


async def test_talk_to_an_agent_queues():
    chat, session = await db(start_chat)(queued=False)
    socket = await _connected(customer_socket(chat, session))
    await receive_until(socket, "state", state="answers")
    await send(socket, type="queue")
    state = await receive_until(socket, "state", position=1)
    assert state["state"] in ("queued", "offline")
    assert (await db(Chat.objects.get)(pk=chat.pk)).state == State.QUEUED
    await socket.disconnect()


async def test_end_and_rating(agent):
    chat, session = await db(start_chat)()
    customer = await _connected(customer_socket(chat, session))
    desk = await _with_agent(agent, chat)
    await send(customer, type="rate", score=5)
    assert (await receive_until(customer, "error"))["code"] == "rating"
    await send(desk, type="end", chat=chat.pk)
    await receive_until(customer, "state", state="ended")
    for bad in (0, 6, "5"):
        await send(customer, type="rate", score=bad)
        assert (await receive_until(customer, "error"))["code"] == "rating"
    await send(customer, type="rate", score=4)
    await receive_until(customer, "rated")
    stored = await db(Chat.objects.get)(pk=chat.pk)
    assert (stored.rating, stored.outcome) == (4, Outcome.ANSWERED)
    await customer.disconnect()
    await desk.disconnect()


async def test_transfer_back_to_a_language_queue(agent):
    chat, session = await db(start_chat)()
    customer = await _connected(customer_socket(chat, session))
    desk = await _with_agent(agent, chat)
    await receive_until(customer, "state", state="connected")
    await send(desk, type="transfer", chat=chat.pk, language="zh-hans")
    state = await receive_until(customer, "state", position=1)
    assert state["state"] == "queued"
    stored = await db(Chat.objects.get)(pk=chat.pk)
    assert (stored.state, stored.agent_id, stored.language) == (State.QUEUED, None, "zh-hans")
    await customer.disconnect()
    await desk.disconnect()


async def test_transfer_to_another_agent(agent, other_agent):
    other = other_agent
    chat, session = await db(start_chat)()
    customer = await _connected(customer_socket(chat, session))
    desk = await _with_agent(agent, chat)
    other_desk = await _connected(agent_socket(await db(login_cookie)(other)))
    await send(desk, type="transfer", chat=chat.pk, to=other.pk)
    # The handing desk drops the chat; the customer is told who answers now.
    await receive_until(desk, "transferred", chat=chat.pk)
    await receive_until(customer, "state", state="connected", agent="agent2")
    await send(customer, **message("still there?"))
    seen = await receive_until(other_desk, "message", chat=chat.pk)
    assert seen["body"] == "still there?"
    await send(desk, **message("mine?", chat=chat.pk))
    assert (await receive_until(desk, "error"))["code"] == "not_yours"
    assert (await db(Chat.objects.get)(pk=chat.pk)).agent_id == other.pk
    for socket in (customer, desk, other_desk):
        await socket.disconnect()


@pytest.mark.parametrize("to", ["self", "editor", "nobody"])
async def test_transfer_only_to_another_agent(agent, django_user_model, to):
    editor = await db(django_user_model.objects.create_user)(username="editor2", is_staff=True)
    chat, _session = await db(start_chat)()
    desk = await _with_agent(agent, chat)
    target = {"self": agent.pk, "editor": editor.pk, "nobody": 999_999}[to]
    await send(desk, type="transfer", chat=chat.pk, to=target)
    assert (await receive_until(desk, "error"))["code"] == "not_agent"
    stored = await db(Chat.objects.get)(pk=chat.pk)
    assert (stored.state, stored.agent_id) == (State.CONNECTED, agent.pk)
    await desk.disconnect()


async def test_last_agent_leaving_offers_waiting_customers_the_form(agent):
    chat, session = await db(start_chat)()
    desk = await _connected(agent_socket(await db(login_cookie)(agent)))
    customer = await _connected(customer_socket(chat, session))
    assert (await receive_until(customer, "state"))["state"] == "queued"
    await desk.disconnect()  # the agent closes the browser
    assert (await receive_until(customer, "state"))["state"] == "offline"
    presence = await db(Presence.objects.get)(agent=agent)
    assert presence.status == Presence.Status.OFFLINE
    await customer.disconnect()


async def test_agent_going_away_counts_as_not_online(agent):
    chat, session = await db(start_chat)()
    desk = await _connected(agent_socket(await db(login_cookie)(agent)))
    customer = await _connected(customer_socket(chat, session))
    assert (await receive_until(customer, "state"))["state"] == "queued"
    await send(desk, type="presence", status="away")
    assert (await receive_until(customer, "state"))["state"] == "offline"
    await send(desk, type="presence", status="online")
    assert (await receive_until(customer, "state"))["state"] == "queued"
    await customer.disconnect()
    await desk.disconnect()


async def test_customer_message_stored_with_author_and_sequence():
    chat, session = await db(start_chat)()
    socket = await _connected(customer_socket(chat, session))
    await send(socket, **message("a"))
    await send(socket, **message("b"))
    await receive_until(socket, "message", seq=2)
    rows = await db(lambda: list(Message.objects.filter(chat=chat).values_list("seq", "author")))()
    assert rows == [(1, Author.CUSTOMER), (2, Author.CUSTOMER)]
    await socket.disconnect()
