"""Status lookup: the right pair shows status and public replies; anything else
gives one and the same answer; lookups are rate-limited."""

import re

import pytest
from django.test import Client

from feedback import services
from feedback.models import Status
from tests.factories import make_submission
from tests.html import by_testid

pytestmark = pytest.mark.django_db


def lookup(client, reference, email, language="en"):
    return client.post(
        f"/{language}/status/", {"reference": reference, "email": email}, follow=True
    )


def test_right_pair_shows_status_dates_and_public_replies_only(client, agent):
    submission = make_submission(email="Mei@Example.com", status=Status.WAITING_CUSTOMER)
    services.reply_create(submission=submission, author=agent, body="Please send a screenshot.")
    services.note_create(submission=submission, author=agent, body="Internal: VIP customer")
    response = lookup(client, submission.reference, "mei@example.com")
    html = response.content.decode()
    [status] = by_testid(html, "status")
    assert status["data-status"] == "in_progress" or status["data-status"] == "waiting_customer"
    assert "Please send a screenshot." in html
    assert "VIP customer" not in html
    assert len(by_testid(html, "reply")) == 1
    assert submission.created_at.strftime("%Y") in html


@pytest.mark.parametrize("value", [choice for choice, _label in Status.choices])
def test_every_status_value_is_exposed_for_tests(client, value):
    submission = make_submission(status=value)
    html = lookup(client, submission.reference, submission.email).content.decode()
    assert by_testid(html, "status")[0]["data-status"] == value


def test_reference_is_forgiving_about_case_spaces_and_dashes(client):
    submission = make_submission()
    sloppy = submission.reference.lower().replace("-", " ")
    html = lookup(client, f"  {sloppy} ", submission.email.upper()).content.decode()
    assert by_testid(html, "status")


def _answer(response):
    """The page without the echo of what was typed."""
    html = response.content.decode()
    assert by_testid(html, "status") == []
    return response.status_code, by_testid(html, "status-not-found") != []


def test_wrong_email_and_unknown_reference_are_indistinguishable(client):
    submission = make_submission(email="owner@example.com")
    wrong_email = lookup(client, submission.reference, "other@example.com")
    unknown = lookup(client, "FB-2345-6789", "owner@example.com")
    both_wrong = lookup(client, "FB-2345-6789", "other@example.com")
    assert _answer(wrong_email) == _answer(unknown) == _answer(both_wrong) == (200, True)
    # The pages differ only in the echoed input.
    strip = lambda r, ref, email: r.content.decode().replace(ref, "R").replace(email, "E")  # noqa: E731
    assert strip(wrong_email, submission.reference, "other@example.com").replace(
        'value="R"', ""
    ).count("not find") == strip(unknown, "FB-2345-6789", "owner@example.com").count("not find")


def test_anonymised_record_cannot_be_looked_up_with_an_empty_email(client):
    submission = make_submission(email="")
    html = lookup(client, submission.reference, "").content.decode()
    assert by_testid(html, "status") == []


@pytest.mark.parametrize(
    "reference",
    ["' OR 1=1 --", "<script>alert(1)</script>", "%", "FB-%", "_" * 12, "Ｆ" * 10],
)
def test_hostile_references_find_nothing_and_are_escaped(client, reference):
    make_submission(email="x@example.com")
    response = lookup(client, reference, "x@example.com")
    html = response.content.decode()
    assert response.status_code == 200
    assert by_testid(html, "status") == []
    assert "<script>alert(1)" not in html


def test_lookups_are_rate_limited_per_client(client, settings):
    settings.STATUS_LOOKUP_RATE = "3/m"
    submission = make_submission()
    for _ in range(3):
        assert lookup(client, "FB-2345-6789", "a@example.com").status_code == 200
    blocked = lookup(client, submission.reference, submission.email)
    assert blocked.status_code == 429
    assert by_testid(blocked.content.decode(), "status") == []
    assert "Too many attempts" in blocked.content.decode()


def test_guessing_emails_for_one_reference_from_many_addresses_is_limited(client, settings):
    settings.STATUS_LOOKUP_RATE = "3/m"
    submission = make_submission()
    for n in range(3):
        response = client.post(
            "/en/status/",
            {"reference": submission.reference, "email": f"guess{n}@example.com"},
            REMOTE_ADDR=f"10.0.0.{n}",
        )
        assert response.status_code == 200
    response = client.post(
        "/en/status/",
        {"reference": submission.reference, "email": submission.email},
        REMOTE_ADDR="10.0.0.99",
    )
    assert response.status_code == 429


def test_status_page_is_translated_and_not_cached(client):
    submission = make_submission(status=Status.RESOLVED)
    response = lookup(client, submission.reference, submission.email, language="zh-hant")
    assert "已解決" in response.content.decode()
    page = client.get("/zh-hans/status/")
    assert "查询处理进度" in page.content.decode()
    assert "no-cache" in page["Cache-Control"] or "no-store" in page["Cache-Control"]


def test_the_empty_form_is_a_stored_page_but_lookups_never_are():
    submission = make_submission(status=Status.RESOLVED)
    visitor = Client(enforce_csrf_checks=True)
    first, second = visitor.get("/en/status/"), visitor.get("/en/status/")
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert "no-store" in second["Cache-Control"]
    [token] = re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', second.content.decode())
    found = visitor.post(
        "/en/status/",
        {
            "reference": submission.reference,
            "email": submission.email,
            "csrfmiddlewaretoken": token,
        },
        follow=True,
    )
    assert found.status_code == 200
    assert found.redirect_chain[0][1] == 302
    assert "X-Page-Cache" not in found
    assert by_testid(found.content.decode(), "status")
    assert not by_testid(visitor.get("/en/status/").content.decode(), "status")


def test_the_empty_form_is_drawn_once_per_language_and_a_wrong_entry_still_shows_itself(
    client, settings
):
    settings.PAGE_CACHE_SECONDS = 0
    english, chinese = client.get("/en/status/"), client.get("/zh-hans/status/")
    assert 'id="id_reference"' in english.content.decode()
    assert "编号" in chinese.content.decode() and "Reference" not in chinese.content.decode()
    # Once stored, the empty form's fields must not stand in for a filled one.
    response = client.post("/en/status/", {"reference": "FB-NOPE", "email": "not an address"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="FB-NOPE"' in html
    assert "Enter a valid email address." in html
    assert 'value="FB-NOPE"' not in client.get("/en/status/").content.decode()
