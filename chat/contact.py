"""What the contact page learns from the chat: the wait right now on an open chat
channel, and the quietest hours of the region's chat over the last four weeks
(a small chart; the staff-written hint stays when there are too few chats)."""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.db.models import Count
from django.db.models.functions import ExtractHour
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from chat import services
from chat.models import Chat
from contacts.models import Channel
from feedback.charts import stacked_columns
from helpdesk.lib.pagecache import true_until

WINDOW = datetime.timedelta(weeks=4)
MIN_CHATS = 50  # fewer, and the chart would show chance, not a pattern
QUIETEST = 3
# A stored contact page shows the chat's wait (and whether agents are online) at
# most this old.
WAIT_FRESH = datetime.timedelta(minutes=1)


@dataclass(frozen=True)
class BestTime:
    chart: SafeString
    quietest: list[str]  # "14:00", ... in the region's time


def directory_add_chat(directory) -> None:
    cards = [
        card
        for card in [*directory.regional, *directory.worldwide]
        if card.kind == Channel.Kind.CHAT
    ]
    if cards:
        true_until(timezone.now() + WAIT_FRESH)
        agents = services.agents_online()
        waiting = Chat.objects.waiting().count()
        for card in cards:
            card.start_url = reverse("chat:chat")
            if card.state.open_now and agents:
                card.wait_minutes = services.estimated_wait(waiting + 1, agents)
    directory.best_time = best_time(directory.region)


def best_time(region) -> BestTime | None:
    zone = region.zone if region else ZoneInfo("UTC")
    chats = Chat.objects.filter(created_at__gte=timezone.now() - WINDOW, region=region)
    by_hour = dict(
        chats.annotate(hour=ExtractHour("created_at", tzinfo=zone))
        .values_list("hour")
        .annotate(count=Count("pk"))
        .values_list("hour", "count")
    )
    if sum(by_hour.values()) < MIN_CHATS:
        return None
    hours = [f"{hour:02d}:00" for hour in range(24)]
    counts = [by_hour.get(hour, 0) for hour in range(24)]
    # Quiet among the hours people do chat in (a closed hour has no chats at all).
    served = sorted((count, hour) for hour, count in enumerate(counts) if count)
    chart = stacked_columns(
        hours, [(_("Chats"), counts)], label=_("Chats by hour of the day, last four weeks")
    )
    return BestTime(chart=chart, quietest=sorted(hours[h] for _c, h in served[:QUIETEST]))
