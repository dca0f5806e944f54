"""Fragments stored for every visitor ({% fragment %}) carry their own end: they
are rendered again from it, and a page that shows a stored fragment still
stops being true at the fragment's end."""

import datetime

import pytest
from django.template import Context, Template
from django.utils.translation import override

from helpdesk.lib.contentversion import bump_content_version
from helpdesk.lib.pagecache import collect_true_until, true_until
from tests.factories import make_channel, make_region
from tests.html import by_testid

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
WEEKDAYS = [(day, "09:00", "18:00") for day in range(5)]


class Counted:
    """What a fragment shows: counts its computations, true until `end`."""

    def __init__(self, end=None):
        self.end = end
        self.computed = 0

    def __call__(self):
        self.computed += 1
        true_until(self.end)
        return f"computed {self.computed}"


TEMPLATE = Template("{% load portal %}{% fragment 'test' region %}{{ value }}{% endfragment %}")


def render(value, region="hk"):
    with collect_true_until() as moments:
        html = TEMPLATE.render(Context({"value": value, "region": region}))
    return html, moments


def test_a_fragment_is_computed_once_and_again_from_its_end(clock):
    end = clock("2026-12-03T12:00:00+00:00")
    clock("2026-12-03T11:00:00+00:00")
    value = Counted(end)
    assert render(value) == ("computed 1", [end])
    clock("2026-12-03T11:59:59+00:00")
    # Served from the cache, and its end is reported to the page again.
    assert render(value) == ("computed 1", [end])
    clock("2026-12-03T12:00:00+00:00")
    assert render(value) == ("computed 2", [end])


def test_fragments_differ_by_region_language_and_content_version(clock):
    clock("2026-12-03T11:00:00+00:00")
    value = Counted()
    assert render(value, "hk")[0] == "computed 1"
    assert render(value, "hk")[0] == "computed 1"
    assert render(value, "sg")[0] == "computed 2"
    with override("zh-hans"):
        assert render(value, "hk")[0] == "computed 3"
    bump_content_version()
    assert render(value, "hk")[0] == "computed 4"


def open_state(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.get("X-Page-Cache"), by_testid(response.content.decode(), "channel")[0][
        "data-open"
    ]


def test_open_now_flips_at_closing_time_with_the_page_cache_off(client, clock, settings):
    settings.PAGE_CACHE_SECONDS = 0
    clock("2026-12-03T17:58:00+08:00")
    make_channel(make_region("hk", time_zone="Asia/Hong_Kong"), hours=WEEKDAYS)
    url = "/en/contact/hk/"
    assert open_state(client, url)[1] == "true"
    clock("2026-12-03T17:59:59+08:00")
    assert open_state(client, url)[1] == "true"
    clock("2026-12-03T18:00:00+08:00")
    assert open_state(client, url)[1] == "false"


def test_a_page_showing_a_stored_fragment_ends_with_it(client, clock, settings):
    settings.PAGE_CACHE_SECONDS = 7 * 24 * 3600
    clock("2026-12-03T17:00:00+08:00")
    make_channel(make_region("hk", time_zone="Asia/Hong_Kong"), hours=WEEKDAYS)
    assert open_state(client, "/en/contact/hk/") == ("miss", "true")
    # Another address of the same page: a page miss that shows the stored fragment.
    other = "/en/contact/hk/?from=mail"
    clock("2026-12-03T17:30:00+08:00")
    assert open_state(client, other) == ("miss", "true")
    clock("2026-12-03T17:59:59+08:00")
    assert open_state(client, other) == ("hit", "true")
    clock("2026-12-03T18:00:00+08:00")
    assert open_state(client, other) == ("miss", "false")


def test_the_chat_wait_in_a_stored_fragment_is_at_most_a_minute_old(
    client, clock, settings, monkeypatch
):
    from chat import services

    settings.PAGE_CACHE_SECONDS = 0
    estimates = []
    agents_online = services.agents_online
    monkeypatch.setattr(services, "agents_online", lambda: estimates.append(1) or agents_online())
    clock("2026-12-03T10:00:00+08:00")
    region = make_region("hk", time_zone="Asia/Hong_Kong")
    make_channel(region, kind="chat", value="https://chat.okpay.example", hours=WEEKDAYS)
    url = "/en/contact/hk/"
    assert client.get(url).status_code == 200
    assert len(estimates) == 1
    clock("2026-12-03T10:00:59+08:00")
    assert client.get(url).status_code == 200
    assert len(estimates) == 1  # the stored fragment
    clock("2026-12-03T10:01:00+08:00")
    assert client.get(url).status_code == 200
    assert len(estimates) == 2


def test_a_page_reads_the_content_version_once_for_all_its_fragments(client, settings, monkeypatch):
    from helpdesk.lib import fragments

    settings.PAGE_CACHE_SECONDS = 0  # every request renders the page
    reads, keys = [], []
    real_version, real_key = fragments.content_version, fragments.FragmentNode.key
    monkeypatch.setattr(fragments, "content_version", lambda: reads.append(1) or real_version())
    monkeypatch.setattr(
        fragments.FragmentNode,
        "key",
        lambda node, context: keys.append(1) or real_key(node, context),
    )
    assert client.get("/en/").status_code == 200
    assert len(keys) >= 3  # the home page is made of several fragments
    assert len(reads) == 1
