"""Webhooks: a receiver on loopback (allowed by the testing setting) gets signed
deliveries, a 500 is retried later, the admin shows the log; private addresses
are refused at registration and at delivery."""

import hashlib
import hmac
import http.server
import json
import threading
import uuid

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from api.models import WebhookDelivery, WebhookEndpoint
from api.webhooks import webhook_deliver
from contacts.models import KnownImpostor
from feedback import services
from tests.factories import make_impostor

pytestmark = pytest.mark.django_db


class Receiver:
    """An HTTP server on 127.0.0.1 answering the statuses it is given, in order."""

    def __init__(self, statuses):
        self.statuses = list(statuses)
        self.requests = []
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append((dict(self.headers), body))
                self.send_response(receiver.statuses.pop(0))
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook?x=1"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.API_WEBHOOK_ALLOWED_HOSTS = ["127.0.0.1"]


def test_signed_delivery_retried_after_a_500_and_logged(
    client, superuser, queue, django_capture_on_commit_callbacks
):
    with Receiver([500, 204]) as receiver:
        endpoint = WebhookEndpoint(url=receiver.url, secret="s3cret", events=["impostor.added"])
        endpoint.full_clean()
        endpoint.save()
        with django_capture_on_commit_callbacks(execute=True):
            make_impostor(value="+44 20 7946 0777", is_confirmed=True)
        delivery = WebhookDelivery.objects.get()
        assert DBTaskResult.objects.count() == 1  # queued for the worker
        with django_capture_on_commit_callbacks(execute=True):
            assert webhook_deliver(delivery_id=delivery.pk) is False
        delivery.refresh_from_db()
        assert (delivery.state, delivery.attempts, delivery.last_status) == ("pending", 1, 500)
        retry = DBTaskResult.objects.order_by("-pk").first()
        assert DBTaskResult.objects.count() == 2
        assert retry.run_after > timezone.now()  # later, not at once
        assert webhook_deliver(delivery_id=delivery.pk) is True
        assert webhook_deliver(delivery_id=delivery.pk) is True  # never sent twice
    assert len(receiver.requests) == 2
    headers, body = receiver.requests[-1]
    expected = hmac.new(
        b"s3cret", headers["X-Webhook-Timestamp"].encode() + b"." + body, hashlib.sha256
    ).hexdigest()
    assert headers["X-Webhook-Signature"] == f"sha256={expected}"
    payload = json.loads(body)
    assert payload["event"] == "impostor.added"
    assert payload["data"]["normalised"] == "+442079460777"
    delivery.refresh_from_db()
    assert (delivery.state, delivery.attempts, delivery.last_status) == ("delivered", 2, 204)
    client.force_login(superuser)
    log = client.get(reverse("admin:api_webhookdelivery_changelist")).content.decode()
    assert "impostor.added" in log
    page = client.get(reverse("admin:api_webhookendpoint_change", args=[endpoint.pk]))
    assert page.status_code == 200
    assert "Delivered" in page.content.decode()  # the endpoint's own log


def test_events_follow_the_apps_signals(queue, django_capture_on_commit_callbacks):
    WebhookEndpoint.objects.create(
        url="http://127.0.0.1:9/", secret="s", events=["impostor.added", "impostor.removed"]
    )
    with django_capture_on_commit_callbacks(execute=True):
        impostor = make_impostor(value="+44 20 7946 0778")  # not confirmed: no event
        impostor.is_confirmed = True
        impostor.save()
        impostor.is_confirmed = False
        impostor.save()
        KnownImpostor.objects.filter(pk=impostor.pk).delete()  # was not confirmed: nothing
    events = list(WebhookDelivery.objects.order_by("pk").values_list("event", flat=True))
    assert events == ["impostor.added", "impostor.removed"]


def test_cases_created_and_resolved_are_events(queue, django_capture_on_commit_callbacks):
    WebhookEndpoint.objects.create(
        url="http://127.0.0.1:9/", secret="s", events=["case.created", "case.resolved"]
    )
    with django_capture_on_commit_callbacks(execute=True):
        submission, _created = services.submission_create(
            kind="feedback",
            idempotency_key=uuid.uuid4(),
            language="en",
            description="The app logs me out all the time.",
            email="ming@example.com",
            topic="app",
        )
    with django_capture_on_commit_callbacks(execute=True):
        submission.status = "resolved"
        services.submission_triage_apply(submission=submission, previous_status="received")
        submission.save()
    deliveries = WebhookDelivery.objects.order_by("pk")
    assert [d.event for d in deliveries] == ["case.created", "case.resolved"]
    assert deliveries[0].payload["reference"] == submission.reference


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/hook",
        "http://10.0.0.1/hook",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/hook",
        "http://localhost:8000/hook",  # a name that resolves to loopback
        "http://0.0.0.0/",
        "ftp://hooks.example.com/",
        "http://user:pw@127.0.0.1/",
    ],
)
def test_non_public_addresses_are_refused_at_registration(url):
    endpoint = WebhookEndpoint(url=url, secret="s", events=["case.created"])
    with pytest.raises(ValidationError) as refused:
        endpoint.full_clean()
    assert "url" in refused.value.message_dict


def test_and_refused_again_at_delivery(settings):
    endpoint = WebhookEndpoint.objects.create(
        url="http://127.0.0.1:9/", secret="s", events=["case.created"]
    )
    delivery = WebhookDelivery.objects.create(endpoint=endpoint, event="case.created", payload={})
    settings.API_WEBHOOK_ALLOWED_HOSTS = []
    assert webhook_deliver(delivery_id=delivery.pk) is False
    delivery.refresh_from_db()
    assert delivery.state == "failed"
    assert delivery.last_error.startswith("Refused")


def test_unknown_events_are_refused(settings):
    settings.API_WEBHOOK_ALLOWED_HOSTS = ["127.0.0.1"]
    endpoint = WebhookEndpoint(url="http://127.0.0.1/", secret="s", events=["everything"])
    with pytest.raises(ValidationError) as refused:
        endpoint.full_clean()
    assert "events" in refused.value.message_dict
