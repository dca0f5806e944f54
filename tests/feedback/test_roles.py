"""Who sees what: the permission ladder for lists, pages, history, files and analytics."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from feedback.models import Attachment, Submission
from tests.factories import make_submission
from tests.files import png_bytes

pytestmark = pytest.mark.django_db


def with_file(submission):
    attachment = Attachment(submission=submission, content_type="image/png", size=10)
    attachment.file.save("x.png", ContentFile(png_bytes()), save=False)
    attachment.save()
    return attachment


@pytest.fixture
def records():
    feedback = make_submission(kind="feedback", description="Feedback <b>bold</b> text")
    complaint = make_submission(kind="complaint")
    report = make_submission(kind="suspicious", description="Report about impostor")
    return {
        "feedback": (feedback, with_file(feedback)),
        "complaint": (complaint, with_file(complaint)),
        "suspicious": (report, with_file(report)),
    }


# role -> kinds it may handle
LADDER = {
    "agent": {"feedback", "complaint"},
    "analyst": {"suspicious"},
    "superuser": {"feedback", "complaint", "suspicious"},
}


def pages(submission):
    return [
        reverse("admin:feedback_submission_change", args=[submission.pk]),
        reverse("admin:feedback_submission_history", args=[submission.pk]),
    ]


@pytest.mark.parametrize("role", ["anonymous", "customer"])
def test_outsiders_are_sent_to_login_everywhere(client, cast, records, role):
    if cast[role]:
        client.force_login(cast[role])
    for submission, attachment in records.values():
        for url in [
            *pages(submission),
            attachment.get_absolute_url(),
            reverse("admin:feedback_submission_changelist"),
            reverse("admin:feedback_submission_analytics"),
            reverse("admin:feedback_submission_export"),
        ]:
            response = client.get(url)
            assert response.status_code == 302, url
            assert response["Location"].startswith("/admin/login/"), url


def test_content_editors_see_nothing_of_feedback(client, editor, records):
    client.force_login(editor)
    assert client.get(reverse("admin:feedback_submission_changelist")).status_code == 403
    assert client.get(reverse("admin:feedback_submission_analytics")).status_code == 403
    assert client.get(reverse("admin:feedback_submission_export")).status_code == 403
    for submission, attachment in records.values():
        assert client.get(pages(submission)[0]).status_code in {403, 404}
        assert client.get(attachment.get_absolute_url()).status_code == 403
    index = client.get(reverse("admin:index")).content.decode()
    assert "/admin/feedback/" not in index


@pytest.mark.parametrize("role", LADDER)
def test_each_role_sees_exactly_its_kinds(client, cast, records, role):
    client.force_login(cast[role])
    changelist = client.get(reverse("admin:feedback_submission_changelist")).content.decode()
    for kind, (submission, attachment) in records.items():
        allowed = kind in LADDER[role]
        assert (submission.reference in changelist) is allowed, (role, kind)
        for url in pages(submission):
            assert client.get(url).status_code == (200 if allowed else 404), (role, kind, url)
        download = client.get(attachment.get_absolute_url())
        assert download.status_code == (200 if allowed else 404), (role, kind)
        if allowed:
            assert download["Content-Disposition"].startswith("attachment;")
            assert download["X-Content-Type-Options"] == "nosniff"
            assert "sandbox" in download["Content-Security-Policy"]
            assert b"".join(download.streaming_content).startswith(b"\x89PNG")


@pytest.mark.parametrize("role", ["agent", "analyst"])
def test_a_role_cannot_change_another_roles_record(client, cast, records, role):
    client.force_login(cast[role])
    other_kind = "suspicious" if role == "agent" else "feedback"
    submission, _attachment = records[other_kind]
    url = reverse("admin:feedback_submission_change", args=[submission.pk])
    response = client.post(url, {"status": "closed", "priority": 4})
    assert response.status_code == 404
    submission.refresh_from_db()
    assert submission.status == "received"


def test_search_does_not_leak_other_kinds(client, agent, records):
    client.force_login(agent)
    report, _attachment = records["suspicious"]
    url = reverse("admin:feedback_submission_changelist")
    change = reverse("admin:feedback_submission_change", args=[report.pk])
    html = client.get(url, {"q": report.reference}).content.decode()
    assert change not in html and "0 submissions" in html
    html = client.get(url, {"kind__exact": "suspicious"}).content.decode()
    assert change not in html


def test_unknown_attachment_is_404_and_bad_ids_do_not_crash(client, superuser):
    client.force_login(superuser)
    assert client.get("/staff/attachments/00000000-0000-0000-0000-000000000000/").status_code == 404
    assert client.get("/staff/attachments/not-a-uuid/").status_code == 404
    assert client.get("/admin/feedback/submission/abc/change/").status_code == 404


def test_nobody_adds_or_deletes_submissions_in_the_admin(client, superuser, records):
    client.force_login(superuser)
    assert client.get("/admin/feedback/submission/add/").status_code == 403
    submission, _attachment = records["feedback"]
    delete = reverse("admin:feedback_submission_delete", args=[submission.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 403
    assert Submission.objects.filter(pk=submission.pk).exists()


def test_admin_pages_escape_customer_text(client, superuser, records):
    client.force_login(superuser)
    submission, _attachment = records["feedback"]
    html = client.get(pages(submission)[0]).content.decode()
    assert "Feedback <b>bold</b>" not in html
    assert "Feedback &lt;b&gt;bold&lt;/b&gt;" in html
