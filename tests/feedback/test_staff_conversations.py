"""Staff and conversations: the customer's answers in triage, revoking links, contacts
recorded from other channels, and the channel in analytics and the export."""

import csv
import io

import pytest
from django.urls import reverse

from feedback import links, services
from feedback.analytics import build_report
from feedback.models import CustomerMessage, Notification, ReceivedVia, Submission
from feedback.uploads import clean_upload
from tests.factories import make_submission, submission_admin_form
from tests.files import png_bytes, upload

pytestmark = pytest.mark.django_db
RECORD_URL = "/admin/feedback/submission/record/"


def answered(kind="feedback", body="Here is my screenshot <b>now</b>."):
    submission = make_submission(kind=kind, email="mei@example.com")
    services.customer_message_create(
        submission=submission,
        body=body,
        source=CustomerMessage.Source.WEB,
        idempotency_key="k1",
        files=[clean_upload(upload("s.png", png_bytes(), "image/png"))],
    )
    return submission


# The customer's answers in the change page.


@pytest.mark.parametrize(
    ("role", "kind", "sees"),
    [
        ("agent", "feedback", True),
        ("analyst", "suspicious", True),
        ("superuser", "feedback", True),
        ("agent", "suspicious", False),
        ("analyst", "feedback", False),
        ("editor", "feedback", False),
    ],
)
def test_answers_and_their_files_are_shown_to_who_handles_the_case(client, cast, role, kind, sees):
    submission = answered(kind)
    client.force_login(cast[role])
    response = client.get(reverse("admin:feedback_submission_change", args=[submission.pk]))
    if not sees:
        assert response.status_code in {403, 404}
        return
    html = response.content.decode()
    assert "Here is my screenshot &lt;b&gt;now&lt;/b&gt;." in html
    attachment = submission.attachments.get()
    assert attachment.get_absolute_url() in html
    assert client.get(attachment.get_absolute_url()).status_code == 200


def test_the_change_form_still_saves_with_the_answers_inline(client, agent):
    submission = answered()
    client.force_login(agent)
    url = reverse("admin:feedback_submission_change", args=[submission.pk])
    response = client.post(url, submission_admin_form(submission, status="resolved"))
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == "resolved" and submission.messages.count() == 1


# Revoking the customer's links.


def test_revoking_ends_the_links_and_is_in_the_history(client, agent):
    submission = make_submission(kind="complaint")
    old_link = links.case_token(submission)
    client.force_login(agent)
    response = client.post(
        reverse("admin:feedback_submission_changelist"),
        {"action": "revoke_links", "_selected_action": [submission.pk]},
    )
    assert response.status_code == 302
    assert links.submission_for_token(old_link) is None
    submission.refresh_from_db()
    assert links.submission_for_token(links.case_token(submission)) == submission
    latest = submission.history.latest()
    assert latest.history_user == agent
    assert latest.history_change_reason == "customer links revoked"


def test_revoking_does_not_reach_cases_of_another_role(client, agent):
    report = make_submission(kind="suspicious")
    token = links.case_token(report)
    client.force_login(agent)
    client.post(
        reverse("admin:feedback_submission_changelist"),
        {"action": "revoke_links", "_selected_action": [report.pk]},
    )
    assert links.submission_for_token(token) == report


# Recording a contact from another channel.


def record_data(**overrides):
    data = {
        "received_via": "phone",
        "kind": "complaint",
        "email": "caller@example.com",
        "name": "Chen",
        "language": "zh-hans",
        "description": "Called about a withdrawal pending for a week.",
        "topic": "withdrawal",
        "incident": "",
        "suspicious_contact": "",
        "occurred_on": "",
        "amount": "",
        "currency": "",
        "transaction_id": "",
    }
    return {**data, **overrides}


REPORT = {
    "kind": "suspicious",
    "topic": "",
    "incident": "impostor_call",
    "suspicious_contact": "+1 202-555-0147",
    "received_via": "social",
}


@pytest.mark.parametrize(
    ("role", "data", "allowed"),
    [
        ("agent", {}, True),
        ("agent", REPORT, False),
        ("analyst", REPORT, True),
        ("analyst", {}, False),
        ("superuser", {}, True),
        ("superuser", REPORT, True),
        ("editor", {}, False),
        ("customer", {}, False),
    ],
)
def test_who_may_record_which_kind(client, cast, settings, tmp_path, role, data, allowed):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(cast[role])
    response = client.post(RECORD_URL, record_data(**data))
    if allowed:
        assert response.status_code == 302, response.content.decode()[:2000]
        submission = Submission.objects.get()
        assert submission.recorded_by == cast[role]
        assert submission.received_via == data.get("received_via", "phone")
        assert response["Location"] == submission.get_absolute_url()
    else:
        assert response.status_code in {200, 302, 403}
        assert not Submission.objects.exists()


def test_a_recorded_contact_gets_the_confirmation_in_its_language(
    client, agent, django_capture_on_commit_callbacks
):
    from django.core import mail

    client.force_login(agent)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(RECORD_URL, record_data())
    assert response.status_code == 302
    submission = Submission.objects.get()
    confirmation = Notification.objects.get(
        submission=submission, purpose=Notification.Purpose.CONFIRMATION
    )
    assert (confirmation.recipient, confirmation.language) == ("caller@example.com", "zh-hans")
    [sent] = [m for m in mail.outbox if "caller@example.com" in m.to]
    assert submission.reference in sent.body


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"received_via": "web"}, "received_via"),
        ({"email": ""}, "email"),
        ({"email": "not-an-address"}, "email"),
        ({"topic": ""}, "topic"),
        ({"description": "My password: Hunter22! does not work"}, "description"),
        ({"description": "x" * 10_000}, "description"),
        ({"email": "a@example.com\r\nBcc: victim@example.com"}, "email"),
        ({"name": "Chen\r\nvisit https://okpay-refund.example"}, "name"),
    ],
)
def test_bad_input_is_refused_and_kept(client, agent, overrides, field):
    client.force_login(agent)
    response = client.post(RECORD_URL, record_data(**overrides))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not Submission.objects.exists()


def test_the_record_page_renders_and_the_list_links_to_it(client, agent, editor):
    client.force_login(agent)
    assert client.get(RECORD_URL).status_code == 200
    assert RECORD_URL in client.get("/admin/feedback/submission/").content.decode()
    client.force_login(editor)
    assert client.get(RECORD_URL).status_code == 403


def test_anonymous_visitors_are_sent_to_the_login(client):
    response = client.get(RECORD_URL)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_the_service_refuses_a_kind_the_recorder_does_not_handle(agent):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        services.submission_record(
            recorded_by=agent,
            received_via=ReceivedVia.PHONE,
            kind="suspicious",
            language="en",
            email="x@example.com",
            description="Someone called me pretending to be support.",
            incident="impostor_call",
        )
    assert not Submission.objects.exists()


# The channel in analytics and the export.


def test_analytics_and_export_split_by_channel(client, superuser):
    make_submission()
    make_submission(received_via=ReceivedVia.PHONE)
    make_submission(received_via=ReceivedVia.PHONE)
    report = build_report(Submission.objects.all())
    assert dict(report.by_channel) == {"Phone": 2, "Web form": 1}
    client.force_login(superuser)
    page = client.get("/admin/feedback/submission/analytics/").content.decode()
    assert 'data-testid="by-channel"' in page
    export = client.get("/admin/feedback/submission/export/").content.decode("utf-8-sig")
    data = list(csv.reader(io.StringIO(export)))
    column = data[0].index("received via")
    assert sorted(row[column] for row in data[1:]) == ["Phone", "Phone", "Web form"]
    filtered = client.get("/admin/feedback/submission/export/", {"received_via__exact": "phone"})
    assert len(list(csv.reader(io.StringIO(filtered.content.decode("utf-8-sig"))))) == 3
