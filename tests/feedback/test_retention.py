"""Retention: old closed records lose their personal data and files; nothing else does."""

import datetime
from io import StringIO
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone

from feedback import services
from feedback.models import Attachment, Note, Notification, Reply, Submission
from tests.factories import make_submission
from tests.files import png_bytes

pytestmark = pytest.mark.django_db
YEARS = datetime.timedelta(days=365)


def make_case(closed_ago=None, status="closed", **fields):
    submission = make_submission(
        email="private@example.com",
        name="Private Person",
        description="My account 123 and my address",
        transaction_id="TX123456",
        status=status,
        closed_at=timezone.now() - closed_ago if closed_ago else None,
        **fields,
    )
    attachment = Attachment(submission=submission, content_type="image/png", size=10)
    attachment.file.save("x.png", ContentFile(png_bytes()), save=False)
    attachment.save()
    Note.objects.create(submission=submission, body="Called Private Person")
    Reply.objects.create(submission=submission, body="Dear Private Person")
    Notification.objects.create(
        submission=submission,
        purpose="confirmation",
        recipient="private@example.com",
        language="en",
    )
    submission.name = "Private Person (edited)"
    submission.save()  # a second history row with personal data
    return submission, Path(attachment.file.path)


def run(*args):
    out = StringIO()
    call_command("feedback_anonymise", *args, stdout=out)
    return out.getvalue()


def test_old_closed_records_are_anonymised_and_files_removed():
    old, old_file = make_case(closed_ago=2 * YEARS + datetime.timedelta(days=1))
    young, young_file = make_case(closed_ago=YEARS)
    open_old, open_file = make_case(status="in_progress")
    Submission.objects.filter(pk=open_old.pk).update(created_at=timezone.now() - 3 * YEARS)
    resolved_old, resolved_file = make_case(
        closed_ago=3 * YEARS, status="resolved", kind="suspicious"
    )

    assert "Anonymised 1 closed submission" in run()

    old.refresh_from_db()
    assert (old.email, old.name, old.transaction_id) == ("", "", "")
    assert old.description == "[removed]" and old.anonymised_at
    assert not old_file.exists() and not old.attachments.exists()
    assert list(old.notes.values_list("body", flat=True)) == ["[removed]"]
    assert list(old.replies.values_list("body", flat=True)) == ["[removed]"]
    assert list(old.notifications.values_list("recipient", flat=True)) == [""]
    for row in Submission.history.filter(id=old.pk):
        assert "Private" not in (row.name + row.description) and row.email == ""
    # Statistics survive.
    assert (old.kind, old.topic, old.status, old.reference) != ("", "", "", "")
    for kept, path in [(young, young_file), (open_old, open_file), (resolved_old, resolved_file)]:
        kept.refresh_from_db()
        assert kept.email == "private@example.com" and path.exists()


def test_the_age_is_configurable_and_running_again_changes_nothing(settings):
    settings.FEEDBACK_RETENTION_DAYS = 30
    case, _path = make_case(closed_ago=datetime.timedelta(days=31))
    assert "Would anonymise 1" in run("--dry-run")
    assert Submission.objects.get(pk=case.pk).email == "private@example.com"
    assert "Anonymised 1" in run()
    assert "Anonymised 0" in run()
    assert "Anonymised 0" in run("--days", "1")


def test_anonymised_records_cannot_be_looked_up(client):
    case, _path = make_case(closed_ago=3 * YEARS)
    services.submissions_anonymise(older_than_days=730)
    response = client.post(
        "/en/status/", {"reference": case.reference, "email": "private@example.com"}
    )
    assert 'data-testid="status"' not in response.content.decode()
