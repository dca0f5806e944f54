"""Mail in: `manage.py receive_mail` records every message and attaches only what it should."""

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from django.db import OperationalError

from feedback import inbound, links
from feedback.models import CustomerMessage, InboundMail, Notification, Status
from tests.factories import make_submission
from tests.feedback.inbound_mail import raw_mail, receive
from tests.files import png_bytes

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def case():
    return make_submission(email="Someone@Example.com", status=Status.WAITING_CUSTOMER)


def to(case):
    return f"OKPay Help <{links.reply_address(case)}>"


def test_an_answer_from_the_case_address_lands_on_the_thread(case):
    raw = raw_mail(
        to=to(case),
        sender="someone@EXAMPLE.com",
        body=(
            "The screenshot is attached.\n\n"
            "On Thu, 3 Dec 2026 at 09:00, OKPay Help <help@example.com> wrote:\n"
            "> Could you send a screenshot?\n"
        ),
        attachments=[("screen.png", png_bytes(), "image/png")],
    )
    assert receive(raw) == 0
    mail = InboundMail.objects.get()
    message = case.messages.get()
    assert (mail.state, mail.customer_message) == ("attached", message)
    assert message.source == CustomerMessage.Source.EMAIL
    assert message.body == "The screenshot is attached."
    assert message.attachments.get().content_type == "image/png"
    assert mail.raw.read() == raw  # the original is kept byte for byte
    case.refresh_from_db()
    assert case.status == Status.IN_PROGRESS
    # Delivered twice (an MTA retry): still one message, one record.
    assert receive(raw) == 0
    assert (case.messages.count(), InboundMail.objects.count()) == (1, 1)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "这是截图。\n\n在 2026年12月1日 10:00，OKPay Help <help@example.com> 写道：\n> 您好\n",
            "这是截图。",
        ),
        ("這是截圖。\n\n於 2026年12月1日 上午10:00，OKPay Help 寫道：\n> 您好\n", "這是截圖。"),
        (
            "这是截图。\n\n-----原始邮件-----\n发件人: OKPay Help <help@example.com>\n"
            "发送时间: 2026年12月1日 10:00\n主题: 回复\n\n您好\n",
            "这是截图。",
        ),
        (
            "這是截圖。\n\n------------------ 原始郵件 ------------------\n"
            "寄件者: OKPay Help\n\n您好\n",
            "這是截圖。",
        ),
        (
            "Here it is.\n\n-----Original Message-----\nFrom: OKPay Help\nSent: Monday\n"
            "To: me\nSubject: Reply\n\nHello\n",
            "Here it is.",
        ),
        ("Here it is.\n\n-- \nJane Doe\nSent from my phone\n", "Here it is."),
        ("Thanks, the payment arrived.\n", "Thanks, the payment arrived."),
    ],
    ids=[
        "zh-hans-wrote",
        "zh-hant-wrote",
        "zh-hans-original",
        "zh-hant-foxmail",
        "outlook-en",
        "signature",
        "thanks-kept",
    ],
)
def test_quoted_history_and_signatures_are_stripped_in_english_and_chinese(case, body, expected):
    assert receive(raw_mail(to=to(case), body=body)) == 0
    assert case.messages.get().body == expected


def test_html_only_mail_becomes_safe_text(case):
    markup = (
        "<html><head><style>p{color:red}</style><title>x</title></head><body>"
        "<p>Hello &amp; thanks</p><script>alert(1)</script>"
        '<div>It <b>worked</b><br><img src=x onerror="alert(2)">now</div></body></html>'
    )
    assert receive(raw_mail(to=to(case), body=None, html=markup)) == 0
    body = case.messages.get().body
    assert [line for line in body.splitlines() if line] == ["Hello & thanks", "It worked", "now"]


def test_control_characters_never_reach_the_database(case):
    body = "Line one\x00 and\x1b[31m two.\nNo-break\xa0space, 全角\u3000空格.\n"
    raw = raw_mail(to=to(case), body=body, subject="Re:\x00 hi")
    assert receive(raw) == 0
    assert case.messages.get().body == "Line one and[31m two.\nNo-break space, 全角 空格."
    assert InboundMail.objects.get().subject == "Re: hi"


def test_another_sender_is_held_never_attached(case):
    assert receive(raw_mail(to=to(case), sender="intruder@example.org")) == 0
    mail = InboundMail.objects.get()
    assert (mail.state, mail.submission) == ("held", case)
    assert "not the case's address" in mail.reason
    assert mail.body == "Here is what you asked for."  # kept for staff to decide
    assert not case.messages.exists()


def test_a_secret_in_the_text_holds_the_message(case):
    raw = raw_mail(to=to(case), body="My password is Hunter2hunter2! and the app still fails.")
    assert receive(raw) == 0
    mail = InboundMail.objects.get()
    assert mail.state == "held" and "password" in mail.reason
    assert not case.messages.exists()


@pytest.mark.parametrize(
    "address",
    ["reply+fb00000000-00000000000000000000@help.example.com", "nobody@help.example.com"],
)
def test_unknown_case_exits_67_and_answers_nothing(case, address, mailoutbox):
    assert receive(raw_mail(to=address)) == inbound.EX_NOUSER
    mail = InboundMail.objects.get()
    assert (mail.state, mail.submission) == ("unknown_case", None)
    assert mail.raw  # recorded with the raw message
    assert mailoutbox == []


def test_a_revoked_reply_address_is_an_unknown_case(case):
    address = to(case)
    case.link_generation += 1
    case.save()
    assert receive(raw_mail(to=address)) == inbound.EX_NOUSER
    assert not case.messages.exists()


def test_the_envelope_recipient_routes_when_headers_do_not_name_the_case(case):
    raw = raw_mail(to="undisclosed-recipients:;")
    assert receive(raw, "--recipient", links.reply_address(case)) == 0
    assert case.messages.count() == 1


@pytest.mark.parametrize(
    ("headers", "sender", "envelope"),
    [
        ({"Auto-Submitted": "auto-replied"}, "someone@example.com", None),
        ({"Precedence": "bulk"}, "someone@example.com", None),
        ({"X-Autoreply": "yes"}, "someone@example.com", None),
        ({}, "MAILER-DAEMON@mx.example.com", None),
        ({}, "postmaster@example.com", None),
        ({}, "someone@example.com", ""),  # null envelope sender: a bounce
        ({}, "help@example.com", None),  # our own From address
        ({}, "reply@help.example.com", None),  # our inbound address
    ],
    ids=[
        "auto-submitted",
        "precedence",
        "x-autoreply",
        "mailer-daemon",
        "postmaster",
        "null-sender",
        "our-from",
        "our-inbound",
    ],
)
def test_automatic_mail_is_recorded_and_never_answered(
    case, headers, sender, envelope, mailoutbox, django_capture_on_commit_callbacks
):
    args = ["--sender", envelope] if envelope is not None else []
    with django_capture_on_commit_callbacks(execute=True):
        code = receive(raw_mail(to=to(case), sender=sender, headers=headers), *args)
    assert code == 0
    mail = InboundMail.objects.get()
    assert mail.state == "automatic" and mail.submission == case
    assert not case.messages.exists()
    assert mailoutbox == [] and not Notification.objects.exists()


def test_auto_submitted_no_is_a_person(case):
    assert receive(raw_mail(to=to(case), headers={"Auto-Submitted": "no"})) == 0
    assert InboundMail.objects.get().state == "attached"


def test_oversize_mail_is_refused_and_kept_without_content(case, settings):
    settings.INBOUND_MAX_BYTES = 1024 * 1024
    padding = "x" * 76 + "\n"
    raw = raw_mail(to=to(case), body=padding * (30 * 1024 * 1024 // len(padding)))  # 30 MB
    assert len(raw) > 30 * 1000 * 1000
    assert receive(raw) == 0
    mail = InboundMail.objects.get()
    assert (mail.state, mail.submission, mail.size) == ("rejected", case, len(raw))
    assert "Too large" in mail.reason
    assert not mail.raw and mail.body == ""
    assert not case.messages.exists()


def test_500_recipients_is_refused(case):
    crowd = ", ".join(f"person{n}@example.org" for n in range(499))
    assert receive(raw_mail(to=f"{crowd}, {links.reply_address(case)}")) == 0
    mail = InboundMail.objects.get()
    assert mail.state == "rejected" and "500 recipients" in mail.reason
    assert not case.messages.exists()


def test_html_zip_and_zip_bomb_attachments_are_dropped_and_noted(case):
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("big.txt", b"\0" * (20 * 1024 * 1024))
    raw = raw_mail(
        to=to(case),
        attachments=[
            ("page.html", b"<script>alert(1)</script>", "text/html"),
            ("evidence.zip", bomb.getvalue(), "application/zip"),
            ("fake.png", b"<html>not an image</html>", "image/png"),
            ("screen.png", png_bytes(), "image/png"),
        ],
    )
    assert receive(raw) == 0
    message = case.messages.get()
    assert message.attachments.count() == 1
    assert message.body.startswith("Here is what you asked for.")
    for name in ["page.html", "evidence.zip", "fake.png"]:
        assert f"Not attached: {name}" in message.body


def test_the_note_about_dropped_files_is_in_the_customer_language(case):
    case.language = "zh-hans"
    case.save()
    raw = raw_mail(to=to(case), attachments=[("a.zip", b"PK", "application/zip")])
    assert receive(raw) == 0
    assert "未附上：a.zip" in case.messages.get().body


def test_malformed_mime_is_held_with_its_raw_bytes(case):
    raw = (
        f"From: someone@example.com\r\nTo: {links.reply_address(case)}\r\n"
        "Message-ID: <broken@example.net>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="never-closed"\r\n\r\n'
        "--never-closed\r\nContent-Type: text/plain; charset=no-such-charset\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n@@@not base64@@@\r\n"
    ).encode()
    assert receive(raw) == 0
    mail = InboundMail.objects.get()
    assert mail.state == "held" and "could not be read" in mail.reason
    assert mail.raw.read() == raw
    assert mail.submission == case


def test_missing_message_id_gets_a_stable_key(case):
    raw = raw_mail(to=to(case), message_id=None)
    assert receive(raw) == 0
    assert receive(raw) == 0  # the same bytes again: recognised
    key = InboundMail.objects.get().message_id
    assert key.startswith("<sha256-")
    assert case.messages.get().idempotency_key == key


@pytest.mark.parametrize(
    "body", ["", "   \n\n", "> On Monday you wrote:\n> Please send a screenshot.\n"]
)
def test_empty_or_only_quoted_body_is_refused_clearly(case, body):
    assert receive(raw_mail(to=to(case), body=body)) == 0
    mail = InboundMail.objects.get()
    assert mail.state == "rejected" and "Nothing new" in mail.reason
    assert not case.messages.exists()


def test_a_closed_case_takes_no_mail(case):
    case.status = Status.CLOSED
    case.save()
    assert receive(raw_mail(to=to(case))) == 0
    mail = InboundMail.objects.get()
    assert mail.state == "rejected" and "closed" in mail.reason
    assert not case.messages.exists()


def test_undecodable_encoded_words_do_not_stop_a_message(case):
    raw = (
        f"From: =?utf-8?b?@@@?= <someone@example.com>\r\nTo: {links.reply_address(case)}\r\n"
        "Subject: =?x-unknown?q?bad?=\r\n\r\nHello\r\n"
    ).encode()
    assert receive(raw) == 0
    mail = InboundMail.objects.get()
    assert mail.raw.read() == raw
    # The display name is never trusted; the address itself is the case's.
    assert (mail.state, mail.sender) == ("attached", "someone@example.com")


def test_database_down_exits_75_and_keeps_nothing_half_done(case, monkeypatch):
    def down(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(InboundMail.objects, "filter", down)
    assert receive(raw_mail(to=to(case))) == inbound.EX_TEMPFAIL


def test_unreachable_database_exits_75_from_a_real_process(tmp_path):
    """The command as an MTA runs it, with a database server that does not answer."""
    raw = raw_mail(to="reply+fb23456789-00000000000000000000@help.example.com")
    env = {
        **os.environ,
        "DATABASE_URL": "postgres://postgres@127.0.0.1:9/helpdesk_nowhere",
        "MEDIA_ROOT": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "helpdesk.settings",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "receive_mail"],
        input=raw,
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 75, result.stderr.decode()[-2000:]
    assert b"try again later" in result.stderr
    assert list(tmp_path.rglob("*.eml")) == []
