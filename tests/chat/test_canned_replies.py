"""Canned replies in the chat desk: the desk's macros in the chat's language, filled in."""

import pytest

from chat.canned import canned_replies
from contacts.models import Channel
from tests.chat.conftest import agent_socket, db, login_cookie, receive_until, send, start_chat
from tests.chat.test_consumers import _with_agent
from tests.factories import make_channel
from tests.feedback.test_macros import make_macro


def _greeting(**fields):
    return make_macro(
        title_en="Greeting",
        body_en="Hello, I am {agent_name}. Our hotline is {hotline}.",
        body_zh_hans="您好，我是{agent_name}。客服热线：{hotline}。",
        body_zh_hant="您好，我是{agent_name}。客服專線：{hotline}。",
        **fields,
    )


@pytest.mark.django_db
def test_offered_in_the_chats_language_with_placeholders_filled(agent):
    agent.first_name = "Mei"
    agent.save()
    make_channel(None, kind=Channel.Kind.PHONE, value="+852 3000 0000")
    greeting = _greeting()
    chat, _session = start_chat("忘记支付密码", language="zh-hans")
    (offered,) = canned_replies(chat=chat, agent=agent)
    assert offered == {
        "id": greeting.pk,
        "title": "Greeting",
        "text": "您好，我是Mei。客服热线：+852 3000 0000。",
    }


@pytest.mark.django_db
def test_a_reply_naming_the_case_waits_for_a_case(agent):
    make_macro()  # names {reference}
    _greeting(is_active=False)
    chat, _session = start_chat()
    assert canned_replies(chat=chat, agent=agent) == []


@pytest.mark.asyncio
@pytest.mark.django_db(transaction=True)
async def test_the_desk_asks_for_them_for_its_own_chat_only(agent, other_agent):
    await db(_greeting)()
    chat, _session = await db(start_chat)(language="zh-hant")
    desk = await _with_agent(agent, chat)
    await send(desk, type="macros", chat=chat.pk)
    event = await receive_until(desk, "macros", chat=chat.pk)
    assert [m["text"] for m in event["macros"]] == ["您好，我是agent。客服專線：。"]
    await desk.disconnect()

    other = agent_socket(await db(login_cookie)(other_agent), client="10.0.0.3")
    assert (await other.connect())[0]
    await send(other, type="macros", chat=chat.pk)
    refused = await receive_until(other, "error")
    assert refused["code"] == "not_yours"
    await other.disconnect()
