"""Messages are numbered one after another per chat, the same way on both
databases (PostgreSQL stores a message in one statement)."""

import uuid

import pytest

from chat import services
from chat.models import Author, Chat, Message, State
from chat.services import ChatError
from tests.chat.conftest import start_chat

pytestmark = pytest.mark.django_db


def test_the_one_statement_names_the_models_tables():
    assert "UPDATE chat_chat " in services._NUMBERED_SQL
    assert "INSERT INTO chat_message " in services._NUMBERED_SQL
    assert (Chat._meta.db_table, Message._meta.db_table) == ("chat_chat", "chat_message")


def test_numbers_follow_on_a_resend_returns_the_stored_message_and_an_ended_chat_refuses(agent):
    chat, _session = start_chat("My card was declined")
    client_id = uuid.uuid4()
    first, created = services.message_post(
        chat=chat, author=Author.CUSTOMER, body="Hello", client_id=client_id
    )
    again, created_again = services.message_post(
        chat=chat, author=Author.CUSTOMER, body="Hello", client_id=client_id
    )
    second, _ = services.message_post(chat=chat, author=Author.AGENT, body="Hi", sender=agent)
    assert created and not created_again
    assert again.pk == first.pk
    assert second.seq == first.seq + 1  # the refused copy took no number
    stored = Message.objects.get(pk=second.pk)
    assert (stored.seq, stored.body, stored.sender_id) == (second.seq, "Hi", agent.pk)
    assert second.as_event()["seq"] == second.seq
    Chat.objects.filter(pk=chat.pk).update(state=State.ENDED)
    with pytest.raises(ChatError):
        services.message_post(chat=chat, author=Author.CUSTOMER, body="Still there?")
    assert Message.objects.filter(chat=chat).count() == 2
