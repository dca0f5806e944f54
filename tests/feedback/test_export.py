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
    all_rows = {row[0] for row in rows(client.get(URL))[1:]}
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
