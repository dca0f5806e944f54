"""Admin times in the staff member's own zone (default: the server's), the zone named."""

import datetime

import pytest
from django.urls import reverse

from feedback.models import StaffPreference, Submission
from tests.factories import make_submission

pytestmark = pytest.mark.django_db


def case_page(client, submission):
    url = reverse("admin:feedback_submission_change", args=[submission.pk])
    return client.get(url).content.decode()


@pytest.fixture
def noon_utc():
    submission = make_submission()
    noon = datetime.datetime(2026, 1, 15, 12, 0, tzinfo=datetime.UTC)
    Submission.objects.filter(pk=submission.pk).update(created_at=noon)
    return submission


def test_without_a_choice_times_are_in_the_servers_zone_and_named(
    client, agent, noon_utc, settings
):
    settings.TIME_ZONE = "UTC"
    client.force_login(agent)
    html = case_page(client, noon_utc)
    assert "Times in Coordinated Universal Time (UTC)" in html
    assert "Jan. 15, 2026, noon" in html


def test_a_chosen_zone_shows_times_there(client, agent, noon_utc):
    client.force_login(agent)
    response = client.post(reverse("staff_time_zone"), {"time_zone": "Asia/Hong_Kong"})
    assert response.status_code == 302
    html = case_page(client, noon_utc)
    assert "Times in Hong Kong Time (UTC+8)" in html
    assert "Jan. 15, 2026, 8 p.m." in html


def test_an_unknown_zone_is_refused_with_a_message(client, agent):
    client.force_login(agent)
    response = client.post(reverse("staff_time_zone"), {"time_zone": "Mars/Olympus"})
    assert response.status_code == 200
    assert response.context["form"].errors["time_zone"]
    assert not StaffPreference.objects.exists()


def test_each_sets_only_their_own(client, agent, analyst):
    StaffPreference.objects.create(user=analyst, time_zone="Europe/London")
    client.force_login(agent)
    client.post(reverse("staff_time_zone"), {"time_zone": "America/New_York"})
    assert dict(StaffPreference.objects.values_list("user__username", "time_zone")) == {
        "agent": "America/New_York",
        "analyst": "Europe/London",
    }


@pytest.mark.parametrize(
    ("role", "status"), [("anonymous", 302), ("customer", 302), ("editor", 200)]
)
def test_the_page_is_for_staff(client, cast, role, status):
    if cast[role]:
        client.force_login(cast[role])
    response = client.get(reverse("staff_time_zone"))
    assert response.status_code == status
    if status == 302:
        assert "/admin/login/" in response["Location"]


def test_customer_pages_keep_their_own_zone(client, agent):
    client.force_login(agent)
    client.post(reverse("staff_time_zone"), {"time_zone": "Asia/Hong_Kong"})
    page = client.get("/en/contact/")
    assert page.status_code == 200
    assert "staff-zone" not in page.content.decode()
