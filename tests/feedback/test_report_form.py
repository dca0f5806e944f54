"""The suspicious-activity report: safety steps first, pre-fill, whole path, alerts."""

import pytest
from django.core import mail

from feedback.models import Notification, Submission
from tests.files import PDF_BYTES, upload
from tests.forms import REFERENCE_PATTERN, reference_on, report_data, sent_to
from tests.html import count_tags, elements

pytestmark = pytest.mark.django_db

LANGUAGES = {
    "en": ("We received your message", "Thank you for your report", "never ask"),
    "zh-hans": ("我们已收到您的来信", "感谢您的举报", "绝不会"),
    "zh-hant": ("我們已收到您的來信", "感謝您的檢舉", "絕不會"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_whole_path_in_every_language(
    client, analyst, django_capture_on_commit_callbacks, language
):
    form_html = client.get(f"/{language}/report/").content.decode()
    # The immediate steps and the warning come before the form.
    assert form_html.index("safety-steps") < form_html.index("<form")
    assert LANGUAGES[language][2] in form_html
    data = report_data(client, language, amount="120.50", currency="HKD")
    data["attachments"] = [upload("bank.pdf", PDF_BYTES, "application/pdf")]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/{language}/report/", data)
    assert response.status_code == 302
    html = client.get(response["Location"]).content.decode()
    reference = reference_on(html)
    assert REFERENCE_PATTERN.match(reference) and reference.startswith("SR-")
    assert LANGUAGES[language][1] in html
    assert count_tags(html, "h1") == 1

    report = Submission.objects.get()
    assert (report.kind, report.incident, report.language) == (
        "suspicious",
        "impostor_call",
        language,
    )
    assert report.suspicious_contact_key == "+12025550147"
    assert str(report.amount) == "120.50" and report.currency == "HKD"
    assert report.attachments.get().content_type == "application/pdf"
    [confirmation] = sent_to("li@example.com")
    assert LANGUAGES[language][0] in confirmation.subject
    # Analysts (and the configured address) are alerted, in English, without the details.
    [alert] = sent_to(analyst.email)
    assert reference in alert.subject
    assert "Someone called" not in alert.body and "li@example.com" not in alert.body
    assert sent_to("security@example.com")
    assert Notification.objects.filter(state="sent").count() == 3


def input_value(html, name):
    for tag, attrs in elements(html):
        if tag == "input" and attrs.get("name") == name:
            return attrs.get("value")
    return None


def checked_incident(html):
    return [
        attrs["value"]
        for tag, attrs in elements(html)
        if tag == "input" and attrs.get("name") == "incident" and "checked" in attrs
    ]


def test_prefill_from_the_verification_page(client):
    html = client.get(
        "/en/report/", {"contact": "+1 202-555-0147", "kind": "impostor_call"}
    ).content.decode()
    assert input_value(html, "suspicious_contact") == "+1 202-555-0147"
    assert checked_incident(html) == ["impostor_call"]


@pytest.mark.parametrize(
    "contact",
    [
        '"><script>alert(1)</script>',
        "javascript:alert(1)",
        "x" * 5000,
        "line\nbreak\x00null\u202eRLO",
    ],
)
def test_prefill_is_escaped_capped_and_cleaned(client, contact):
    response = client.get("/en/report/", {"contact": contact, "kind": "<script>"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert(1)" not in html
    value = input_value(html, "suspicious_contact")
    assert value is not None and len(value) <= 200
    assert all(ch.isprintable() for ch in value)
    assert checked_incident(html) == []  # an unknown kind is ignored


def test_prefill_ignores_unknown_kind_but_keeps_known_ones(client):
    for kind in ["phishing", "fake_website", "fake_social", "unauthorised", "other"]:
        assert checked_incident(client.get("/en/report/", {"kind": kind}).content.decode()) == [
            kind
        ]
    assert checked_incident(client.get("/en/report/", {"kind": "feedback"}).content.decode()) == []


def test_contact_is_required_when_someone_contacted_the_customer(client):
    data = report_data(client, suspicious_contact="")
    response = client.post("/en/report/", data)
    assert response.status_code == 200
    assert "Tell us the number" in response.content.decode()
    # An unauthorised transaction may have no contact at all.
    data = report_data(client, suspicious_contact="", incident="unauthorised")
    assert client.post("/en/report/", data).status_code == 302


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("incident", "feedback"),
        ("incident", "<svg onload=alert(1)>"),
        ("occurred_on", "2999-01-01"),
        ("occurred_on", "1999-12-31"),
        ("occurred_on", "yesterday"),
        ("amount", "-5"),
        ("amount", "1e400"),
        ("amount", "NaN"),
        ("currency", "XBT"),
        ("suspicious_contact", "c" * 201),
    ],
)
def test_invalid_report_values_are_refused(client, field, value):
    data = report_data(client, **{field: value})
    response = client.post("/en/report/", data)
    assert response.status_code == 200
    assert "<svg onload" not in response.content.decode()
    assert Submission.objects.count() == 0
    assert mail.outbox == []


def test_amount_needs_a_currency(client):
    response = client.post("/en/report/", report_data(client, amount="50"))
    assert "Choose the currency." in response.content.decode()
    assert Submission.objects.count() == 0
