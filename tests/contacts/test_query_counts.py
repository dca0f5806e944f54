"""Contact pages run a fixed number of queries however many channels there are."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from contacts.models import Channel
from tests.factories import make_alert, make_channel, make_closure, make_guidance, make_region

pytestmark = pytest.mark.django_db

# Cold cache, anonymous visitor with a region cookie: the active regions (the
# picker's, and the visitor's/URL's region; then stored), channels, their hours,
# closures, advice, alerts;
# verify: visitor region, region codes, matching channels, known impostors.
# The live chat adds three to the directory pages: agents online, chats waiting
# (only with a chat channel; with an agent online also the recent handling time)
# and the region's chats by hour (the best-time chart).
BUDGETS = {"directory": 6 + 3, "region": 6 + 3, "verify": 4}

HOURS = [(day, "09:00", "18:00") for day in range(5)] + [(5, "22:00", "06:00")]


def build(region, count, start):
    kinds = list(Channel.Kind)
    for n in range(start, start + count):
        kind = kinds[n % len(kinds)]
        value = {
            Channel.Kind.PHONE: f"+44 20 7946 {n:04d}",
            Channel.Kind.EMAIL: f"team{n}@okpay.example",
            Channel.Kind.CHAT: f"https://chat{n}.okpay.example/",
            Channel.Kind.SOCIAL: f"@OKPay{n}",
            Channel.Kind.FORUM: f"https://forum{n}.okpay.example/",
        }[kind]
        channel = make_channel(region if n % 2 else None, kind=kind, value=value, hours=HOURS)
        make_closure("2026-12-25", channel=channel)
    make_closure("2026-12-26", region=region)
    make_alert(regions=[region])
    make_guidance(region=region)


def count_queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, HTTP_COOKIE="region=hk")
    assert response.status_code == 200, url
    return len(captured)


PAGES = {
    "directory": "/en/contact/",
    "region": "/en/contact/hk/",
    "verify": "/en/contact/verify/?q=%2B44+20+7946+0003",
}


def test_query_counts_do_not_grow_with_channels(client):
    region = make_region("hk")
    build(region, 5, start=0)
    small = {name: count_queries(client, url) for name, url in PAGES.items()}
    html = client.get("/en/contact/hk/").content.decode()
    assert html.count('data-testid="channel"') == 5
    build(region, 45, start=100)  # 10x the channels
    large = {name: count_queries(client, url) for name, url in PAGES.items()}
    html = client.get("/en/contact/hk/").content.decode()
    assert html.count('data-testid="channel"') == 50
    assert small == large
    for name, budget in BUDGETS.items():
        assert large[name] <= budget, (name, large[name])
