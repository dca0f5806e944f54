"""Double submissions, the honeypot and the per-client limits on both forms."""

import pytest
from django.core import mail

from feedback.models import Submission
from tests.forms import feedback_data, reference_on, report_data

pytestmark = pytest.mark.django_db


def test_double_click_creates_one_record(client, django_capture_on_commit_callbacks):
    data = feedback_data(client)
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post("/en/feedback/", data)
        second = client.post("/en/feedback/", data)
    assert Submission.objects.count() == 1
    assert first.status_code == second.status_code == 302
    # Both land on the same reference, and only one confirmation is sent.
    assert reference_on(client.get(first["Location"]).content.decode()) == reference_on(
        client.get(second["Location"]).content.decode()
    )
    assert len(mail.outbox) == 1


def test_a_fresh_form_makes_a_new_record(client):
    client.post("/en/feedback/", feedback_data(client))
    client.post("/en/feedback/", feedback_data(client))
    assert Submission.objects.count() == 2


def test_token_is_unique_in_the_database():
    from django.db import IntegrityError, transaction

    from tests.factories import make_submission

    first = make_submission()
    with pytest.raises(IntegrityError), transaction.atomic():
        make_submission(idempotency_key=first.idempotency_key)


@pytest.mark.parametrize(
    ("path", "builder"), [("feedback", feedback_data), ("report", report_data)]
)
def test_honeypot_stores_nothing_but_looks_successful(client, path, builder):
    response = client.post(f"/en/{path}/", builder(client, website="http://spam.example"))
    assert response.status_code == 302
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert reference_on(page.content.decode())
    assert Submission.objects.count() == 0
    assert mail.outbox == []


def test_honeypot_is_hidden_by_a_class_not_an_inline_style(client):
    html = client.get("/en/feedback/").content.decode()
    assert 'class="hp-field"' in html or "hp-field" in html
    assert 'style="' not in html


@pytest.mark.parametrize(
    ("path", "builder"), [("feedback", feedback_data), ("report", report_data)]
)
def test_submissions_are_limited_per_client(client, settings, path, builder):
    settings.FEEDBACK_SUBMIT_RATE = "2/h"
    for _ in range(2):
        assert client.post(f"/en/{path}/", builder(client)).status_code == 302
    response = client.post(f"/en/{path}/", builder(client))
    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()
    assert Submission.objects.count() == 2
    # Another client is not affected.
    other = client.post(f"/en/{path}/", builder(client), REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 302


def test_the_limit_is_shared_by_both_forms(client, settings):
    settings.FEEDBACK_SUBMIT_RATE = "2/h"
    client.post("/en/feedback/", feedback_data(client))
    client.post("/en/report/", report_data(client))
    assert client.post("/en/feedback/", feedback_data(client)).status_code == 429


def test_invalid_posts_are_limited_too(client, settings):
    settings.FEEDBACK_POST_RATE = "3/h"
    for _ in range(3):
        assert client.post("/en/feedback/", {"description": "x"}).status_code == 200
    assert client.post("/en/feedback/", feedback_data(client)).status_code == 429


def test_limit_page_is_translated(client, settings):
    settings.FEEDBACK_SUBMIT_RATE = "0/h"
    response = client.post("/zh-hant/feedback/", feedback_data(client, "zh-hant"))
    assert response.status_code == 429
    assert "嘗試次數過多" in response.content.decode()


def test_limits_can_be_switched_off(client, settings):
    settings.FEEDBACK_SUBMIT_RATE = "1/h"
    settings.RATELIMIT_ENABLE = False
    for _ in range(3):
        assert client.post("/en/feedback/", feedback_data(client)).status_code == 302
