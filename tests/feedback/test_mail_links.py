"""Every link in every mail starts with SITE_URL, and `make run` sets it from PORT."""

import re
import subprocess

import pytest
from django.conf import settings

from feedback import outbox, services
from feedback.models import Notification, Reply, Status
from tests.factories import make_submission

pytestmark = pytest.mark.django_db


# Mails other apps build themselves (outbox.mail_register) are checked in their tests.
CASE_PURPOSES = [
    purpose for purpose in Notification.Purpose.values if purpose not in outbox.MAIL_BUILDERS
]


@pytest.mark.parametrize("purpose", CASE_PURPOSES)
def test_every_link_in_every_mail_uses_the_site_url(settings, purpose):
    settings.SITE_URL = "https://help.example.org:8443"
    submission = make_submission(status=Status.RESOLVED, name="Arjun")
    reply = Reply(submission=submission, body="See https://help.example.org:8443/en/faq/.")
    subject, body = outbox.mail_text(
        purpose=purpose, submission=submission, reply=reply, language="en"
    )
    urls = re.findall(r"https?://\S+", subject + body)
    assert urls, "every mail carries a link"
    assert all(url.startswith("https://help.example.org:8443/") for url in urls), urls


def test_mails_of_other_apps_are_left_to_their_builders():
    assert "chat_transcript" in outbox.MAIL_BUILDERS
    assert "chat_transcript" not in CASE_PURPOSES and "resolved" in CASE_PURPOSES


def test_resolving_by_the_bulk_action_asks_for_a_rating_too(agent):
    submission = make_submission()
    previous = submission.status
    submission.status = Status.RESOLVED
    services.submission_triage_apply(submission=submission, previous_status=previous)
    assert submission.notifications.filter(purpose=Notification.Purpose.RESOLVED).exists()


@pytest.mark.parametrize("target", ["run", "serve"])
def test_make_sets_the_site_url_from_the_port(target):
    dry_run = subprocess.run(
        ["make", "-n", target, "PORT=8765"],
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert 'SITE_URL="${SITE_URL:-http://127.0.0.1:8765}"' in dry_run
