"""Staff pages for the contact directory, for each role, and history of changes."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from contacts.models import Channel, KnownImpostor
from tests.factories import (
    make_alert,
    make_channel,
    make_closure,
    make_guidance,
    make_impostor,
    make_official,
    make_region,
)
from tests.html import elements

pytestmark = pytest.mark.django_db

NASTY = "Admin <b>label</b>"


@pytest.fixture
def objects():
    region = make_region("hk", name_en=NASTY)
    channel = make_channel(region, label_en=NASTY, hours=[(0, "09:00", "18:00")])
    make_closure("2026-12-25", region=region, reason_en=NASTY)
    return {
        "region": region,
        "channel": channel,
        "alert": make_alert(title_en=NASTY, regions=[region]),
        "officialaccount": make_official(note_en=NASTY),
        "knownimpostor": make_impostor(source=NASTY),
        "contactguidance": make_guidance(title_en=NASTY),
    }


def admin_urls(objects):
    urls = []
    for model, obj in objects.items():
        urls += [
            reverse(f"admin:contacts_{model}_changelist"),
            reverse(f"admin:contacts_{model}_add"),
            reverse(f"admin:contacts_{model}_change", args=[obj.pk]),
            reverse(f"admin:contacts_{model}_history", args=[obj.pk]),
        ]
    return urls


@pytest.mark.parametrize("role", ["editor", "superuser"])
def test_content_staff_can_open_every_page(client, cast, objects, role):
    client.force_login(cast[role])
    for url in admin_urls(objects):
        response = client.get(url)
        assert response.status_code == 200, url
        assert NASTY not in response.content.decode(), url  # escaped, never raw


def test_anonymous_and_customers_are_sent_to_login(client, customer, objects):
    for url in admin_urls(objects):
        assert client.get(url)["Location"].startswith("/admin/login/"), url
    client.force_login(customer)
    for url in admin_urls(objects):
        assert client.get(url)["Location"].startswith("/admin/login/"), url


@pytest.mark.parametrize("role", ["agent", "analyst"])
def test_other_staff_cannot_change_the_directory(client, cast, objects, role):
    client.force_login(cast[role])
    for model in ("region", "channel", "alert", "officialaccount", "contactguidance"):
        assert client.get(reverse(f"admin:contacts_{model}_add")).status_code == 403, model
    channel = objects["channel"]
    response = client.post(
        reverse("admin:contacts_channel_change", args=[channel.pk]),
        {"label_en": "Hijacked", "kind": "phone", "value": "+1 202-555-0100"},
    )
    assert response.status_code == 403
    channel.refresh_from_db()
    assert channel.label_en == NASTY and channel.value_normalised == "+12025550142"


def test_agents_may_view_channels_but_not_impostors(client, agent, objects):
    client.force_login(agent)
    assert client.get(reverse("admin:contacts_channel_changelist")).status_code == 200
    assert client.get(reverse("admin:contacts_knownimpostor_changelist")).status_code == 403


def test_analysts_record_and_confirm_impostors(client, analyst, objects):
    client.force_login(analyst)
    response = client.post(
        reverse("admin:contacts_knownimpostor_add"),
        {
            "kind": "phone",
            "value": "+44 (0)20 7946 0777",
            "source": "Reports R-1, R-2",
            "reported_at": "2026-11-20",
            "is_confirmed": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    impostor = KnownImpostor.objects.get(source="Reports R-1, R-2")
    assert impostor.value_normalised == "+442079460777"
    assert (
        KnownImpostor.history.filter(id=impostor.pk).latest("history_date").history_user == analyst
    )
    delete = reverse("admin:contacts_knownimpostor_delete", args=[impostor.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 403


def _channel_form(channel, **changes):
    data = {
        "kind": channel.kind,
        "region": channel.region_id or "",
        "label_en": channel.label_en,
        "label_zh_hans": "客服热线",
        "label_zh_hant": "客服熱線",
        "value": channel.value,
        "order": channel.order,
        "is_active": "on",
        "hours-TOTAL_FORMS": "2",
        "hours-INITIAL_FORMS": "1",
        "hours-MIN_NUM_FORMS": "0",
        "hours-MAX_NUM_FORMS": "1000",
        "hours-0-id": channel.hours.get().pk,
        "hours-0-channel": channel.pk,
        "hours-0-weekday": "0",
        "hours-0-opens": "09:00",
        "hours-0-closes": "18:00",
        "hours-1-channel": channel.pk,
        "hours-1-weekday": "5",
        "hours-1-opens": "22:00",
        "hours-1-closes": "06:00",
        "closures-TOTAL_FORMS": "1",
        "closures-INITIAL_FORMS": "0",
        "closures-MIN_NUM_FORMS": "0",
        "closures-MAX_NUM_FORMS": "1000",
        "closures-0-channel": channel.pk,
        "closures-0-starts_on": "2026-12-24",
        "closures-0-ends_on": "2026-12-24",
        "closures-0-reason_en": "Christmas Eve",
        "closures-0-opens": "09:00",
        "closures-0-closes": "13:00",
    }
    data.update(changes)
    return data


def test_editor_changes_a_channel_with_inline_hours_and_it_is_in_history(client, editor, objects):
    channel = objects["channel"]
    client.force_login(editor)
    url = reverse("admin:contacts_channel_change", args=[channel.pk])
    response = client.post(url, _channel_form(channel, value="+1 (202) 555-0150"))
    assert response.status_code == 302, response.content.decode()[:3000]
    channel.refresh_from_db()
    assert channel.value_normalised == "+12025550150"
    assert channel.label_zh_hans == "客服热线"
    assert sorted(channel.hours.values_list("weekday", flat=True)) == [0, 5]
    assert channel.closures.get().reason_en == "Christmas Eve"
    latest = Channel.history.filter(id=channel.pk).latest("history_date")
    assert latest.history_user == editor and latest.label_zh_hans == "客服热线"
    assert (
        "editor"
        in client.get(reverse("admin:contacts_channel_history", args=[channel.pk])).content.decode()
    )


def test_admin_refuses_a_value_that_is_not_a_number(client, editor, objects):
    channel = objects["channel"]
    client.force_login(editor)
    url = reverse("admin:contacts_channel_change", args=[channel.pk])
    response = client.post(url, _channel_form(channel, value="call us maybe"))
    assert response.status_code == 200
    assert "not a valid value for this kind" in response.content.decode()


def test_changelist_filters(client, editor, objects):
    client.force_login(editor)
    make_channel(None, kind=Channel.Kind.EMAIL, value="help@okpay.example", label_en="Mail")
    url = reverse("admin:contacts_channel_changelist")
    html = client.get(url, {"kind__exact": "email"}).content.decode()
    assert "Mail</a>" in html and "1 channel" in html
    html = client.get(reverse("admin:contacts_alert_changelist"), {"shown": "yes"}).content.decode()
    assert "Admin &lt;b&gt;label" in html


def test_hours_are_edited_as_hour_minute_and_zones_picked_from_a_list(client, editor, objects):
    channel = objects["channel"]
    client.force_login(editor)
    url = reverse("admin:contacts_channel_change", args=[channel.pk])
    html = client.get(url).content.decode()
    inputs = {attrs.get("name"): attrs for tag, attrs in elements(html) if tag == "input"}
    opens = inputs["hours-0-opens"]
    assert len(opens["value"]) == 5 and opens["value"][2] == ":"  # 09:00, never 09:00:00
    zone = [
        attrs
        for tag, attrs in elements(html)
        if tag == "select" and attrs.get("name") == "time_zone"
    ]
    assert zone, "the time zone is a list"
    assert '<option value="Asia/Hong_Kong"' in html

    refused = client.post(url, _channel_form(channel, time_zone="Mars/Olympus"))
    assert refused.status_code == 200
    accepted = client.post(url, _channel_form(channel, time_zone="Europe/London"))
    assert accepted.status_code == 302
    channel.refresh_from_db()
    assert channel.time_zone == "Europe/London"


def test_history_names_the_changer_without_a_link_editors_may_not_open(client, cast, objects):
    channel = objects["channel"]
    history = reverse("admin:contacts_channel_history", args=[channel.pk])
    client.force_login(cast["editor"])
    client.post(reverse("admin:contacts_channel_change", args=[channel.pk]), _channel_form(channel))
    user_links = [
        attrs["href"]
        for tag, attrs in elements(client.get(history).content.decode())
        if tag == "a" and "/auth/user/" in attrs.get("href", "")
    ]
    assert user_links == []
    client.force_login(cast["superuser"])
    html = client.get(history).content.decode()
    links = [attrs["href"] for tag, attrs in elements(html) if tag == "a"]
    assert any(f"/auth/user/{cast['editor'].pk}/" in link for link in links)
    for link in links:
        if "/auth/user/" in link:
            client.force_login(cast["superuser"])
            assert client.get(link).status_code == 200


def test_a_channel_shows_its_regions_closures_and_missing_translations(client, editor, objects):
    channel, region = objects["channel"], objects["region"]
    make_closure(
        timezone.localdate() + datetime.timedelta(days=3),
        region=region,
        reason_en="Christmas",
        reason_zh_hans="圣诞节",
    )
    client.force_login(editor)
    url = reverse("admin:contacts_channel_change", args=[channel.pk])
    html = client.get(url).content.decode()
    listed = html[html.index('data-testid="region-closures"') :]
    assert "Christmas" in listed[: listed.index("</ul>")]
    warnings = html[html.index('data-testid="translation-warnings"') :]
    warnings = warnings[: warnings.index("</ul>")]
    assert "closure “Christmas”" in warnings and "Traditional" in warnings
    assert "Simplified" not in warnings.split("Christmas")[1].split("</li>")[0]

    response = client.post(url, _channel_form(channel), follow=True)
    assert response.status_code == 200
    text = response.content.decode()
    assert "Visitors will read English where a translation is missing" in text
