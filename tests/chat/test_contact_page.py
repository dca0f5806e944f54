"""The contact page learns from the chat: the live wait, and the quietest hours."""

import datetime

import pytest
from django.utils import timezone

from chat.models import Chat, Presence, State
from contacts.models import Channel
from tests.factories import make_channel, make_region
from tests.html import by_testid

pytestmark = pytest.mark.django_db

ALL_DAY = [(day, "00:00", "23:59") for day in range(7)]


@pytest.fixture
def hk():
    return make_region("hk", time_zone="Asia/Hong_Kong", best_time_hint="Weekday mornings.")


def test_open_chat_channel_shows_the_wait_right_now(client, hk, agent):
    make_channel(hk, kind=Channel.Kind.CHAT, value="https://chat.okpay.example", hours=ALL_DAY)
    Presence.objects.create(agent=agent, status=Presence.Status.ONLINE, connections=1)
    for _ in range(4):
        Chat.objects.create(
            language="en", question="?", state=State.QUEUED, queued_at=timezone.now()
        )
    page = client.get("/en/contact/hk/").content.decode()
    assert len(by_testid(page, "chat-wait")) == 1
    assert "Estimated wait: about" in page
    assert 'href="/en/chat/"' in page


def test_no_wait_shown_without_agents(client, hk):
    make_channel(hk, kind=Channel.Kind.CHAT, value="https://chat.okpay.example", hours=ALL_DAY)
    page = client.get("/en/contact/hk/").content.decode()
    assert "Estimated wait" not in page


def test_best_time_falls_back_to_the_hint_with_little_data(client, hk):
    Chat.objects.create(language="en", question="?", region=hk)
    page = client.get("/en/contact/hk/").content.decode()
    assert not by_testid(page, "best-time")
    assert "Weekday mornings." in page


def test_best_time_from_four_weeks_of_chats(client, hk):
    now = timezone.now()
    # 10:00 Hong Kong (02:00 UTC) is busy, 15:00 quiet; an old chat does not count.
    day = now.astimezone(hk.zone).replace(minute=0, second=0, microsecond=0)
    busy, quiet = day.replace(hour=10), day.replace(hour=15)
    rows = [Chat(language="en", question="?", region=hk, created_at=busy) for _ in range(48)]
    rows += [Chat(language="en", question="?", region=hk, created_at=quiet) for _ in range(2)]
    rows += [
        Chat(language="en", question="?", region=hk, created_at=now - datetime.timedelta(days=40))
    ]
    Chat.objects.bulk_create(rows)
    page = client.get("/en/contact/hk/").content.decode()
    assert by_testid(page, "best-time")
    assert "quietest around 10:00, 15:00" in page
    assert "<svg" in page
    assert "Weekday mornings." not in page
