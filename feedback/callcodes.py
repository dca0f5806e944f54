""" "Is this call really us?": one-time codes an agent gives a customer on the phone.

Staff who handle a case create a code for it in the admin and read it out; the
customer types it on the verify page and sees the agent's first name, the case
reference and the official number we call from. A code works once and for
CALL_CODE_MINUTES. Wrong, expired and used codes, and codes of anonymised
cases, all get the same answer, so a guesser learns nothing; the page limits
guesses per client and in all, and 40 random bits per code make 1,000 guesses
hopeless. Only an HMAC of each code is stored; every use of a real code is
recorded on its case (CallCodeCheck).
"""

import datetime
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from contacts.models import Channel
from feedback.models import REFERENCE_ALPHABET, CallCode, CallCodeCheck, Submission

CODE_SALT = "feedback.call-code"
CODE_LENGTH = 8  # 8 of 32 symbols: 40 bits


def normalise_code(raw: str) -> str:
    """What the customer typed ("7kq9 m2xt") in the form codes are made in ("7KQ9-M2XT")."""
    compact = "".join(ch for ch in raw.upper() if ch.isalnum())[: CODE_LENGTH + 4]
    if len(compact) != CODE_LENGTH:
        return compact
    return f"{compact[:4]}-{compact[4:]}"


def _digest(code: str) -> str:
    return salted_hmac(CODE_SALT, normalise_code(code), algorithm="sha256").hexdigest()


def official_numbers(submission: Submission):
    """The phone channels an agent may say they call from: the case region's and global ones."""
    return (
        Channel.objects.active()
        .for_region(submission.region)
        .filter(kind=Channel.Kind.PHONE)
        .order_by("region", "order", "pk")
    )


def call_code_create(
    *, submission: Submission, agent, calling_from: Channel
) -> tuple[CallCode, str]:
    """A new code for `submission`; (row, the code to read out: shown once, never stored)."""
    if submission.anonymised_at is not None:
        raise ValidationError(_("This case is anonymised: no call codes for it."))
    if not official_numbers(submission).filter(pk=calling_from.pk).exists():
        raise ValidationError(
            {"calling_from": _("Choose an official phone number of the case's region.")}
        )
    raw = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(CODE_LENGTH))
    code = normalise_code(raw)
    call_code = CallCode(
        submission=submission,
        created_by=agent,
        calling_from=calling_from,
        digest=_digest(code),
        expires_at=timezone.now() + datetime.timedelta(minutes=settings.CALL_CODE_MINUTES),
    )
    call_code.full_clean()
    call_code.save()
    return call_code, code


@dataclass
class Confirmed:
    agent_first_name: str
    reference: str
    calling_from: str
    valid_until: datetime.datetime


def call_code_check(*, code: str) -> Confirmed | None:
    """What the verify page shows for a code, or None ("not confirmed") for anything
    but a valid, unused code of a case that still exists. Uses the code up."""
    normalised = normalise_code(code)
    if len(normalised) != CODE_LENGTH + 1:
        return None
    now = timezone.now()
    with transaction.atomic():
        call_code = (
            CallCode.objects.select_for_update(of=("self",))
            .select_related("submission", "created_by", "calling_from")
            .filter(digest=_digest(normalised))
            .first()
        )
        if call_code is None:
            return None
        if call_code.submission.anonymised_at is not None:
            outcome = CallCodeCheck.Outcome.ANONYMISED
        elif call_code.used_at is not None:
            outcome = CallCodeCheck.Outcome.USED
        elif call_code.expires_at < now:
            outcome = CallCodeCheck.Outcome.EXPIRED
        else:
            outcome = CallCodeCheck.Outcome.CONFIRMED
            call_code.used_at = now
            call_code.save(update_fields=["used_at"])
        CallCodeCheck.objects.create(call_code=call_code, outcome=outcome)
    if outcome != CallCodeCheck.Outcome.CONFIRMED:
        return None
    agent = call_code.created_by
    return Confirmed(
        agent_first_name=(agent.first_name or agent.get_username()) if agent else "",
        reference=call_code.submission.reference,
        calling_from=call_code.calling_from.value,
        valid_until=call_code.expires_at,
    )
