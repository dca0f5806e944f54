"""Mail to customers, as it arrives at a real SMTP server: the way back into the case
(Reply-To, signed link) and the headers that thread one case in the mail program."""

import email.utils

import pytest

from feedback import links, outbox, services
from feedback.models import Notification
from tests.factories import make_submission
from tests.forms import feedback_data

pytestmark = pytest.mark.django_db


def addresses(message, name):
    return [address for _n, address in email.utils.getaddresses(message.get_all(name, []))]


def test_confirmation_and_reply_arrive_threaded_with_the_way_back(
    client, smtp_server, settings, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "https://help.example.com"
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/zh-hans/feedback/", feedback_data(client, "zh-hans", email="Kim@Example.com"))
    submission = Notification.objects.get().submission
    with django_capture_on_commit_callbacks(execute=True):
        services.reply_create(submission=submission, author=None, body="请发送截图。")
    confirmation, reply = smtp_server.messages
    for mail in (confirmation, reply):
        message = mail.message
        assert mail.rcpt_tos == ["Kim@Example.com"]
        assert addresses(message, "From") == ["help@example.com"]
        assert addresses(message, "To") == ["Kim@Example.com"]
        assert addresses(message, "Reply-To") == [links.reply_address(submission)]
        assert links.submission_for_reply_address(addresses(message, "Reply-To")[0]) == submission
        (link,) = [line for line in mail.text().splitlines() if "/status/r/" in line]
        prefix = "https://help.example.com/zh-hans/status/r/"
        assert link.startswith(prefix) and link.endswith("/")
        assert links.submission_for_token(link.removeprefix(prefix)[:-1]) == submission
        assert message.get_content_type() == "text/plain"  # plain text only, one part
        assert b"\r\nMessage-ID: <" in mail.raw
    # Each mail has its own Message-ID, stored with its notification.
    stored = dict(Notification.objects.values_list("purpose", "message_id"))
    assert confirmation.message["Message-ID"] == stored["confirmation"]
    assert reply.message["Message-ID"] == stored["reply"]
    assert stored["confirmation"] != stored["reply"]
    # The reply points to the confirmation, so mail programs show one thread.
    assert confirmation.message["In-Reply-To"] is None
    assert reply.message["In-Reply-To"] == stored["confirmation"]
    assert reply.message["References"] == stored["confirmation"]
    assert confirmation.message["Auto-Submitted"] == "auto-generated"
    assert reply.message["Auto-Submitted"] is None  # a person wrote it
    assert "请发送截图。" in reply.text()


def test_a_third_mail_references_the_whole_thread(smtp_server, django_capture_on_commit_callbacks):
    submission = make_submission()
    with django_capture_on_commit_callbacks(execute=True):
        for text in ["First answer.", "Second answer.", "Third answer."]:
            services.reply_create(submission=submission, author=None, body=text)
    first, second, third = (mail.message for mail in smtp_server.messages)
    assert third["References"].split() == [first["Message-ID"], second["Message-ID"]]
    assert third["In-Reply-To"] == second["Message-ID"]


def test_staff_alerts_have_no_reply_address_into_the_system(
    smtp_server, settings, django_capture_on_commit_callbacks
):
    settings.FEEDBACK_SECURITY_ALERT_TO = ["security@example.com"]
    submission = make_submission(kind="suspicious")
    with django_capture_on_commit_callbacks(execute=True):
        outbox.notifications_queue(
            [
                Notification(
                    submission=submission,
                    purpose=Notification.Purpose.SECURITY_ALERT,
                    recipient="security@example.com",
                    language="en",
                )
            ]
        )
    (alert,) = smtp_server.messages
    assert alert.message["Reply-To"] is None
    assert "/status/r/" not in alert.text()
    assert alert.message["Message-ID"]


@pytest.mark.parametrize(
    "hostile",
    [
        "Hello\r\nBcc: victim@example.org",
        "Hello\nBcc: victim@example.org",
        "Hello\u2028Bcc: victim@example.org",
        "Hello\x85Bcc: victim@example.org",
        "Hello\x1b\x07Bcc: victim@example.org",
    ],
)
def test_header_injection_through_the_subject_is_neutralised(
    hostile, smtp_server, settings, tmp_path, django_capture_on_commit_callbacks
):
    """Staff-edited subject templates or a name in the subject cannot add a header."""
    (tmp_path / "feedback" / "email").mkdir(parents=True)
    (tmp_path / "feedback" / "email" / "reply_subject.txt").write_text("{{ reply.body }}")
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}
    ]
    submission = make_submission()
    with django_capture_on_commit_callbacks(execute=True):
        services.reply_create(submission=submission, author=None, body=hostile)
    (mail,) = smtp_server.messages
    assert mail.rcpt_tos == ["someone@example.com"]
    assert mail.message["Bcc"] is None
    assert "\n" not in mail.message["Subject"] and "Bcc: victim" in mail.message["Subject"]


def test_a_recipient_django_refuses_fails_cleanly_without_retrying(smtp_server):
    submission = make_submission()
    notification = Notification.objects.create(
        submission=submission,
        purpose=Notification.Purpose.CONFIRMATION,
        recipient="someone@example.com",
        language="en",
    )
    # Written past validation (as a faulty import could): a newline in the address.
    Notification.objects.filter(pk=notification.pk).update(
        recipient="someone@example.com\nBcc: victim@example.org"
    )
    assert outbox.notification_deliver(notification_id=notification.pk) is False
    notification.refresh_from_db()
    assert notification.state == Notification.State.FAILED
    assert notification.last_error.startswith("Refused to build the e-mail")
    assert smtp_server.messages == []
