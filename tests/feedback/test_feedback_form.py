"""The feedback / complaint form: the whole path in every language, and refusals."""

import pytest
from django.core import mail
from django.test import Client

from feedback.models import Attachment, Notification, Submission
from tests.factories import make_region
from tests.files import png_bytes, upload
from tests.forms import (
    REFERENCE_PATTERN,
    feedback_data,
    form_token,
    reference_on,
    sent_to,
)
from tests.html import count_tags, elements

pytestmark = pytest.mark.django_db

LANGUAGES = {
    "en": ("We received your message", "Your reference"),
    "zh-hans": ("我们已收到您的来信", "您的编号"),
    "zh-hant": ("我們已收到您的來信", "您的編號"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_whole_path_in_every_language(client, django_capture_on_commit_callbacks, language):
    region = make_region("hk")
    data = feedback_data(client, language, region=str(region.pk))
    data["attachments"] = [upload("screen.png", png_bytes(), "image/png")]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/{language}/feedback/", data)
    assert response.status_code == 302
    page = client.get(response["Location"])
    assert page.status_code == 200
    html = page.content.decode()
    reference = reference_on(html)
    assert REFERENCE_PATTERN.match(reference)
    assert LANGUAGES[language][1] in html
    assert count_tags(html, "h1") == 1

    submission = Submission.objects.get()
    assert submission.reference == reference and reference.startswith("CP-")
    assert (submission.kind, submission.topic, submission.language) == (
        "complaint",
        "withdrawal",
        language,
    )
    assert submission.region == region
    assert submission.status == "received"
    assert Attachment.objects.get().submission == submission
    # The confirmation e-mail, in the customer's language, with the reference.
    [message] = sent_to("mei@example.com")
    assert LANGUAGES[language][0] in message.subject
    assert reference in message.subject and reference in message.body
    assert f"/{language}/status/" in message.body
    assert Notification.objects.get().state == "sent"


def test_form_page_has_csrf_token_and_is_never_cached(client):
    response = client.get("/en/feedback/")
    html = response.content.decode()
    assert 'name="csrfmiddlewaretoken"' in html
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
    assert 'enctype="multipart/form-data"' in html


def test_every_field_has_a_label(client):
    html = client.get("/en/feedback/").content.decode()
    ids = {attrs["for"] for tag, attrs in elements(html) if tag == "label" and "for" in attrs}
    for tag, attrs in elements(html):
        if tag in {"input", "textarea", "select"} and attrs.get("type") not in {
            "hidden",
            "submit",
            "radio",
        }:
            assert attrs.get("id") in ids, attrs


def test_region_defaults_to_the_visitors_region(client):
    region = make_region("hk")
    html = client.get("/en/feedback/", HTTP_COOKIE="region=hk").content.decode()
    selected = [
        attrs
        for tag, attrs in elements(html)
        if tag == "option" and "selected" in attrs and attrs.get("value") == str(region.pk)
    ]
    assert selected


def test_without_csrf_token_nothing_is_stored():
    browser = Client(enforce_csrf_checks=True)
    data = feedback_data(browser)
    assert browser.post("/en/feedback/", data).status_code == 403
    assert Submission.objects.count() == 0


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("email", ""),
        ("email", "not-an-address"),
        ("email", "<script>@example.com"),
        ("description", "short"),
        ("description", "x" * 5001),
        ("topic", "<script>alert(1)</script>"),
        ("topic", ""),
        ("kind", "suspicious"),
        ("kind", "'; DROP TABLE feedback_submission; --"),
        ("region", "999999"),
        ("region", "<b>hk</b>"),
        ("transaction_id", "<img src=x onerror=alert(1)>"),
        ("transaction_id", "../../etc/passwd"),
        ("name", "n" * 121),
        ("token", "not-a-uuid"),
        ("token", ""),
    ],
)
def test_hostile_or_invalid_values_are_refused_and_shown_escaped(client, field, value):
    data = feedback_data(client, **{field: value})
    response = client.post("/en/feedback/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Please check the marked fields." in html
    assert "<script>" not in html and "<img src=x" not in html
    assert Submission.objects.count() == 0
    assert mail.outbox == []


def test_markup_in_free_text_is_kept_as_text_and_never_rendered(
    client, superuser, django_capture_on_commit_callbacks
):
    data = feedback_data(
        client,
        description="<script>alert('x')</script> the fee was charged <b onmouseover=alert(1)>",
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post("/en/feedback/", data).status_code == 302
    submission = Submission.objects.get()
    assert submission.description.startswith("<script>")
    client.force_login(superuser)
    html = client.get(f"/admin/feedback/submission/{submission.pk}/change/").content.decode()
    assert "<script>alert('x')</script>" not in html
    assert "&lt;script&gt;" in html
    assert "<b onmouseover" not in html


@pytest.mark.parametrize(
    "name", ["<b onmouseover=alert(1)>Mei</b>", "Mei, verify at okpay-help.top", "Call 2025550199"]
)
def test_names_that_carry_markup_links_or_numbers_are_refused(client, name):
    # The name is greeted in our own e-mail, sent to any address typed in.
    response = client.post("/en/feedback/", feedback_data(client, name=name))
    assert response.status_code == 200
    assert "Please enter only your name" in response.content.decode()
    assert Submission.objects.count() == 0


def test_feedback_form_cannot_create_a_report_or_pick_another_language(client):
    token = form_token(client, "/zh-hans/feedback/")
    data = feedback_data(client, token=token, kind="feedback", language="en")
    client.post("/zh-hans/feedback/", data)
    submission = Submission.objects.get()
    assert (submission.kind, submission.language) == ("feedback", "zh-hans")
    assert submission.reference.startswith("FB-")


def test_confirmation_link_cannot_be_forged_or_guessed(client):
    data = feedback_data(client)
    location = client.post("/en/feedback/", data)["Location"]
    assert client.get(location).status_code == 200
    token = location.rstrip("/").rsplit("/", 1)[1]
    forged = location.replace(token, token[:-2] + ("AA" if token[-2:] != "AA" else "BB"))
    assert client.get(forged).status_code == 404
    assert client.get("/en/feedback/sent/1/").status_code == 404


def test_confirmation_link_expires(client, monkeypatch):
    from feedback import views

    data = feedback_data(client)
    location = client.post("/en/feedback/", data)["Location"]
    monkeypatch.setattr(views, "SUBMITTED_MAX_AGE", -1)
    assert client.get(location).status_code == 404


def test_references_are_random_and_unique(client):
    from feedback.models import new_reference

    references = [new_reference("feedback") for _ in range(500)]
    assert len(set(references)) == 500
    assert all(REFERENCE_PATTERN.match(reference) for reference in references)
    assert not any(set("01IO") & set(reference[3:]) for reference in references)
