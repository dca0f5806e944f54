"""Raw e-mails as customers' mail programs send them, and a way to pipe one in."""

import email.policy
import io
import sys
from email.message import EmailMessage

import pytest
from django.core.management import call_command


def raw_mail(
    *,
    to: str,
    sender: str = "someone@example.com",
    body: str | None = "Here is what you asked for.",
    subject: str = "Re: Reply about your message",
    html: str | None = None,
    headers: dict | None = None,
    attachments: list[tuple[str, bytes, str]] = (),
    message_id: str | None = "<answer-1@mail.example.net>",
) -> bytes:
    message = EmailMessage(policy=email.policy.SMTP)
    message["From"] = f"Some One <{sender}>" if sender else "<>"
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = "Thu, 03 Dec 2026 10:00:00 +0000"
    if message_id:
        message["Message-ID"] = message_id
    for name, value in (headers or {}).items():
        message[name] = value
    if body is not None:
        message.set_content(body)
    if html is not None:
        if body is None:
            message.set_content(html, subtype="html")
        else:
            message.add_alternative(html, subtype="html")
    for filename, content, content_type in attachments:
        maintype, subtype = content_type.split("/")
        message.add_attachment(content, maintype=maintype, subtype=subtype, filename=filename)
    return message.as_bytes()


def receive(raw: bytes, *args: str) -> int:
    """Run `manage.py receive_mail` with `raw` on standard input; its exit code."""
    stdin = io.TextIOWrapper(io.BytesIO(raw))
    original = sys.stdin
    sys.stdin = stdin
    try:
        call_command("receive_mail", *args, stdout=io.StringIO(), stderr=io.StringIO())
    except SystemExit as exit_:
        return exit_.code
    finally:
        sys.stdin = original
    return 0


@pytest.fixture
def capture_commits(django_capture_on_commit_callbacks):
    return django_capture_on_commit_callbacks
