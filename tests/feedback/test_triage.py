"""Staff triage in the admin: status, assignment, public replies, notes, history."""

import pytest
from django.core import mail
from django.urls import reverse

from feedback.models import Note, Reply, Submission
from tests.factories import make_submission, reply_with_preview, submission_admin_form
from tests.html import by_testid

pytestmark = pytest.mark.django_db


def test_agent_replies_notes_and_changes_status_with_history(
    client, agent, django_capture_on_commit_callbacks
):
    submission = make_submission(kind="complaint", email="mei@example.com", language="zh-hans")
    client.force_login(agent)
    url = reverse("admin:feedback_submission_change", args=[submission.pk])
    assert client.get(url).status_code == 200
    data = submission_admin_form(
        submission,
        status="waiting_customer",
        priority="3",
        assignee=str(agent.pk),
        **{
            "notes-TOTAL_FORMS": "1",
            "notes-0-body": "Customer is upset <script>x</script>",
        },
    )
    with django_capture_on_commit_callbacks(execute=True):
        sent = reply_with_preview(client, submission, "请把错误画面的截图发给我们。")
        response = client.post(url, data)
    assert sent.status_code == 302
    assert response.status_code == 302, response.content.decode()[:3000]
    submission.refresh_from_db()
    assert (submission.status, submission.priority, submission.assignee) == (
        "waiting_customer",
        3,
        agent,
    )
    assert submission.first_response_at is not None
    assert Reply.objects.get().author == agent
    assert Note.objects.get().author == agent
    # The reply is e-mailed in the customer's language; the note is not.
    [message] = mail.outbox
    assert "截图" in message.body and "upset" not in message.body
    # History records who changed what.
    latest = submission.history.latest("history_date")
    assert latest.history_user == agent and latest.status == "waiting_customer"
    history = client.get(reverse("admin:feedback_submission_history", args=[submission.pk]))
    assert "agent" in history.content.decode()
    # The change page shows the note escaped.
    page = client.get(url).content.decode()
    assert "<script>x</script>" not in page and "&lt;script&gt;x" in page
    # The customer sees the reply and the new status, not the note.
    status = client.post(
        "/zh-hans/status/",
        {"reference": submission.reference, "email": "mei@example.com"},
        follow=True,
    ).content.decode()
    assert by_testid(status, "status")[0]["data-status"] == "waiting_customer"
    assert "截图" in status and "upset" not in status


def test_resolving_sets_and_reopening_clears_the_resolution_time(client, agent):
    submission = make_submission()
    client.force_login(agent)
    url = reverse("admin:feedback_submission_change", args=[submission.pk])
    client.post(url, submission_admin_form(submission, status="resolved"))
    submission.refresh_from_db()
    assert submission.resolved_at and submission.first_response_at
    client.post(url, submission_admin_form(submission, status="in_progress"))
    submission.refresh_from_db()
    assert submission.resolved_at is None
    client.post(url, submission_admin_form(submission, status="closed"))
    submission.refresh_from_db()
    assert submission.resolved_at and submission.closed_at


def test_customer_fields_cannot_be_changed_by_staff(client, agent):
    submission = make_submission(email="owner@example.com")
    client.force_login(agent)
    url = reverse("admin:feedback_submission_change", args=[submission.pk])
    client.post(
        url, submission_admin_form(submission, email="attacker@example.com", description="x")
    )
    submission.refresh_from_db()
    assert submission.email == "owner@example.com"


def test_bulk_actions_respect_roles_and_record_history(client, analyst):
    report = make_submission(kind="suspicious")
    feedback = make_submission(kind="feedback")
    client.force_login(analyst)
    client.post(
        reverse("admin:feedback_submission_changelist"),
        {"action": "mark_resolved", "_selected_action": [report.pk, feedback.pk]},
    )
    assert Submission.objects.get(pk=report.pk).status == "resolved"
    assert Submission.objects.get(pk=feedback.pk).status == "received"
    assert report.history.count() == 2


def test_changelist_filters_and_search(client, superuser):
    make_submission(kind="suspicious", suspicious_contact="https://okpay-login.example/verify")
    make_submission(transaction_id="TX99887766")
    client.force_login(superuser)
    url = reverse("admin:feedback_submission_changelist")
    for params in [
        {"q": "okpay-login.example"},
        {"q": "TX99887766"},
        {"kind__exact": "suspicious"},
        {"status__exact": "received", "priority__exact": "2"},
        {"assignee": "none"},
        {"assignee": "me"},
        {"created_at__year": "2026"},
    ]:
        assert client.get(url, params).status_code == 200, params
    assert "1 submission" in client.get(url, {"q": "TX99887766"}).content.decode()
