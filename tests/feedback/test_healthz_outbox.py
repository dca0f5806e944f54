"""/healthz tells when mail piles up: the worker stopped, or the mail server refuses."""

import datetime
import json

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from feedback.models import Notification
from tests.forms import feedback_data

pytestmark = pytest.mark.django_db


def test_mail_waiting_past_the_threshold_without_a_worker_degrades_healthz(
    client, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.OUTBOX_DEGRADED_AFTER_SECONDS = 900
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/feedback/", feedback_data(client))
    # Queued for the worker, which is not running: nothing takes it.
    assert DBTaskResult.objects.get().status == "READY"
    assert Notification.objects.get().state == "pending"

    fresh = json.loads(client.get("/healthz").content)
    assert fresh["status"] == "ok" and fresh["checks"]["outbox"] == "ok"
    assert fresh["outbox"]["pending"] == 1
    assert 0 <= fresh["outbox"]["oldest_pending_seconds"] < 900

    # Twenty minutes later, still nobody has sent it.
    Notification.objects.update(created_at=timezone.now() - datetime.timedelta(minutes=20))
    response = client.get("/healthz")
    body = json.loads(response.content)
    assert response.status_code == 200  # the site still serves: no balancer should drop it
    assert body["status"] == "degraded" and body["checks"]["outbox"] == "degraded"
    assert body["outbox"]["oldest_pending_seconds"] >= 1200


def test_sent_and_failed_mail_do_not_count(client, settings):
    from tests.factories import make_submission

    submission = make_submission()
    old = timezone.now() - datetime.timedelta(days=1)
    for state in ["sent", "failed"]:
        Notification.objects.create(
            submission=submission,
            purpose="confirmation",
            recipient="a@example.com",
            language="en",
            state=state,
        )
    Notification.objects.update(created_at=old)
    body = json.loads(client.get("/healthz").content)
    assert body["status"] == "ok" and body["outbox"]["pending"] == 0
