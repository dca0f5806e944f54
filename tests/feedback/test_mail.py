"""Mail never blocks or loses a submission: outbox rows, a durable queue, retries."""

import datetime

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from feedback import outbox, services
from feedback.models import Notification, Submission
from tests.factories import make_submission
from tests.forms import feedback_data, report_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def mail_server_down():
    """The outage; `.undo()` brings the server back (its own patcher, undone alone)."""

    def refuse(self, messages):
        raise ConnectionRefusedError("mail server is down")

    with pytest.MonkeyPatch.context() as outage:
        outage.setattr(EmailBackend, "send_messages", refuse)
        yield outage


@pytest.fixture
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture(autouse=True)
def _worker_keeps_the_test_connection(monkeypatch):
    # The worker closes "old" connections between tasks; inside a test's
    # transaction (PostgreSQL) that would close the test's own connection.
    from django_tasks_db.management.commands import db_worker

    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)


def run_worker(capture):
    with capture(execute=True):
        call_command(
            "db_worker", "--batch", "--no-startup-delay", "--no-reload", "--interval", "0.01"
        )


def test_outage_keeps_the_submission_and_the_queue_retries_until_sent_once(
    client, database_queue, mail_server_down, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/feedback/", feedback_data(client))
    # The customer is done: nothing was sent yet, nothing blocked.
    assert response.status_code == 302
    submission = Submission.objects.get()
    notification = Notification.objects.get()
    assert notification.state == "pending" and notification.attempts == 0
    assert DBTaskResult.objects.get().status == "READY"

    run_worker(django_capture_on_commit_callbacks)
    notification.refresh_from_db()
    assert (notification.state, notification.attempts) == ("pending", 1)
    assert "mail server is down" in notification.last_error
    failed, retry = DBTaskResult.objects.order_by("enqueued_at")
    assert failed.status == "FAILED" and "ConnectionRefusedError" in failed.exception_class_path
    assert retry.status == "READY" and retry.run_after > timezone.now()  # waits a while
    assert mail.outbox == []

    # The server is back; time passes until the retry is due.
    mail_server_down.undo()
    DBTaskResult.objects.filter(status="READY").update(
        run_after=timezone.now() - datetime.timedelta(seconds=1)
    )
    run_worker(django_capture_on_commit_callbacks)
    notification.refresh_from_db()
    assert (notification.state, notification.attempts) == ("sent", 2)
    assert notification.last_error == ""
    assert len(mail.outbox) == 1 and submission.reference in mail.outbox[0].subject

    # Delivered twice by mistake (a duplicate task): still one e-mail.
    assert outbox.notification_deliver(notification_id=notification.pk) is True
    run_worker(django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1


def test_gives_up_after_the_configured_attempts_and_staff_can_retry(
    client,
    settings,
    superuser,
    database_queue,
    mail_server_down,
    django_capture_on_commit_callbacks,
):
    settings.FEEDBACK_MAIL_MAX_ATTEMPTS = 2
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/report/", report_data(client))
    for _ in range(3):
        DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())
        run_worker(django_capture_on_commit_callbacks)
    states = set(Notification.objects.values_list("state", "attempts"))
    assert states == {("failed", 2)}
    assert not DBTaskResult.objects.filter(status="READY").exists()

    # Visible in the admin, and "send again" works once the server is back.
    client.force_login(superuser)
    changelist = client.get(reverse("admin:feedback_notification_changelist")).content.decode()
    assert "mail server is down" in changelist
    mail_server_down.undo()
    ids = list(Notification.objects.values_list("pk", flat=True))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("admin:feedback_notification_changelist"),
            {"action": "retry", "_selected_action": ids},
        )
    run_worker(django_capture_on_commit_callbacks)
    assert set(Notification.objects.values_list("state", flat=True)) == {"sent"}
    assert len(mail.outbox) == len(ids)


def test_outage_with_the_immediate_backend_still_keeps_the_submission(
    client, mail_server_down, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/feedback/", feedback_data(client))
    assert response.status_code == 302
    assert Submission.objects.count() == 1
    notification = Notification.objects.get()
    assert (notification.state, notification.attempts) == ("pending", 1)


def test_nothing_is_enqueued_when_the_transaction_rolls_back(
    database_queue, django_capture_on_commit_callbacks
):
    from django.db import transaction

    submission = make_submission()
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        services.reply_create(submission=submission, author=None, body="Hello")
        raise RuntimeError
    assert callbacks == []
    assert not DBTaskResult.objects.exists() and not Notification.objects.exists()


def test_reply_mail_is_in_the_customers_language(django_capture_on_commit_callbacks, agent):
    submission = make_submission(language="zh-hant", email="wong@example.com", name="黃小姐")
    with django_capture_on_commit_callbacks(execute=True):
        services.reply_create(submission=submission, author=agent, body="請提供截圖。")
    [message] = mail.outbox
    assert "回覆" in message.subject and submission.reference in message.subject
    assert "黃小姐，您好" in message.body and "請提供截圖。" in message.body
    assert "/zh-hant/status/" in message.body
