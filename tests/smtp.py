"""A real SMTP server for the tests: mail goes out through Django's SMTP backend and is
checked byte for byte as it arrives.

`smtp_server` (a fixture, see tests/conftest.py) starts aiosmtpd on a free port of the
loopback interface and points Django's default mailer at it. Each arriving message is
kept with its envelope and its raw bytes, parsed as the recipient's mail program would.
"""

import email
import email.policy
import socket
import threading
from dataclasses import dataclass, field

from aiosmtpd.controller import Controller


@dataclass
class ReceivedMail:
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes
    message: email.message.EmailMessage = field(init=False)

    def __post_init__(self):
        self.message = email.message_from_bytes(self.raw, policy=email.policy.default)

    def text(self) -> str:
        return self.message.get_body(preferencelist=("plain",)).get_content()

    def html(self) -> str | None:
        part = self.message.get_body(preferencelist=("html",))
        return part.get_content() if part is not None else None


class _Handler:
    def __init__(self):
        self.received: list[ReceivedMail] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        mail = ReceivedMail(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content)
        with self.lock:
            self.received.append(mail)
        return "250 Message accepted for delivery"


class SMTPServer:
    """A running server; `messages` lists what arrived, oldest first."""

    def __init__(self):
        self._handler = _Handler()
        # The controller connects to its own port to check that it is up, so it needs
        # a real one: the system picks a free port, which is released for the server.
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self._controller = Controller(self._handler, hostname="127.0.0.1", port=port)

    def start(self):
        self._controller.start()
        return self

    def stop(self):
        self._controller.stop()

    @property
    def host(self) -> str:
        return self._controller.hostname

    @property
    def port(self) -> int:
        return self._controller.port

    @property
    def messages(self) -> list[ReceivedMail]:
        with self._handler.lock:
            return list(self._handler.received)

    def mailer_settings(self) -> dict:
        """MAILERS for Django's SMTP backend talking to this server (no TLS on loopback)."""
        return {
            "default": {
                "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                "OPTIONS": {"host": self.host, "port": self.port, "use_tls": False, "timeout": 5},
            }
        }
