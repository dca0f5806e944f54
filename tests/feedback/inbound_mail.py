"""Raw e-mails as customers' mail programs send them, and a way to pipe one in."""

import email.policy
import email.utils
import io
import sys
import textwrap
from email.message import EmailMessage

from django.core.management import call_command

from tests.files import png_bytes


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


def answer_to(arrived, *, sender: str, journey: dict) -> bytes:
    """What a mail program sends when the customer presses Reply on `arrived` (a mail
    the test SMTP server received): the answer, a signature, the quoted original and a
    screenshot. `journey` gives "answer", "signature" and "quote_header" ({date})."""
    original = arrived.message
    quoted = textwrap.indent(arrived.text().strip(), "> ", lambda line: True)
    header = journey["quote_header"].format(date=original["Date"])
    answer = EmailMessage(policy=email.policy.SMTP)
    answer["From"] = f"Mei <{sender}>"
    answer["To"] = original["Reply-To"]
    answer["Subject"] = f"Re: {original['Subject']}"
    answer["Date"] = email.utils.formatdate()
    answer["Message-ID"] = email.utils.make_msgid(domain="mail.example.net")
    answer["In-Reply-To"] = original["Message-ID"]
    answer["References"] = " ".join(filter(None, [original["References"], original["Message-ID"]]))
    answer.set_content(f"{journey['answer']}\n\n{journey['signature']}\n\n{header}\n{quoted}\n")
    answer.add_attachment(png_bytes(), maintype="image", subtype="png", filename="截图.png")
    return answer.as_bytes()


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
