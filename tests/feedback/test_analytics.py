"""The staff analytics page: counts, medians, top contacts, per role."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from feedback.analytics import build_report, median_hours
from feedback.models import Submission
from feedback.services import impostor_confirm
from tests.factories import make_region, make_submission

pytestmark = pytest.mark.django_db
URL = "/admin/feedback/submission/analytics/"


def at(days_ago, **fields):
    submission = make_submission(**fields)
    created = timezone.now() - datetime.timedelta(days=days_ago)
    Submission.objects.filter(pk=submission.pk).update(created_at=created)
    return submission


def test_medians_are_hours_from_receipt():
    now = timezone.now()
    for hours in (1, 3, 10):
        s = at(0)
        Submission.objects.filter(pk=s.pk).update(
            created_at=now, first_response_at=now + datetime.timedelta(hours=hours)
        )
    at(0)  # no response yet: not counted
    assert median_hours(Submission.objects.all(), "first_response_at") == 3.0
    assert median_hours(Submission.objects.all(), "resolved_at") is None


def test_weekly_counts_and_breakdowns():
    at(1, kind="feedback", topic="fees")
    at(2, kind="complaint", topic="fees")
    at(9, kind="suspicious")
    at(400, kind="feedback")  # outside the window
    report = build_report(Submission.objects.all(), weeks=4)
    assert report.total == 3
    weekly = dict(report.weekly_by_kind)
    assert sum(weekly["Feedback"]) == 1 and sum(weekly["Suspicious activity"]) == 1
    assert sum(sum(values) for values in weekly.values()) == 3
    assert dict(report.by_topic)["Fees"] == 2
    assert len(report.weeks) == 4


def test_top_contacts_group_spellings_and_show_confirmation():
    at(1, kind="suspicious", suspicious_contact="+1 202-555-0147")
    at(2, kind="suspicious", suspicious_contact="+1 (202) 555 0147", impostor_confirmed=True)
    at(3, kind="suspicious", suspicious_contact="https://www.okpay-help.example/")
    report = build_report(Submission.objects.all())
    top = report.top_contacts[0]
    assert (top["suspicious_contact_key"], top["reports"], top["confirmed"]) == (
        "+12025550147",
        2,
        1,
    )
    assert report.top_contacts[1]["suspicious_contact_key"] == "okpay-help.example"


def test_reports_are_grouped_as_the_impostor_list_stores_the_contact():
    us = make_region("us", time_zone="America/New_York")
    national = at(1, kind="suspicious", suspicious_contact="(202) 555-0147", region=us)
    at(2, kind="suspicious", suspicious_contact="+1 202 555 0147")
    at(3, kind="suspicious", suspicious_contact="HTTPS://Www.OKPay-Help.example/login?x=1")
    at(4, kind="suspicious", suspicious_contact="okpay-help.example")
    report = build_report(Submission.objects.all())
    counts = {row["suspicious_contact_key"]: row["reports"] for row in report.top_contacts}
    assert counts == {"+12025550147": 2, "okpay-help.example": 2}
    impostor = impostor_confirm(submission=national)
    assert impostor.value_normalised == national.suspicious_contact_key == "+12025550147"


@pytest.mark.parametrize(
    ("role", "sees_reports"), [("agent", False), ("analyst", True), ("superuser", True)]
)
def test_page_renders_charts_and_tables_from_what_the_role_may_see(
    client, cast, role, sees_reports
):
    at(1, kind="feedback", topic="app")
    at(1, kind="suspicious", suspicious_contact="<script>alert(1)</script>.example")
    client.force_login(cast[role])
    response = client.get(URL, {"weeks": "4"})
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<svg") >= 5 and "<table" in html
    assert "<script>alert(1)" not in html
    assert ('data-testid="top-contacts"' in html) is sees_reports
    total = response.context["report"].total
    assert total == (1 if role == "agent" else 1 if role == "analyst" else 2)


@pytest.mark.parametrize("weeks", ["", "abc", "-1", "9999", "<b>"])
def test_odd_periods_fall_back_to_the_default(client, superuser, weeks):
    client.force_login(superuser)
    response = client.get(URL, {"weeks": weeks})
    assert response.status_code == 200 and response.context["weeks"] == 12


def test_changelist_links_to_analytics_and_export(client, agent):
    client.force_login(agent)
    html = client.get(reverse("admin:feedback_submission_changelist")).content.decode()
    assert URL in html and "/admin/feedback/submission/export/" in html


def test_week_labels_carry_the_year_and_agents_get_no_column_for_reports(client, agent):
    import re

    from tests.factories import make_submission as make

    make(kind="complaint")
    client.force_login(agent)
    response = client.get("/admin/feedback/submission/analytics/")
    report = response.context["report"]
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", week) for week in report.weeks)
    assert [name for name, _values in report.weekly_by_kind] == ["Feedback", "Complaint"]
    assert '<ol class="breadcrumbs">' in response.content.decode()
