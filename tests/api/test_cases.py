"""Cases through the API: the web forms' rules, the Idempotency-Key, the case token."""

import base64

import pytest
from django.core import mail

from feedback.models import Submission
from tests.factories import make_region
from tests.files import png_bytes

pytestmark = pytest.mark.django_db

FEEDBACK = {
    "description": "The app logs me out every time I open the wallet.",
    "email": "ming@example.com",
    "topic": "app",
}


def post(client, url, body, key="key-1", **headers):
    if key is not None:
        headers["HTTP_IDEMPOTENCY_KEY"] = key
    return client.post(url, body, content_type="application/json", **headers)


def test_feedback_is_stored_and_readable_with_its_case_token(
    client, django_capture_on_commit_callbacks
):
    make_region("hk")
    with django_capture_on_commit_callbacks(execute=True):
        answer = post(client, "/api/v1/cases/feedback", {**FEEDBACK, "region": "hk"})
    assert answer.status_code == 201
    created = answer.json()
    submission = Submission.objects.get()
    assert (created["reference"], created["created"]) == (submission.reference, True)
    assert submission.region.code == "hk"
    assert len(mail.outbox) == 1  # the confirmation, as from the web form
    case = client.get(f"/api/v1/cases/{created['case_token']}", {"lang": "zh-hant"})
    assert case.status_code == 200
    assert case["Cache-Control"] == "private, no-store"
    assert case.json()["thread"][0]["body"] == FEEDBACK["description"]
    assert case.json()["status"] == "received"


def test_the_same_key_returns_the_same_case_and_a_different_body_is_refused(client):
    first = post(client, "/api/v1/cases/feedback", FEEDBACK).json()
    again = post(client, "/api/v1/cases/feedback", FEEDBACK)
    assert again.status_code == 200
    assert again.json()["reference"] == first["reference"]
    other = post(client, "/api/v1/cases/feedback", {**FEEDBACK, "description": "Other words."})
    assert other.status_code == 409
    assert other.json()["error"] == "idempotency_key_reused"
    assert Submission.objects.count() == 1


@pytest.mark.parametrize("key", [None, "", " ", "x" * 201])
def test_a_missing_or_unusable_key_is_refused(client, key):
    answer = post(client, "/api/v1/cases/feedback", FEEDBACK, key=key)
    assert answer.status_code == 400
    assert answer.json()["error"] == "idempotency_key_required"
    assert not Submission.objects.exists()


@pytest.mark.parametrize(
    "change",
    [
        {"unknown": "field"},
        {"email": 42},
        {"email": "not an address"},
        {"topic": "nonsense"},
        {"description": "short"},
        {"description": "My card is 4111 1111 1111 1111, the code 123456, please fix it"},
        {"region": "zz"},
    ],
)
def test_the_forms_validation_and_screening_apply(client, change):
    answer = post(client, "/api/v1/cases/feedback", {**FEEDBACK, **change})
    assert answer.status_code == 400, answer.content
    assert answer.json()["error"] in {"invalid", "unknown_region"}
    assert not Submission.objects.exists()


def test_a_report_with_an_image_and_the_upload_checks(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    report = {
        "description": "Someone called me claiming to be OKPay support.",
        "email": "ming@example.com",
        "incident": "impostor_call",
        "suspicious_contact": "+44 20 7946 0321",
        "attachments": [
            {"name": "call.png", "content_base64": base64.b64encode(png_bytes()).decode()}
        ],
    }
    answer = post(client, "/api/v1/cases/reports", report, key="r-1")
    assert answer.status_code == 201, answer.content
    submission = Submission.objects.get()
    assert (submission.kind, submission.attachments.count()) == ("suspicious", 1)
    fake = {**report, "attachments": [{"name": "x.png", "content_base64": "bm90IGFuIGltYWdl"}]}
    refused = post(client, "/api/v1/cases/reports", fake, key="r-2")
    assert refused.status_code == 400
    assert refused.json()["problems"][0]["field"] == "attachments"
    broken = {**report, "attachments": [{"name": "x.png", "content_base64": "***"}]}
    assert post(client, "/api/v1/cases/reports", broken, key="r-3").status_code == 400
    assert Submission.objects.count() == 1


def test_submissions_share_the_forms_rate_limit(client, settings):
    settings.FEEDBACK_SUBMIT_RATE = "2/h"
    for n in range(2):
        assert post(client, "/api/v1/cases/feedback", FEEDBACK, key=f"k{n}").status_code == 201
    limited = post(client, "/api/v1/cases/feedback", FEEDBACK, key="k9")
    assert limited.status_code == 429
    assert limited.json()["error"] == "rate_limited"
    assert Submission.objects.count() == 2


@pytest.mark.parametrize("token", ["nonsense", "1:2:3", "a" * 300])
def test_a_bad_case_token_opens_nothing(client, token):
    answer = client.get(f"/api/v1/cases/{token}")
    assert answer.status_code == 404
    assert answer.json()["error"] == "not_found"
