"""The chat's WebSocket ends: the customer's page and the agents' desk.

Both receive JSON objects {"type": ...} and answer with events of the same
shape. Every chat has a group (`chat.<id>`) that carries its new messages and
state changes to both sides, on one server (in-memory layer) or several
(Redis). A page that reconnects says which sequence number it had
(`?after=N`); it then gets every later message once, in order: the consumer
joins the group before reading the history and forwards a live message only
when it is the next number, filling any hole from the database.

Refused: a connection from a foreign Origin (helpdesk.asgi), a missing,
forged or foreign token (customer) or a person without the chat role
(agent), too many connections from one address, frames over
CHAT_MAX_FRAME_BYTES (closed with 1009), invalid JSON and too many messages
(an error event; the connection stays).
"""

import asyncio
import json
import logging
import uuid
import weakref
from urllib.parse import parse_qs

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings
from django.contrib import auth
from django.contrib.auth import get_user_model
from django.http import HttpRequest
from django.utils.translation import gettext as _
from django.utils.translation import override
from django_ratelimit import ALL

from chat import services
from chat.canned import canned_replies
from chat.line import board, change_id
from chat.models import Author, Chat, Outcome, Presence, State
from chat.services import ChatError
from chat.threads import in_parallel
from chat.tokens import chat_for_claim, read_token
from helpdesk.lib.ratelimits import over_limit

logger = logging.getLogger(__name__)

QUEUE_GROUP = "chat.queue"  # customers waiting, and agents' desks
DESK_GROUP = "chat.desk"
CLOSE_TOO_LARGE = 1009
CLOSE_REFUSED = 4403
CLOSE_TOO_MANY = 4429
CLOSE_UNAVAILABLE = 1013  # "try again later": the page shows chat as unavailable
# What a customer's page is not sent: the chat's row number (which counts our
# chats) and the state kept for the consumer itself.
PRIVATE_KEYS = frozenset({"chat", "chat_state"})


def chat_group(chat_id: int) -> str:
    return f"chat.{chat_id}"


def _request_for(scope) -> HttpRequest:
    """What the abuse limits read of a request, from a WebSocket's scope."""
    request = HttpRequest()
    request.method = "GET"
    request.META["REMOTE_ADDR"] = (scope.get("client") or ("", 0))[0] or ""
    for name, value in scope.get("headers", []):
        if name == b"x-forwarded-for":
            request.META["HTTP_X_FORWARDED_FOR"] = value.decode("latin-1")
    return request


def _connections_over_limit(scope) -> bool:
    return over_limit(
        _request_for(scope),
        group="chat-connect",
        rate_setting="CHAT_CONNECT_RATE",
        key="ip",
        method=ALL,
    )


_slots: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore]" = (
    weakref.WeakKeyDictionary()
)


def opening_slot() -> asyncio.Semaphore:
    """At most CHAT_OPENING_AT_ONCE handshakes of a process at work together (per event
    loop): a burst of connections then waits its turn instead of opening hundreds of
    Redis connections and queueing hundreds of database calls at once."""
    loop = asyncio.get_running_loop()
    if loop not in _slots:
        _slots[loop] = asyncio.Semaphore(settings.CHAT_OPENING_AT_ONCE)
    return _slots[loop]


class _ChatSocket(AsyncWebsocketConsumer):
    """What both ends share: frame checks, JSON, errors, and gap-free delivery.

    Opening a connection takes one trip to the database thread (the abuse limit,
    the login or the chat, what the page lacks, the state): Channels runs those
    trips of a process in one thread, so a second trip per connection would queue
    every handshake behind the others.
    """

    async def connect(self):
        self.sent = {}  # chat id -> last sequence number this page has
        self.groups_joined = set()
        try:
            async with opening_slot():
                await self.open()
        except Exception:  # the channel layer (Redis) or the database failing
            logger.exception("A chat connection could not be opened.")
            await self.close(code=CLOSE_UNAVAILABLE)

    async def open(self):
        raise NotImplementedError

    async def join(self, *groups):
        """Join the groups together (an agent's desk joins one per chat it holds)."""
        new = [group for group in groups if group not in self.groups_joined]
        self.groups_joined.update(new)
        await asyncio.gather(
            *(self.channel_layer.group_add(group, self.channel_name) for group in new)
        )

    async def leave(self, group):
        if group in self.groups_joined:
            await self.channel_layer.group_discard(group, self.channel_name)
            self.groups_joined.discard(group)

    async def disconnect(self, code):
        for group in getattr(self, "groups_joined", ()):
            await self.channel_layer.group_discard(group, self.channel_name)

    async def send_json(self, data):
        await self.send(text_data=json.dumps(data, ensure_ascii=False))

    async def error(self, code, message, **extra):
        await self.send_json({"type": "error", "code": code, "message": str(message), **extra})

    async def receive(self, text_data=None, bytes_data=None):
        size = len(bytes_data) if bytes_data is not None else len(text_data.encode())
        if size > settings.CHAT_MAX_FRAME_BYTES:
            await self.error("too_large", _("That was too much data at once."))
            await self.close(code=CLOSE_TOO_LARGE)
            return
        try:
            data = json.loads(bytes_data if bytes_data is not None else text_data)
        except ValueError:
            data = None
        if not isinstance(data, dict) or not isinstance(data.get("type"), str):
            await self.error("invalid_json", _("The page sent something we could not read."))
            return
        handler = getattr(self, f"on_{data['type']}", None)
        if handler is None:
            await self.error("unknown", _("The page sent something we could not read."))
            return
        with override(self.language()):
            try:
                await handler(data)
            except ChatError as exc:
                await self.error(exc.code, exc.message, client_id=data.get("client_id"))

    def language(self):
        return settings.LANGUAGE_CODE

    async def post(self, write, *args, **fields):
        """Store a message, after the limits (one trip to the database)."""
        return await in_parallel(write)(self.scope, *args, **fields)

    async def send_events(self, chat_id, events):
        for event in events:
            if event["seq"] > self.sent.get(chat_id, 0):
                self.sent[chat_id] = event["seq"]
                await self.send_json(event)

    async def deliver(self, chat_id, *, up_to=None):
        """Send this page every message after the last it has, in order, once."""
        after = self.sent.get(chat_id, 0)
        if up_to is not None and up_to <= after:
            return
        await self.send_events(chat_id, await in_parallel(_events_after)(chat_id, after))

    # Group events (channel layer).

    async def chat_message(self, event):
        chat_id, seq = event["chat"], event["seq"]
        if seq == self.sent.get(chat_id, 0) + 1:
            self.sent[chat_id] = seq
            await self.send_json(event["event"])
        else:  # a hole (or an old one): the database has them in order
            await self.deliver(chat_id, up_to=seq)

    async def chat_relay(self, event):
        """State changes, typing and queue updates: passed on as they are."""
        if event.get("skip") != self.channel_name:
            await self.send_json(event["event"])


def _post(scope, limit_key, **fields):
    """Messages per minute, per chat (or agent) and per client address; then store."""
    request = _request_for(scope)
    for group, key in (
        (f"chat-message-{limit_key}", lambda group, request: limit_key),
        ("chat-message-ip", "ip"),
    ):
        if over_limit(request, group=group, rate_setting="CHAT_MESSAGE_RATE", key=key, method=ALL):
            raise ChatError("rate_limited", _("You are sending messages too fast; wait a minute."))
    return services.message_post(**fields)


def _events_after(chat_id, after):
    chat = Chat(pk=chat_id)
    return [{**m.as_event(), "chat": chat_id} for m in services.messages_after(chat, after)]


async def broadcast_message(layer, message):
    event = {**message.as_event(), "chat": message.chat_id}
    await layer.group_send(
        chat_group(message.chat_id),
        {"type": "chat.message", "chat": message.chat_id, "seq": message.seq, "event": event},
    )


async def broadcast(layer, group, event, *, skip=None):
    await layer.group_send(group, {"type": "chat.relay", "event": event, "skip": skip})


class CustomerConsumer(_ChatSocket):
    """/ws/chat/?token=...&after=N: one customer's chat."""

    async def open(self):
        query = parse_qs(self.scope.get("query_string", b"").decode("latin-1"))
        session = self.scope.get("session")
        session_key = session.session_key if session is not None else None
        # A forged or foreign token is refused here, before any database work.
        claim = read_token((query.get("token") or [""])[0], session_key=session_key)
        if claim is None:
            await self.close(code=CLOSE_REFUSED)
            return
        try:
            after = max(int((query.get("after") or ["0"])[0]), 0)
        except ValueError:
            after = 0
        # Joined before the history is read: a message stored in between comes live.
        await self.join(chat_group(claim.chat_id))
        refused, self.chat, events, state = await in_parallel(_customer_opening)(
            self.scope, claim, session_key, after
        )
        if refused:
            await self.close(code=refused)
            return
        await self.accept()
        self.sent[self.chat.pk] = after
        await self.send_events(self.chat.pk, events)
        await self.show_state(state)

    def language(self):
        return self.chat.language

    async def send_json(self, data):
        """Everything the page receives, without the chat's row number (see chat.tokens)."""
        await super().send_json({k: v for k, v in data.items() if k not in PRIVATE_KEYS})

    async def send_state(self):
        await self.show_state(await in_parallel(_state_event)(self.chat.pk))

    async def show_state(self, event):
        """Send the chat's state; a waiting page follows the queue's changes."""
        self.chat.state = event["chat_state"]
        if self.chat.state == State.QUEUED:
            await self.join(QUEUE_GROUP)
        else:
            await self.leave(QUEUE_GROUP)
        await self.send_json(event)

    async def on_message(self, data):
        body, client_id = data.get("body"), _uuid(data.get("client_id"))
        if not isinstance(body, str) or client_id is None:
            raise ChatError("invalid", _("The page sent something we could not read."))
        message, created = await self.post(
            _post,
            str(self.chat.pk),
            chat=self.chat,
            author=Author.CUSTOMER,
            body=body,
            client_id=client_id,
        )
        if created:
            await broadcast_message(self.channel_layer, message)
        else:  # a resend: this page gets its message (again) from the database
            await self.deliver(self.chat.pk, up_to=message.seq)

    async def on_typing(self, data):
        await broadcast(
            self.channel_layer,
            chat_group(self.chat.pk),
            {"type": "typing", "chat": self.chat.pk, "author": Author.CUSTOMER},
            skip=self.channel_name,
        )

    async def on_queue(self, data):
        if await database_sync_to_async(services.chat_queue)(chat=self.chat):
            await queue_changed(self.channel_layer)
        await self.send_state()

    async def on_solved(self, data):
        await database_sync_to_async(services.chat_deflect)(chat=self.chat)
        await self.send_state()

    async def on_end(self, data):
        if await database_sync_to_async(services.chat_end)(
            chat=self.chat,
            outcome=Outcome.LEFT if self.chat.state != State.CONNECTED else Outcome.ANSWERED,
        ):
            await state_changed(self.channel_layer, self.chat.pk)
            await queue_changed(self.channel_layer)
        else:
            await self.send_state()

    async def on_rate(self, data):
        await database_sync_to_async(services.chat_rate)(chat=self.chat, score=data.get("score"))
        await self.send_json({"type": "rated", "score": data["score"]})

    async def chat_state(self, event):
        """The chat's state changed (accepted, ended, transferred), or the queue moved."""
        if event.get("chat") == self.chat.pk:
            await self.send_state()
        elif event.get("chat") is None and self.chat.state == State.QUEUED:
            line = await board().line_after(event.get("change") or change_id())
            spot = line.spot(self.chat.pk)
            if spot is None:  # no longer waiting: its own event says why
                await self.send_state()
            else:
                await self.show_state(_queued_event(self.chat.pk, spot))


def _customer_opening(scope, claim, session_key, after):
    """Everything a customer's connection needs, in one trip: (refused, chat, events, state)."""
    if _connections_over_limit(scope):
        return CLOSE_TOO_MANY, None, [], None
    chat = chat_for_claim(claim, session_key=session_key)
    if chat is None:
        return CLOSE_REFUSED, None, [], None
    return None, chat, _events_after(chat.pk, after), _state_of(chat)


def _state_event(chat_id):
    return _state_of(Chat.objects.select_related("agent").get(pk=chat_id))


def _state_of(chat):
    """The page's state event for a chat row just read (with its agent)."""
    event = {
        "type": "state",
        "chat": chat.pk,
        "state": chat.state,
        "outcome": chat.outcome,
        "chat_state": chat.state,
    }
    if chat.state == State.QUEUED:
        spot = services.queue_spot(chat)
        if spot is not None:
            event.update(_queued_event(chat.pk, spot))
    elif chat.state == State.CONNECTED and chat.agent_id:
        event["agent"] = chat.agent.get_short_name() or chat.agent.get_username()
    return event


def _queued_event(chat_id, spot):
    return {
        "type": "state",
        "chat": chat_id,
        "state": State.QUEUED if spot.agents else "offline",
        "outcome": "",
        "chat_state": State.QUEUED,
        "position": spot.position,
        "wait_minutes": spot.wait_minutes,
        "agents": spot.agents,
    }


class AgentConsumer(_ChatSocket):
    """/ws/chat/desk/: an agent's desk, with every chat the agent holds."""

    async def open(self):
        refused, self.agent, held, queue = await in_parallel(_agent_opening)(self.scope)
        if refused:
            await self.close(code=refused)
            return
        # Live from here on; the page asks for what it lacks with "resume".
        self.sent.update(held)
        await self.join(DESK_GROUP, QUEUE_GROUP, *(chat_group(chat_id) for chat_id in held))
        await self.accept()
        await self.send_json({"type": "held", "chats": list(held)})
        await self.send_json(queue)

    async def disconnect(self, code):
        if getattr(self, "agent", None) is not None:
            presence = await in_parallel(services.presence_change)(agent=self.agent, connections=-1)
            if presence.status == Presence.Status.OFFLINE:
                await queue_changed(self.channel_layer)
        await super().disconnect(code)

    async def send_queue(self, change=None):
        line = await board().line_after(change or change_id())
        await self.send_json(_desk_event(line))

    async def held_chat(self, data) -> Chat:
        chat = await in_parallel(_held_chat)(self.agent, data.get("chat"))
        if chat is None:
            raise ChatError("not_yours", _("That chat is not yours."))
        return chat

    def holds(self, data) -> int:
        """The chat named in `data`, when this desk follows it (no database trip)."""
        chat_id = _int(data.get("chat"))
        if chat_id is None or chat_group(chat_id) not in self.groups_joined:
            raise ChatError("not_yours", _("That chat is not yours."))
        return chat_id

    async def on_resume(self, data):
        chat = await self.held_chat(data)
        self.sent[chat.pk] = max(_int(data.get("after")) or 0, 0)
        await self.deliver(chat.pk)

    async def on_accept(self, data):
        chat_id = _int(data.get("chat"))
        won = await database_sync_to_async(services.chat_accept)(chat_id=chat_id, agent=self.agent)
        if not won:
            raise ChatError("taken", _("Another agent has already taken this chat."))
        await self.join(chat_group(chat_id))
        await self.send_json({"type": "accepted", "chat": chat_id})
        await self.deliver(chat_id)
        await state_changed(self.channel_layer, chat_id)
        await queue_changed(self.channel_layer)

    async def on_message(self, data):
        body, client_id = data.get("body"), _uuid(data.get("client_id"))
        if not isinstance(body, str) or client_id is None:
            raise ChatError("invalid", _("The page sent something we could not read."))
        message, created = await self.post(
            _agent_post,
            self.agent,
            data.get("chat"),
            author=Author.AGENT,
            body=body,
            client_id=client_id,
            sender=self.agent,
        )
        if created:
            await broadcast_message(self.channel_layer, message)
        else:
            await self.deliver(message.chat_id, up_to=message.seq)

    async def on_macros(self, data):
        """The canned replies for one of the agent's chats, filled in for it."""
        chat = await self.held_chat(data)
        replies = await database_sync_to_async(canned_replies)(chat=chat, agent=self.agent)
        await self.send_json({"type": "macros", "chat": chat.pk, "macros": replies})

    async def on_typing(self, data):
        chat_id = self.holds(data)
        await broadcast(
            self.channel_layer,
            chat_group(chat_id),
            {"type": "typing", "chat": chat_id, "author": Author.AGENT},
            skip=self.channel_name,
        )

    async def on_end(self, data):
        chat = await self.held_chat(data)
        await database_sync_to_async(services.chat_end)(chat=chat)
        await state_changed(self.channel_layer, chat.pk)

    async def on_transfer(self, data):
        """To a named agent ("to": their id) or back to the queue ("language" optional)."""
        language = data.get("language") if data.get("language") in dict(settings.LANGUAGES) else ""
        chat_id = await in_parallel(_transfer)(
            self.agent, data.get("chat"), data.get("to"), language
        )
        if chat_id is not None:
            await self.leave(chat_group(chat_id))
            await self.send_json({"type": "transferred", "chat": chat_id})
            await state_changed(self.channel_layer, chat_id)
            await queue_changed(self.channel_layer)

    async def on_presence(self, data):
        status = data.get("status")
        if status not in (Presence.Status.ONLINE, Presence.Status.AWAY):
            raise ChatError("invalid", _("Choose online or away."))
        await database_sync_to_async(services.presence_change)(agent=self.agent, status=status)
        await queue_changed(self.channel_layer)

    async def chat_state(self, event):
        chat_id = event.get("chat")
        if chat_id is not None and chat_group(chat_id) in self.groups_joined:
            await self.send_json({"type": "chat_state", "chat": chat_id})
        if chat_id is None:
            await self.send_queue(event.get("change"))

    async def chat_assigned(self, event):
        """A chat transferred to this agent."""
        if event["agent"] == self.agent.pk:
            await self.join(chat_group(event["chat"]))
            await self.deliver(event["chat"])


def _may_answer(user) -> bool:
    return bool(
        user and user.is_authenticated and user.is_active and user.has_perm("chat.handle_chat")
    )


def _agent_opening(scope):
    """Everything a desk's connection needs, in one trip: (refused, agent, held, queue)."""
    if _connections_over_limit(scope):
        return CLOSE_TOO_MANY, None, {}, None
    request = _request_for(scope)
    request.session = scope["session"]
    user = auth.get_user(request)  # checks the session's login as Django's middleware does
    if not _may_answer(user):
        return CLOSE_REFUSED, None, {}, None
    services.presence_change(agent=user, connections=1)
    held = dict(Chat.objects.held_by(user).values_list("pk", "last_seq"))
    return None, user, held, _desk_event(services.waiting_line())


def _held_chat(agent, chat_id):
    return Chat.objects.filter(pk=_int(chat_id), agent=agent).first()


def _agent_post(scope, agent, chat_id, **fields):
    chat = _held_chat(agent, chat_id)
    if chat is None:
        raise ChatError("not_yours", _("That chat is not yours."))
    return _post(scope, f"agent-{agent.pk}", chat=chat, **fields)


def _transfer(agent, chat_id, to, language):
    """The chat's id when it was handed on; refusals raise ChatError."""
    chat = _held_chat(agent, chat_id)
    if chat is None:
        raise ChatError("not_yours", _("That chat is not yours."))
    to_agent = None
    if to:
        to_agent = get_user_model().objects.filter(pk=_int(to), is_active=True).first()
        if to_agent is None or to_agent == agent:
            raise ChatError("not_agent", _("That person does not answer chats."))
    moved = services.chat_transfer(chat=chat, agent=agent, to_agent=to_agent, language=language)
    return chat.pk if moved else None


def _desk_event(line):
    return {"type": "queue", "agents": line.agents, "waiting": line.first}


async def state_changed(layer, chat_id):
    await layer.group_send(chat_group(chat_id), {"type": "chat.state", "chat": chat_id})
    holder = await database_sync_to_async(
        Chat.objects.filter(pk=chat_id, state=State.CONNECTED)
        .values_list("agent_id", flat=True)
        .first
    )()
    if holder is not None:
        await layer.group_send(
            DESK_GROUP, {"type": "chat.assigned", "chat": chat_id, "agent": holder}
        )


async def queue_changed(layer):
    """Everyone waiting recomputes their place; desks refresh their list."""
    await layer.group_send(QUEUE_GROUP, {"type": "chat.state", "chat": None, "change": change_id()})


def _uuid(value):
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
