"""Faults: the mail server, the cache, the database and the disk failing.

- Mail down for 100 submissions: all 100 records kept and 100 mails pending;
  after recovery each is sent exactly once, however often the queue retries.
- Cache (Redis) down: pages are served uncached, forms are accepted; rate
  limits fail open, logged (README: "Abuse limits").
- Database down: a 503 page in the site's look, no traceback (also under
  gunicorn in test_server_errors.py).
- Disk full while saving an attachment: the submission rolls back whole, the
  customer is told, and no file (not even half of one) is left behind.
"""

import datetime
import errno
import logging
from collections import Counter
from pathlib import Path

import pytest
from django.core import mail
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from feedback import outbox, services
from feedback.models import Attachment, Notification, Submission
from tests.factories import make_article
from tests.files import png_bytes
from tests.forms import feedback_data
from tests.html import count_tags

pytestmark = pytest.mark.django_db

SUBMISSIONS = 100


@pytest.fixture(autouse=True)
def _worker_keeps_the_test_connection(monkeypatch):
    from django_tasks_db.management.commands import db_worker

    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)


def run_worker(capture):
    with capture(execute=True):
        call_command(
            "db_worker", "--batch", "--no-startup-delay", "--no-reload", "--interval", "0.01"
        )


def test_mail_down_for_100_submissions_then_each_sent_exactly_once(
    settings, request, django_capture_on_commit_callbacks
):
    import uuid

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

    def refuse(self, messages):
        raise ConnectionRefusedError("mail server is down")

    # Its own patcher: undoing it must not undo the worker's connection patch.
    outage = pytest.MonkeyPatch()
    request.addfinalizer(outage.undo)
    outage.setattr(EmailBackend, "send_messages", refuse)
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(SUBMISSIONS):
            services.submission_create(
                kind="feedback",
                topic="app",
                idempotency_key=uuid.uuid4(),
                language="en",
                description=f"Outage test number {n}: the app froze.",
                email=f"customer{n}@example.com",
            )
    run_worker(django_capture_on_commit_callbacks)
    assert Submission.objects.count() == SUBMISSIONS
    pending = Notification.objects.filter(state="pending", attempts=1)
    assert pending.count() == SUBMISSIONS
    assert mail.outbox == []
    print(f"mail down: {Submission.objects.count()} kept, {pending.count()} pending")

    outage.undo()  # the mail server is back; retries become due
    DBTaskResult.objects.filter(status="READY").update(
        run_after=timezone.now() - datetime.timedelta(seconds=1)
    )
    run_worker(django_capture_on_commit_callbacks)
    # Staff also press "Send again now" on everything, and the queue runs again.
    with django_capture_on_commit_callbacks(execute=True):
        outbox.notifications_retry(notifications=Notification.objects.all())
    run_worker(django_capture_on_commit_callbacks)
    sent_to = Counter(address for message in mail.outbox for address in message.to)
    assert len(mail.outbox) == SUBMISSIONS
    assert set(sent_to.values()) == {1}
    assert Notification.objects.filter(state="sent").count() == SUBMISSIONS


@pytest.fixture
def cache_down(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens on port 1
        }
    }
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


def test_cache_down_pages_are_served_uncached_and_forms_accepted(client, cache_down, caplog):
    article = make_article()
    for url in [
        "/en/",
        "/en/faq/",
        article.get_absolute_url(),
        "/en/search/?q=article",
        "/en/search/suggest/?q=article",
        "/en/contact/",
        "/en/contact/verify/?q=%2B1+202-555-0142",
        "/en/feedback/",
        "/sitemap.xml",
        "/robots.txt",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.get("X-Page-Cache") != "hit"
    with caplog.at_level(logging.ERROR, logger="helpdesk.lib.ratelimits"):
        response = client.post("/en/feedback/", feedback_data(client))
        status = client.post("/en/status/", {"reference": "FB-2345-6789", "email": "a@b.example"})
    assert response.status_code == 302  # limits fail open: accepted
    assert Submission.objects.count() == 1
    assert status.status_code == 200
    assert "cache down" in caplog.text  # and the operators are told
    assert client.get("/healthz").status_code == 503


def test_database_down_gives_a_503_page_without_traceback(monkeypatch):
    def refuse(self):
        raise OperationalError("connection refused")

    monkeypatch.setattr(BaseDatabaseWrapper, "ensure_connection", refuse)
    client = Client(raise_request_exception=False)
    for url in ["/en/", "/en/faq/", "/en/contact/", "/zh-hans/search/?q=x"]:
        response = client.get(url)
        html = response.content.decode()
        assert response.status_code == 503, url
        assert response["Retry-After"]
        assert count_tags(html, "h1") == 1 and "dist/portal.css" in html
        assert "Traceback" not in html and "OperationalError" not in html


class FullDisk(FileSystemStorage):
    """Writes half of the first file it is given, then the disk is full."""

    def _save(self, name, content):
        path = Path(self.path(name))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.read()[:10])
        raise OSError(errno.ENOSPC, "No space left on device")


def test_disk_full_rolls_back_the_whole_submission_with_a_message(
    client, settings, tmp_path, monkeypatch
):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    monkeypatch.setattr(
        Attachment._meta.get_field("file"), "storage", FullDisk(location=settings.MEDIA_ROOT)
    )
    data = feedback_data(client)
    data["attachments"] = [SimpleUploadedFile("screen.png", png_bytes(), "image/png")]
    response = client.post("/en/feedback/", data)
    assert response.status_code == 503
    assert "We could not save your files just now" in response.content.decode()
    assert Submission.objects.count() == Attachment.objects.count() == 0
    assert Notification.objects.count() == 0 and mail.outbox == []
    media = Path(settings.MEDIA_ROOT)
    assert [p for p in media.rglob("*") if p.is_file()] == []
