"""CSV export: exactly the filtered list, only visible kinds, safe for spreadsheets."""

import csv
import io

import pytest

from tests.factories import make_submission

pytestmark = pytest.mark.django_db
URL = "/admin/feedback/submission/export/"


def rows(response):
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def test_export_follows_the_filters(client, superuser):
    a = make_submission(kind="complaint", status="resolved")
    b = make_submission(kind="complaint", status="received")
    c = make_submission(kind="suspicious")
    client.force_login(superuser)
    response = client.get(URL, {"status__exact": "resolved"})
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment;" in response["Content-Disposition"]
    data = rows(response)
    assert data[0][0] == "reference"
    assert [row[0] for row in data[1:]] == [a.reference]
    all_rows = {row[0] for row in rows(client.get(URL, {"queue": "all"}))[1:]}
    assert all_rows == {a.reference, b.reference, c.reference}


def test_export_only_contains_what_the_role_may_see(client, agent):
    feedback = make_submission(kind="feedback")
    make_submission(kind="suspicious")
    client.force_login(agent)
    assert [row[0] for row in rows(client.get(URL))[1:]] == [feedback.reference]


def test_formula_injection_is_neutralised_and_personal_text_left_out(client, superuser):
    make_submission(
        kind="suspicious",
        suspicious_contact='=HYPERLINK("http://evil.example","click")',
        description="private description",
        email="private@example.com",
    )
    client.force_login(superuser)
    text = client.get(URL).content.decode("utf-8-sig")
    assert "'=HYPERLINK" in text
    assert "private description" not in text and "private@example.com" not in text


def test_export_holds_readable_values_and_whole_seconds(client, superuser):
    from tests.factories import make_region

    make_submission(kind="complaint", topic="payment", region=make_region("gb"), priority=2)
    client.force_login(superuser)
    header, row = rows(client.get(URL, {"queue": "all"}))
    values = dict(zip(header, row, strict=True))
    assert values["kind"] == "Complaint"
    assert values["topic"] == "Payment or transfer"
    assert values["priority"] == "Normal"
    assert values["region"] != "gb"
    assert values["language"] == "English"
    received = values["received"]
    assert len(received) == len("2026-12-03 16:22:09+00:00") and "." not in received


def test_export_by_default_is_the_agents_queue(client, agent, superuser):
    mine = make_submission(assignee=agent)
    nobodys = make_submission()
    make_submission(assignee=superuser)
    make_submission(status="closed")
    client.force_login(agent)
    assert {row[0] for row in rows(client.get(URL))[1:]} == {mine.reference, nobodys.reference}
