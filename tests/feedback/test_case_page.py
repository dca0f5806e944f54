"""The case page a signed link opens: the thread, the status, the reply form, and
every way a link can be bad (feedback.views.CaseView)."""

import datetime
import re

import pytest
from django.core import signing
from django.test import Client
from django.utils import timezone

from feedback import links, services
from feedback.models import CustomerMessage, Notification, Status, Submission
from tests.factories import make_submission
from tests.files import PDF_BYTES, png_bytes, upload
from tests.forms import feedback_data
from tests.html import by_testid, elements

pytestmark = pytest.mark.django_db


def form_token(html):
    for tag, attrs in elements(html):
        if tag == "input" and attrs.get("name") == "token":
            return attrs["value"]
    raise AssertionError("no token field")


def case_path(submission, language="en"):
    return f"/{language}/status/r/{links.case_token(submission)}/"


def reply(client, submission, body="Here is the screenshot you asked for.", **extra):
    path = case_path(submission)
    data = {"token": form_token(client.get(path).content.decode()), "body": body, "website": ""}
    return client.post(path, {**data, **extra})


@pytest.fixture
def case(agent):
    submission = make_submission(email="mei@example.com", status=Status.WAITING_CUSTOMER)
    submission.attachments.create(
        file="feedback/x/1.png", content_type="image/png", size=2048, position=1
    )
    services.reply_create(submission=submission, author=agent, body="Please send a screenshot.")
    services.note_create(submission=submission, author=agent, body="Internal: VIP customer")
    return submission


# The page.


def test_the_page_shows_the_whole_thread_in_order_without_notes(client, case):
    services.customer_message_create(
        submission=case,
        body="Here it is.",
        source=CustomerMessage.Source.EMAIL,
        idempotency_key="m1",
    )
    response = client.get(case_path(case))
    assert response.status_code == 200
    html = response.content.decode()
    authors = [entry["data-author"] for entry in by_testid(html, "thread-message")]
    assert authors == ["customer", "staff", "customer"]
    first, second, third = (
        html.index(text) for text in (case.description, "Please send", "Here it is.")
    )
    assert first < second < third
    assert "VIP customer" not in html
    assert f"{case.reference}-1.png" in html  # the file's name, not a link to it
    assert "/feedback/attachment" not in html and "/media/" not in html
    assert by_testid(html, "status")[0]["data-status"] == Status.IN_PROGRESS
    assert by_testid(html, "reply-form")


def test_the_page_is_private_and_keeps_its_address_to_itself(client, case):
    response = client.get(case_path(case))
    assert response["Cache-Control"] == "private, no-store"
    assert response["Referrer-Policy"] == "strict-origin"
    assert "X-Page-Cache" not in response


def test_times_are_shown_in_the_visitors_region(client, case, settings):
    from tests.factories import make_region

    make_region(code="hk", time_zone="Asia/Hong_Kong", is_active=True)
    case.created_at = datetime.datetime(2026, 3, 1, 23, 30, tzinfo=datetime.UTC)
    Submission.objects.filter(pk=case.pk).update(created_at=case.created_at)
    client.cookies["region"] = "hk"
    html = client.get(case_path(case)).content.decode()
    assert "2026-03-02T07:30:00+08:00" in html
    assert "Times are shown in Hong Kong Time (UTC+8)." in html


@pytest.mark.parametrize(
    ("language", "text"), [("zh-hans", "您的案件"), ("zh-hant", "您的案件"), ("en", "Your case")]
)
def test_the_page_speaks_the_customers_language(client, case, language, text):
    html = client.get(case_path(case, language)).content.decode()
    assert text in html


def test_each_status_promises_its_next_step(client, settings):
    expected = {
        Status.RECEIVED: "working day",
        Status.IN_PROGRESS: "working on it",
        Status.WAITING_CUSTOMER: "answer below",
        Status.RESOLVED: f"within {settings.CASE_REOPEN_DAYS} days",
        Status.CLOSED: "start a new submission",
    }
    for status, text in expected.items():
        submission = make_submission(status=status, resolved_at=timezone.now())
        html = client.get(case_path(submission)).content.decode()
        assert text in by_testid_text(html, "next-step"), status


def by_testid_text(html, testid):
    match = re.search(rf'data-testid="{testid}">(.*?)<', html, re.S)
    return match.group(1) if match else ""


# Replying.


def test_a_reply_is_added_the_case_reopens_and_staff_are_told(client, case, png, agent):
    case.assignee = agent
    case.save()
    response = reply(client, case, attachments=[png])
    assert response.status_code == 302
    # Back to the same page (the token carries its time of signing: compare what it opens).
    assert links.submission_for_token(response["Location"].split("/")[-2]) == case
    message = case.messages.get()
    assert message.source == CustomerMessage.Source.WEB
    assert message.attachments.count() == 1
    case.refresh_from_db()
    assert case.status == Status.IN_PROGRESS
    assert Notification.objects.filter(
        purpose=Notification.Purpose.CUSTOMER_MESSAGE, recipient=agent.email
    ).exists()
    page = client.get(response["Location"]).content.decode()
    assert "your answer was added" in page
    assert len(by_testid(page, "thread-message")) == 3
    assert f"{case.reference}-2.png" in page


def test_a_reply_posted_twice_is_stored_once(client, case):
    path = case_path(case)
    data = {"token": form_token(client.get(path).content.decode()), "body": "Twice?", "website": ""}
    first, second = client.post(path, data), client.post(path, data)
    assert first.status_code == second.status_code == 302
    assert case.messages.count() == 1
    assert "already have this answer" in client.get(path).content.decode()


def test_a_replayed_link_still_opens_the_same_case_only(client, case):
    path = case_path(case)
    for _ in range(3):
        response = client.get(path)
        assert response.status_code == 200
        assert case.reference in response.content.decode()


def test_the_reply_form_needs_its_csrf_token(case):
    browser = Client(enforce_csrf_checks=True)
    path = case_path(case)
    token = form_token(browser.get(path).content.decode())
    response = browser.post(path, {"token": token, "body": "No CSRF token here."})
    assert response.status_code == 403
    assert not case.messages.exists()


def test_a_10000_character_reply_is_refused_with_the_text_kept(client, case):
    body = "A" * 10_000
    response = reply(client, case, body=body)
    assert response.status_code == 400
    html = response.content.decode()
    assert "at most 5000 characters" in html
    assert body in html
    assert not case.messages.exists()


def test_an_empty_reply_is_refused(client, case):
    assert reply(client, case, body="   ").status_code == 400
    assert not case.messages.exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("run.exe", b"MZ\x90\x00", "Only images"),
        ("fake.png", b"<html><script>alert(1)</script>", "damaged"),
        ("doc.pdf", PDF_BYTES.replace(b"/Type/Catalog", b"/Type/Catalog/JavaScript"), "scripts"),
    ],
)
def test_files_failing_the_checks_are_refused_and_nothing_is_stored(
    client, case, name, content, message
):
    response = reply(client, case, attachments=[upload(name, content)])
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not case.messages.exists()
    assert case.attachments.count() == 1


def test_more_files_than_allowed_are_refused(client, case, settings):
    files = [
        upload(f"{n}.png", png_bytes(), "image/png") for n in range(settings.FEEDBACK_MAX_FILES + 1)
    ]
    response = reply(client, case, attachments=files)
    assert response.status_code == 400
    assert not case.messages.exists()


def test_a_reply_with_a_secret_is_refused_like_a_submission(client, case):
    response = reply(client, case, body="My password: Hunter22! and it still fails")
    assert response.status_code == 400
    assert "Please remove a password from your answer" in response.content.decode()
    assert not case.messages.exists()


def test_a_filled_honeypot_stores_nothing(client, case):
    response = reply(client, case, website="http://spam.example")
    assert response.status_code == 302
    assert not case.messages.exists()


def test_replies_are_rate_limited(client, case, settings):
    settings.CASE_REPLY_RATE = "2/h"
    for n in range(2):
        assert reply(client, case, body=f"Answer {n}").status_code == 302
    assert reply(client, case, body="One more").status_code == 429
    assert case.messages.count() == 2


# Cases that no longer take answers.


def test_a_case_resolved_long_ago_offers_a_linked_new_submission(client, settings):
    old = timezone.now() - datetime.timedelta(days=settings.CASE_REOPEN_DAYS + 1)
    earlier = make_submission(status=Status.RESOLVED, resolved_at=old)
    html = client.get(case_path(earlier)).content.decode()
    assert not by_testid(html, "reply-form")
    [link] = by_testid(html, "follow-up-link")
    assert "follows=" in link["href"]
    form_page = client.get(link["href"].replace("&amp;", "&"))
    assert earlier.reference in form_page.content.decode()
    follows = re.search(r'name="follows" value="([^"]+)"', form_page.content.decode()).group(1)
    response = client.post("/en/feedback/", feedback_data(client, follows=follows))
    assert response.status_code == 302
    new = Submission.objects.exclude(pk=earlier.pk).get()
    assert new.follows == earlier


def test_a_post_to_a_closed_case_adds_nothing(client, agent):
    submission = make_submission(status=Status.IN_PROGRESS)
    path = case_path(submission)
    token = form_token(client.get(path).content.decode())
    submission.status = Status.CLOSED
    submission.save()
    response = client.post(path, {"token": token, "body": "Too late?", "website": ""})
    assert response.status_code == 302
    assert not submission.messages.exists()
    assert "no longer takes answers" in client.get(path).content.decode()


# Built in the test: a signed value made at collection would differ between workers.
@pytest.mark.parametrize("forged", ["1", "abc", "signed elsewhere"])
def test_a_forged_follows_value_links_nothing(client, forged):
    pk = make_submission().pk
    if forged == "signed elsewhere":
        forged = signing.dumps(pk, salt="elsewhere")
    response = client.post("/en/feedback/", feedback_data(client, follows=forged))
    assert response.status_code == 302
    assert Submission.objects.filter(follows__isnull=False).count() == 0


# Bad links: one clear page, the lookup offered, nothing revealed.


def _gone(response):
    html = response.content.decode()
    assert response.status_code == 404
    assert by_testid(html, "case-link-gone")
    assert 'name="reference"' in html and 'name="email"' in html
    assert response["Referrer-Policy"] == "strict-origin"
    assert response["Cache-Control"] == "private, no-store"
    return html


def test_a_truncated_or_damaged_link_gets_the_gone_page(client, case):
    token = links.case_token(case)
    for bad in [token[:-3], token[:12], token + "A", "x" * 40]:
        html = _gone(client.get(f"/en/status/r/{bad}/"))
        assert case.reference not in html and case.description not in html


def test_an_expired_link_gets_the_gone_page(client, case, settings):
    path = case_path(case)
    settings.CASE_LINK_DAYS = 0
    with time_shift(seconds=5):
        _gone(client.get(path))


def test_a_revoked_link_gets_the_gone_page_and_a_new_one_works(client, case, superuser):
    path = case_path(case)
    services.case_links_revoke(submission=case, by=superuser)
    _gone(client.get(path))
    assert client.get(case_path(case)).status_code == 200


def test_a_link_after_anonymisation_gets_the_gone_page(client, case):
    path = case_path(case)
    case.status = Status.CLOSED
    case.closed_at = timezone.now() - datetime.timedelta(days=10)
    case.save()
    services.submissions_anonymise(older_than_days=1)
    _gone(client.get(path))


def test_a_token_for_another_case_never_opens_this_one(client, case):
    other = make_submission(email="other@example.com")
    # The other case's signed value with this case's id: the signature no longer matches.
    value = signing.TimestampSigner(salt=links.LINK_SALT).unsign(links.case_token(other))
    forged_value = f"{case.pk}:{value.split(':', 1)[1]}"
    forged = signing.TimestampSigner(salt=links.LINK_SALT).sign(forged_value)
    # Even correctly signed (the key leaked?), the binding to the address fails.
    _gone(client.get(f"/en/status/r/{forged}/"))
    html = client.get(case_path(other)).content.decode()
    assert other.reference in html and case.reference not in html


def test_posting_to_a_bad_link_stores_nothing(client, case):
    response = client.post(f"/en/status/r/{links.case_token(case)[:-2]}/", {"body": "Hello there"})
    _gone(response)
    assert not case.messages.exists()


# The status lookup leads to the same page.


def test_the_lookup_leads_to_the_case_page_in_the_pages_language(client, case):
    response = client.post(
        "/zh-hans/status/", {"reference": case.reference, "email": "MEI@example.com"}
    )
    assert response.status_code == 302
    assert response["Location"].startswith("/zh-hans/status/r/")
    assert links.submission_for_token(response["Location"].split("/")[-2]) == case


class time_shift:
    """Sign a token in the past by moving the signer's clock (no sleeping)."""

    def __init__(self, seconds):
        self.seconds = seconds

    def __enter__(self):
        import time as time_module

        self._time = time_module.time
        time_module.time = lambda: self._time() + self.seconds
        return self

    def __exit__(self, *exc):
        import time as time_module

        time_module.time = self._time


def test_the_token_stays_out_of_the_log(client, case, caplog):
    token = links.case_token(case)
    with caplog.at_level("INFO"):
        client.get(f"/en/status/r/{token[:-2]}/")
        reply(client, case, body="x" * 6000)
    assert "Case page answered 404" in caplog.text
    assert "Case page answered 400" in caplog.text
    assert token[:20] not in caplog.text
