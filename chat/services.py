"""Writes with side effects in a chat, and the queue's figures.

Customers start a chat, read suggested answers, queue, write, end and rate;
agents (the chat role) accept, write, transfer, end and turn a chat into a
case. Every function checks its own rule (state, limits, secrets) so that the
consumers and views only translate requests into calls.
"""

import math
import uuid
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.models import Avg, DurationField, ExpressionWrapper, F
from django.utils import timezone
from django.utils.translation import gettext as _

from chat.models import Author, Chat, Message, Outcome, Presence, State
from contacts.directory import directory_for
from contacts.models import Channel
from faq.search import search_articles
from feedback.models import Kind, ReceivedVia
from feedback.services import ANONYMISED_TEXT, submission_record
from helpdesk.lib.screening import refuse_secrets

SUGGESTIONS = 3
# Handling times are averaged over the chats that ended in this window.
HANDLING_WINDOW = timedelta(days=7)


class ChatError(Exception):
    """A request the chat refuses; `code` for the page, `message` for the person."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


def chat_start(*, language: str, question: str, session_key: str, region=None) -> Chat:
    question = question.strip()
    if not question:
        raise ChatError("empty", _("Please type your question."))
    _check_text(question)
    chat = Chat(language=language, region=region, question=question, session_key=session_key)
    chat.full_clean()
    chat.save()
    return chat


def suggestions_for(chat: Chat) -> list:
    """The best articles our search finds for the chat's question."""
    return list(search_articles(chat.question, language=chat.language, region=chat.region))[
        :SUGGESTIONS
    ]


def _check_text(body: str) -> None:
    if len(body) > settings.CHAT_MAX_MESSAGE_CHARS:
        raise ChatError(
            "too_long",
            _("A message can have at most %(limit)d characters; please split it.")
            % {"limit": settings.CHAT_MAX_MESSAGE_CHARS},
        )
    try:
        refuse_secrets(body, where=_("your message"))
    except ValidationError as exc:
        raise ChatError("secret", " ".join(exc.messages)) from exc


def message_post(
    *,
    chat: Chat,
    author: str,
    body: str,
    client_id: uuid.UUID | None = None,
    sender=None,
    attachment=None,
) -> tuple[Message, bool]:
    """Store a message with the chat's next sequence number; (message, created).

    The same client id twice (a page resending after a dropped connection)
    returns the stored message. Customers' text is screened for secrets,
    which are refused and never stored.
    """
    body = body.strip()
    if not body and attachment is None:
        raise ChatError("empty", _("The message is empty."))
    if author == Author.CUSTOMER or len(body) > settings.CHAT_MAX_MESSAGE_CHARS:
        _check_text(body)
    open_states = (State.QUEUED, State.CONNECTED) if author == Author.CUSTOMER else State.values
    fields = {"author": author, "sender": sender, "client_id": client_id, "body": body}
    try:
        if attachment is None and connection.vendor == "postgresql":
            message = _numbered_in_one_statement(chat, open_states, fields)
        else:
            message = _numbered(chat, open_states, {**fields, "attachment": attachment})
    except IntegrityError:
        # The client id is stored already (a resend): the unique constraint refused a
        # second copy, and the rollback took back its sequence number.
        existing = Message.objects.filter(chat=chat, client_id=client_id).first()
        if client_id is None or existing is None:
            raise
        return existing, False
    if message is None:
        raise ChatError("closed", _("This chat has ended."))
    return message, True


def _numbered(chat: Chat, open_states, fields) -> Message | None:
    """The chat's next sequence number and the message with it, in one
    transaction; None when the chat is not in one of `open_states`."""
    with transaction.atomic():
        # The UPDATE locks the chat's row until the commit: numbers come one at a time.
        advanced = Chat.objects.filter(pk=chat.pk, state__in=open_states).update(
            last_seq=F("last_seq") + 1
        )
        if not advanced:
            return None
        seq = Chat.objects.values_list("last_seq", flat=True).get(pk=chat.pk)
        return Message.objects.create(chat=chat, seq=seq, **fields)


_NUMBERED_SQL = (
    "WITH numbered AS (UPDATE chat_chat SET last_seq = last_seq + 1"
    " WHERE id = %s AND state = ANY(%s) RETURNING id, last_seq)"
    " INSERT INTO chat_message"
    " (chat_id, seq, author, sender_id, client_id, body, attachment, created_at)"
    " SELECT id, last_seq, %s, %s, %s, %s, %s, %s FROM numbered RETURNING id, seq"
)


def _numbered_in_one_statement(chat: Chat, open_states, fields) -> Message | None:
    """What _numbered() does, as one PostgreSQL statement: one round trip
    instead of five (BEGIN, UPDATE, SELECT, INSERT, COMMIT), each of which
    waits for the process's GIL when the chat is busy (docs/performance.md,
    live chat). The statement is atomic by itself; inside a transaction a
    savepoint keeps a refused copy from breaking it. Files still go through
    the ORM, which stores them."""
    created_at = timezone.now()
    values = [
        fields["author"],
        fields["sender"].pk if fields["sender"] is not None else None,
        fields["client_id"],
        fields["body"],
        "",  # no attachment
        created_at,
    ]
    savepoint = transaction.atomic() if connection.in_atomic_block else nullcontext()
    with savepoint, connection.cursor() as cursor:
        cursor.execute(_NUMBERED_SQL, [chat.pk, list(open_states), *values])
        row = cursor.fetchone()
    if row is None:
        return None
    message = Message(
        pk=row[0], chat=chat, seq=row[1], created_at=created_at, attachment="", **fields
    )
    message._state.adding = False
    message._state.db = connection.alias
    return message


def system_note(chat: Chat, text: str) -> Message:
    message, _created = message_post(chat=chat, author=Author.SYSTEM, body=text)
    return message


def messages_after(chat: Chat, seq: int) -> list[Message]:
    return list(chat.messages.filter(seq__gt=seq).select_related("sender").order_by("seq"))


def chat_queue(*, chat: Chat) -> bool:
    """Answers did not help: the customer waits for an agent."""
    return bool(
        Chat.objects.filter(pk=chat.pk, state=State.ANSWERS).update(
            state=State.QUEUED, queued_at=timezone.now()
        )
    )


def chat_deflect(*, chat: Chat) -> bool:
    """ "This solved it": the chat ends, counted as deflected by the articles."""
    return bool(
        Chat.objects.filter(pk=chat.pk, state=State.ANSWERS).update(
            state=State.ENDED, outcome=Outcome.DEFLECTED, ended_at=timezone.now()
        )
    )


def chat_accept(*, chat_id: int, agent) -> bool:
    """The agent takes a waiting chat. Of agents accepting at once exactly one
    wins: the conditional UPDATE is atomic in the database."""
    if Chat.objects.held_by(agent).count() >= settings.CHAT_AGENT_MAX_CHATS:
        raise ChatError(
            "limit",
            _("You already have %(limit)d chats open; end one first.")
            % {"limit": settings.CHAT_AGENT_MAX_CHATS},
        )
    return bool(
        Chat.objects.filter(pk=chat_id, state=State.QUEUED, agent__isnull=True).update(
            state=State.CONNECTED, agent=agent, accepted_at=timezone.now()
        )
    )


def chat_transfer(*, chat: Chat, agent, to_agent=None, language: str = "") -> bool:
    """Hand a chat to another agent, or back to a language's queue."""
    held = Chat.objects.filter(pk=chat.pk, state=State.CONNECTED, agent=agent)
    if to_agent is not None:
        if not to_agent.has_perm("chat.handle_chat"):
            raise ChatError("not_agent", _("That person does not answer chats."))
        return bool(held.update(agent=to_agent, accepted_at=timezone.now()))
    changes = {"state": State.QUEUED, "agent": None, "queued_at": timezone.now()}
    if language:
        changes["language"] = language
    return bool(held.update(**changes))


def colleagues(agent) -> list:
    """The other active people with the chat role, whom a chat can be handed to."""
    people = get_user_model().objects.with_perm("chat.handle_chat").exclude(pk=agent.pk)
    return sorted(people, key=lambda person: agent_name(person).casefold())


def agent_name(user) -> str:
    return user.get_full_name() or user.get_username()


def chat_end(*, chat: Chat, outcome: str = Outcome.ANSWERED) -> bool:
    return bool(
        Chat.objects.exclude(state=State.ENDED)
        .filter(pk=chat.pk)
        .update(state=State.ENDED, outcome=outcome, ended_at=timezone.now())
    )


def chat_rate(*, chat: Chat, score: int) -> None:
    if not isinstance(score, int) or not 1 <= score <= 5:
        raise ChatError("rating", _("Choose a rating from 1 to 5."))
    if not Chat.objects.filter(pk=chat.pk, state=State.ENDED).update(rating=score):
        raise ChatError("rating", _("You can rate the chat when it has ended."))


def transcript_text(chat: Chat) -> str:
    lines = [f"{_('Question')}: {chat.question}", ""]
    for message in chat.messages.select_related("sender").order_by("seq"):
        who = message.get_author_display()
        if message.author == Author.AGENT and message.sender:
            who = message.sender.get_short_name() or message.sender.get_username()
        lines.append(f"[{message.created_at:%Y-%m-%d %H:%M}] {who}: {message.body}")
    return "\n".join(lines)


def customer_text(chat: Chat) -> str:
    """What the customer wrote (the question, then their messages), for the form."""
    bodies = (
        chat.messages.filter(author=Author.CUSTOMER).order_by("seq").values_list("body", flat=True)
    )
    return "\n\n".join([chat.question, *(body for body in bodies if body)])


def chat_to_case(*, chat: Chat, agent, email: str, name: str = ""):
    """A submission carrying the transcript, so follow-up continues by e-mail."""
    submission = submission_record(
        recorded_by=agent,
        received_via=ReceivedVia.CHAT,
        kind=Kind.FEEDBACK,
        idempotency_key=uuid.uuid5(uuid.NAMESPACE_URL, f"chat:{chat.public_id}"),
        language=chat.language,
        region=chat.region,
        description=transcript_text(chat)[:5000],
        email=email,
        name=name,
    )
    Chat.objects.filter(pk=chat.pk).update(submission=submission)
    chat_end(chat=chat, outcome=Outcome.CASE)
    return submission


# Presence and the queue's figures.


def presence_change(*, agent, status: str | None = None, connections: int = 0) -> Presence:
    """Record an agent's desk page opening (+1), closing (-1) or a chosen status."""
    presence, _created = Presence.objects.get_or_create(agent=agent)
    with transaction.atomic():
        presence = Presence.objects.select_for_update().get(pk=presence.pk)
        presence.connections = max(0, presence.connections + connections)
        if status is not None:
            presence.status = status
        elif connections > 0 and presence.status == Presence.Status.OFFLINE:
            presence.status = Presence.Status.ONLINE
        if presence.connections == 0:
            presence.status = Presence.Status.OFFLINE
        presence.changed_at = timezone.now()
        presence.save()
    return presence


def agents_online() -> int:
    return Presence.objects.filter(status=Presence.Status.ONLINE).count()


def average_handling() -> timedelta:
    since = timezone.now() - HANDLING_WINDOW
    average = (
        Chat.objects.filter(ended_at__gte=since, accepted_at__isnull=False)
        .annotate(
            took=ExpressionWrapper(F("ended_at") - F("accepted_at"), output_field=DurationField())
        )
        .aggregate(average=Avg("took"))["average"]
    )
    return average or timedelta(minutes=settings.CHAT_DEFAULT_HANDLING_MINUTES)


@dataclass(frozen=True)
class QueueSpot:
    position: int
    wait_minutes: int
    agents: int


@dataclass(frozen=True)
class WaitingLine:
    """The queue at one moment: every waiting chat's place, and what the desks list."""

    places: dict  # chat id -> position, 1 = answered next
    agents: int
    minutes_per_chat: float
    first: list  # the longest-waiting chats, for the agents' desks

    def spot(self, chat_id: int) -> QueueSpot | None:
        position = self.places.get(chat_id)
        if position is None:
            return None
        return QueueSpot(
            position=position,
            wait_minutes=estimated_wait(position, self.agents, self.minutes_per_chat),
            agents=self.agents,
        )


DESK_LIST = 100  # waiting chats a desk shows


def waiting_line() -> WaitingLine:
    """The queue in four queries, however many wait: read once per change and shared."""
    waiting = list(
        Chat.objects.waiting().values_list(
            "pk", "language", "region__code", "question", "queued_at"
        )
    )
    return WaitingLine(
        places={row[0]: position for position, row in enumerate(waiting, start=1)},
        agents=agents_online(),
        minutes_per_chat=average_handling().total_seconds() / 60,
        first=[
            {
                "chat": pk,
                "language": language,
                "region": region or "",
                "question": question,
                "since": queued_at.isoformat(),
            }
            for pk, language, region, question, queued_at in waiting[:DESK_LIST]
        ],
    )


def queue_spot(chat: Chat) -> QueueSpot | None:
    """Where a waiting chat (its row just read) stands, and roughly how long until an
    agent answers."""
    if chat.state != State.QUEUED:
        return None
    ahead = (
        Chat.objects.waiting().filter(queued_at__lt=chat.queued_at).count()
        + Chat.objects.waiting().filter(queued_at=chat.queued_at, pk__lt=chat.pk).count()
    )
    agents = agents_online()
    return QueueSpot(
        position=ahead + 1,
        wait_minutes=estimated_wait(ahead + 1, agents),
        agents=agents,
    )


def estimated_wait(position: int, agents: int, minutes_per_chat: float | None = None) -> int:
    """Minutes until the customer at `position` is answered by `agents` agents."""
    if minutes_per_chat is None:
        minutes_per_chat = average_handling().total_seconds() / 60
    capacity = max(agents, 1) * settings.CHAT_AGENT_MAX_CHATS
    return max(1, math.ceil(position * minutes_per_chat / capacity))


@dataclass(frozen=True)
class Availability:
    open_now: bool
    agents: int
    next_open: object = None  # when the chat channel opens next (aware datetime)


def availability(region=None) -> Availability:
    """Whether chat is open for the region (its chat channel's hours) with an agent online.

    A region without a chat channel in the directory follows the agents alone.
    """
    directory = directory_for(region)
    cards = [
        card
        for card in [*directory.regional, *directory.worldwide]
        if card.kind == Channel.Kind.CHAT
    ]
    agents = agents_online()
    if not cards:
        return Availability(open_now=agents > 0, agents=agents)
    if any(card.state.open_now for card in cards):
        return Availability(open_now=agents > 0, agents=agents)
    upcoming = [card.next_open for card in cards if card.next_open]
    return Availability(open_now=False, agents=agents, next_open=min(upcoming, default=None))


def chats_anonymise(cutoff, dry_run: bool = False) -> int:
    """Chats that ended before `cutoff` lose their text and files (feedback's retention
    job calls this with its own age); outcome, rating, times and language stay."""
    due = Chat.objects.filter(state=State.ENDED, ended_at__lt=cutoff, is_anonymised=False)
    if dry_run:
        return due.count()
    count = 0
    for pk in due.values_list("pk", flat=True).iterator():
        with transaction.atomic():
            chat = Chat.objects.select_for_update().get(pk=pk)
            files = [m.attachment.name for m in chat.messages.exclude(attachment="")]
            chat.messages.update(body=ANONYMISED_TEXT, attachment="", client_id=None)
            Chat.objects.filter(pk=pk).update(
                question=ANONYMISED_TEXT, session_key="", is_anonymised=True
            )
        storage = Message._meta.get_field("attachment").storage
        for name in files:
            storage.delete(name)
        count += 1
    return count
