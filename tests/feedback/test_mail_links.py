"""Every link in every mail starts with SITE_URL, and `make run` sets it from PORT."""

import re
import subprocess

import pytest
from django.conf import settings

from feedback import outbox, services
from feedback.models import Notification, Reply, Status
from tests.factories import make_submission

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("purpose", Notification.Purpose.values)
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
