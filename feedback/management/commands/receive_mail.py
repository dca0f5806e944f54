"""An MTA's pipe transport hands one message to this command (see README, Deploying)."""

import logging
import sys

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import InterfaceError, OperationalError

from feedback import inbound

logger = logging.getLogger(__name__)

CHUNK = 1024 * 1024


class Command(BaseCommand):
    help = (
        "Read one raw e-mail (RFC 822) on standard input and add it to its case. Exits 0 "
        "(taken), 67 (no such case) or 75 (try again later: the database is unavailable)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--recipient", default="", help="Envelope recipient (Postfix: ${original_recipient})."
        )
        parser.add_argument(
            "--sender", default=None, help="Envelope sender (Postfix: ${sender}; empty: a bounce)."
        )

    def handle(self, *args, recipient="", sender=None, **options):
        raw, size = self._read(sys.stdin.buffer, settings.INBOUND_MAX_BYTES)
        try:
            mail = inbound.mail_receive(
                raw=raw, envelope_recipient=recipient, envelope_sender=sender, size=size
            )
        except (OperationalError, InterfaceError) as exc:
            self.stderr.write(f"Database unavailable, try again later: {exc}")
            sys.exit(inbound.EX_TEMPFAIL)
        except Exception:
            # Never lose a message to a fault of ours: the MTA keeps it and retries.
            logger.exception("receive_mail failed")
            self.stderr.write("Internal error, try again later.")
            sys.exit(inbound.EX_TEMPFAIL)
        code = inbound.exit_code_for(mail)
        if code == inbound.EX_NOUSER:
            self.stderr.write("No such case.")
        else:
            self.stdout.write(f"{mail.get_state_display()}: {mail.reason or mail.message_id}")
        if code:
            sys.exit(code)

    @staticmethod
    def _read(stream, limit: int) -> tuple[bytes, int]:
        """Up to limit + 1 bytes kept, the rest counted and dropped (the MTA must be
        able to write the whole message, or it sees a broken pipe)."""
        kept, size = [], 0
        while chunk := stream.read(CHUNK):
            if size <= limit:
                kept.append(chunk[: limit + 1 - size])
            size += len(chunk)
        return b"".join(kept), size
