"""The contact directory for one region: its channels with "open now" states.

`directory_for(region, now=...)` runs a fixed number of queries however many
channels there are (channels, their hours, the closures that matter), then
computes every channel's state in Python with `contacts.hours`.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone

from contacts.hours import HORIZON_DAYS, OpenState, next_midnight, open_state, week_summary
from contacts.models import Channel, Closure, OpeningHours
from helpdesk.lib.pagecache import true_until

# Holidays listed on the page this many days ahead (more than the hours look-ahead).
UPCOMING_CLOSURE_DAYS = max(45, HORIZON_DAYS + 2)


@dataclass
class ChannelCard:
    """One channel as a page shows it, with times in the page's zone."""

    channel: Channel
    state: OpenState
    zone: datetime.tzinfo  # the zone times are shown in (the visitor's region)
    now: datetime.datetime
    region_code: str | None = None
    # Filled by a directory hook (the live chat): where to start, and the wait right now.
    start_url: str = ""
    wait_minutes: int | None = None

    @property
    def kind(self):
        return self.channel.kind

    @property
    def display_value(self):
        return self.channel.display_value(self.region_code)

    @property
    def href(self):
        return self.channel.href

    @property
    def closes_at(self):
        return self.state.closes_at.astimezone(self.zone).time() if self.state.closes_at else None

    @property
    def next_open(self):
        return self.state.next_open.astimezone(self.zone) if self.state.next_open else None

    @property
    def next_open_time(self):
        return self.next_open.time() if self.next_open else None

    @property
    def next_open_in_days(self):
        """0 today, 1 tomorrow, ... in the page's zone (None when not known)."""
        if self.next_open is None:
            return None
        return (self.next_open.date() - self.now.astimezone(self.zone).date()).days

    @property
    def next_open_weekday(self):
        return OpeningHours.Weekday(self.next_open.weekday()).label if self.next_open else ""

    @property
    def hours_zone_differs(self):
        """The weekly table is in the channel's zone; say so when it is not the page's."""
        if self.channel.always_open:
            return False
        probe = self.now.astimezone(datetime.UTC).replace(tzinfo=None)
        return self.channel.zone.utcoffset(probe) != self.zone.utcoffset(probe)

    @property
    def week(self):
        return week_summary(self.channel.hours.all())


@dataclass
class Directory:
    region: object
    regional: list[ChannelCard] = field(default_factory=list)
    worldwide: list[ChannelCard] = field(default_factory=list)
    closures: list[Closure] = field(default_factory=list)  # upcoming, for the list
    changes_at: datetime.datetime | None = None  # when what the page shows next changes
    # Filled by a directory hook: (chart, quietest hours) from recent contacts.
    best_time: object = None


# Apps that know more about a channel (e.g. the live chat's queue) add it to the
# directory: callables (directory) -> None, registered from AppConfig.ready().
DIRECTORY_HOOKS = []


def directory_hook(function):
    DIRECTORY_HOOKS.append(function)
    return function


def directory_for(region, *, now=None) -> Directory:
    """Active channels for `region` (its own and the global ones) with their states."""
    now = now or timezone.now()
    channels = list(Channel.objects.active().for_region(region).with_schedule())
    today = now.astimezone(datetime.UTC).date()
    # One query for every closure that can matter on the page: the region's and
    # each listed channel's, from yesterday to beyond the look-ahead.
    closure_filter = Q(channel__in=[channel.pk for channel in channels])
    if region is not None:
        closure_filter |= Q(region=region)
    closures = list(Closure.objects.around(today, UPCOMING_CLOSURE_DAYS).filter(closure_filter))
    page_zone = region.zone if region else None
    by_id = {channel.pk: channel for channel in channels}
    for closure in closures:
        # Named here rather than through closure.channel (a query each).
        closure.channel_label = by_id[closure.channel_id].label if closure.channel_id else ""
    directory = Directory(region=region, closures=[c for c in closures if c.ends_on >= today])
    for channel in channels:
        own = [c for c in closures if c.channel_id == channel.pk]
        if channel.region_id is not None:
            own += [c for c in closures if c.region_id == channel.region_id]
        zone = channel.zone
        state = open_state(
            now=now,
            zone=zone,
            weekly=channel.hours.all(),
            closures=own,
            always_open=channel.always_open,
        )
        card = ChannelCard(
            channel=channel,
            state=state,
            zone=page_zone or zone,
            now=now,
            region_code=region.code if region else None,
        )
        (directory.regional if channel.region_id else directory.worldwide).append(card)
    directory.changes_at = _next_change(now, directory, page_zone)
    true_until(directory.changes_at)
    for hook in DIRECTORY_HOOKS:
        hook(directory)
    return directory


def _next_change(now, directory, page_zone):
    """The first moment the directory reads differently: a channel opens or
    closes, or a day turns over (closures start and end on dates, in the
    channel's zone; "opens tomorrow" is in the page's; the closures listed
    are chosen by the UTC date)."""
    cards = directory.regional + directory.worldwide
    zones = {datetime.UTC, *(card.channel.zone for card in cards)}
    if page_zone is not None:
        zones.add(page_zone)
    moments = [next_midnight(now, zone) for zone in zones]
    moments += [card.state.changes_at for card in cards if card.state.changes_at]
    return min(moments)
