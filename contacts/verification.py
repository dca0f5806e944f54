""" "Is it really us?": match what a visitor pasted against the directory.

The public entry point is `verify(value, region=...)`. Values are read and
normalised by `contacts.normalise`, the same functions the directory's models
store their values with, so stored and checked values always compare alike.

The rules, in short:

- phone numbers are compared in E.164, parsed with the visitor's region
  first, then every active region, then as international;
- e-mail addresses are compared whole (case-insensitive), or by their domain
  when staff listed that domain as official;
- web addresses: only the host decides; it is official only when it is an
  official domain or a subdomain of one, and never when it is not plain ASCII
  (homoglyphs, mixed scripts);
- social handles are compared without `@`, case-insensitively.
"""

import enum
import re
from dataclasses import dataclass

from django.db.models import Q

from contacts import models as contact_models
from contacts.normalise import (
    MAX_INPUT_LENGTH,
    MIN_PHONE_DIGITS,
    PHONE_EXTENSION,
    ValueKind,
    classify,
    clean_input,
    host_suffixes,
    imitates_brand,
    is_plain_host,
    normalise_email,
    normalise_handle,
    normalise_host,
    phone_candidates,
)


class Verdict(enum.StrEnum):
    OFFICIAL = "official"
    NOT_OFFICIAL = "not-official"


class Problem(enum.StrEnum):
    """Why a value could not be read; the page explains each."""

    NONE = ""
    TOO_LONG = "too_long"
    LETTERS_IN_NUMBER = "letters_in_number"
    UNREADABLE = "unreadable"


# What the report form should call it when a visitor reports the value.
REPORT_KINDS = {
    ValueKind.PHONE: "impostor_call",
    ValueKind.EMAIL: "phishing",
    ValueKind.WEB: "fake_website",
    ValueKind.HANDLE: "fake_social",
    ValueKind.UNKNOWN: "other",
}


# ------------------------------------------------------------------ matching


@dataclass(frozen=True)
class VerificationResult:
    """The answer for one checked value. Only `OFFICIAL` means it is us."""

    verdict: Verdict
    kind: ValueKind
    value: str  # what was checked, cleaned (shown escaped, pre-fills the report)
    normalised: str = ""
    channel: "contact_models.Channel | None" = None
    official_account: "contact_models.OfficialAccount | None" = None
    impostor: "contact_models.KnownImpostor | None" = None
    imitates_brand: bool = False
    problem: Problem = Problem.NONE

    @property
    def is_official(self) -> bool:
        return self.verdict == Verdict.OFFICIAL

    @property
    def report_kind(self) -> str:
        return REPORT_KINDS[self.kind]


def _not_official(kind, value, normalised="", *, impostor=None, problem=Problem.NONE):
    # The whole text counts: "okpay.example@evil.example" uses the name too.
    found = {"impostor": impostor, "imitates_brand": imitates_brand(value), "problem": problem}
    return VerificationResult(Verdict.NOT_OFFICIAL, kind, value, normalised, **found)


def _official(kind, value, normalised, *, channel=None, account=None):
    found = {"channel": channel, "official_account": account}
    return VerificationResult(Verdict.OFFICIAL, kind, value, normalised, **found)


def _impostor(kind, values):
    Impostor = contact_models.KnownImpostor
    return Impostor.objects.confirmed().filter(kind=kind, value_normalised__in=values).first()


def _channel(kind, normalised):
    """The public channel of `kind` whose value has this normal form, or None."""
    return (
        contact_models.Channel.objects.active()
        .filter(kind=kind, value_normalised=normalised)
        .select_related("region")
        .first()
    )


def _match_host(host: str):
    """(channel, official account) whose host covers `host`, else (None, None)."""
    suffixes = host_suffixes(host)
    account = (
        contact_models.OfficialAccount.objects.active()
        .filter(kind=contact_models.OfficialAccount.Kind.DOMAIN, value_normalised__in=suffixes)
        .first()
    )
    if account:
        return None, account
    channel = (
        contact_models.Channel.objects.active()
        .filter(kind__in=contact_models.Channel.WEB_KINDS, value_normalised=host)
        .select_related("region")
        .first()
    )
    return channel, None


def _verify_phone(text, region):
    number = PHONE_EXTENSION.sub("", re.sub(r"^tel:", "", text, flags=re.IGNORECASE))
    if any(ch.isalpha() for ch in number):
        return _not_official(ValueKind.PHONE, text, problem=Problem.LETTERS_IN_NUMBER)
    codes = [region.code] if region else []
    codes += [
        code
        for code in contact_models.Region.objects.active().values_list("code", flat=True)
        if code not in codes
    ]
    candidates = phone_candidates(text, codes)
    if not candidates:
        return _not_official(ValueKind.PHONE, text, problem=Problem.UNREADABLE)
    Channel = contact_models.Channel
    matches = {
        channel.value_normalised: channel
        for channel in Channel.objects.active()
        .filter(kind=Channel.Kind.PHONE, value_normalised__in=candidates)
        .select_related("region")
    }
    for candidate in candidates:  # in order of likelihood
        if candidate in matches:
            return _official(ValueKind.PHONE, text, candidate, channel=matches[candidate])
    impostor = _impostor(contact_models.KnownImpostor.Kind.PHONE, candidates)
    return _not_official(ValueKind.PHONE, text, candidates[0], impostor=impostor)


def _verify_email(text):
    address = normalise_email(text)
    if not address:
        return _not_official(ValueKind.EMAIL, text, problem=Problem.UNREADABLE)
    host = address.rpartition("@")[2]
    Impostor = contact_models.KnownImpostor
    impostor = _impostor(Impostor.Kind.EMAIL, [address]) or _impostor(
        Impostor.Kind.WEB, host_suffixes(host)
    )
    if not is_plain_host(host) or impostor:
        return _not_official(ValueKind.EMAIL, text, address, impostor=impostor)
    Channel, Account = contact_models.Channel, contact_models.OfficialAccount
    channel = _channel(Channel.Kind.EMAIL, address)
    if channel:
        return _official(ValueKind.EMAIL, text, address, channel=channel)
    account = (
        Account.objects.active()
        .filter(
            Q(kind=Account.Kind.EMAIL, value_normalised=address)
            | Q(kind=Account.Kind.DOMAIN, value_normalised__in=host_suffixes(host))
        )
        .first()
    )
    if account:
        return _official(ValueKind.EMAIL, text, address, account=account)
    return _not_official(ValueKind.EMAIL, text, address)


def _verify_web(text):
    host = normalise_host(text)
    if not host:
        return _not_official(ValueKind.WEB, text, problem=Problem.UNREADABLE)
    impostor = _impostor(contact_models.KnownImpostor.Kind.WEB, host_suffixes(host))
    if not is_plain_host(host) or impostor:
        return _not_official(ValueKind.WEB, text, host, impostor=impostor)
    channel, account = _match_host(host)
    if channel or account:
        return _official(ValueKind.WEB, text, host, channel=channel, account=account)
    return _not_official(ValueKind.WEB, text, host)


def _verify_handle(text):
    handle = normalise_handle(text)
    if not handle:
        return _not_official(ValueKind.HANDLE, text, problem=Problem.UNREADABLE)
    Channel, Account = contact_models.Channel, contact_models.OfficialAccount
    channel = _channel(Channel.Kind.SOCIAL, handle)
    if channel:
        return _official(ValueKind.HANDLE, text, handle, channel=channel)
    account = (
        Account.objects.active().filter(kind=Account.Kind.SOCIAL, value_normalised=handle).first()
    )
    if account:
        return _official(ValueKind.HANDLE, text, handle, account=account)
    impostor = _impostor(contact_models.KnownImpostor.Kind.SOCIAL, [handle])
    return _not_official(ValueKind.HANDLE, text, handle, impostor=impostor)


def verify(value, *, region=None) -> VerificationResult | None:
    """Whether `value` is one of our official channels; None for empty input.

    `region` (the visitor's) decides how a phone number without country code
    is read first.
    """
    raw_length = len(str(value or ""))
    text = clean_input(value)
    if not text:
        return None
    if raw_length > MAX_INPUT_LENGTH or len(text) > MAX_INPUT_LENGTH:
        return _not_official(ValueKind.UNKNOWN, text[:80], problem=Problem.TOO_LONG)
    kind = classify(text)
    if kind == ValueKind.PHONE:
        return _verify_phone(text, region)
    if kind == ValueKind.EMAIL:
        return _verify_email(text)
    if kind == ValueKind.WEB:
        return _verify_web(text)
    if kind == ValueKind.HANDLE:
        return _verify_handle(text)
    if _looks_numeric(text):
        return _not_official(ValueKind.PHONE, text, problem=Problem.LETTERS_IN_NUMBER)
    return _not_official(ValueKind.UNKNOWN, text, problem=Problem.UNREADABLE)


def _looks_numeric(text: str) -> bool:
    """Mostly digits and phone punctuation, with a few letters: a mistyped number."""
    digits = sum(ch.isdigit() for ch in text)
    return digits >= MIN_PHONE_DIGITS and digits >= len(re.sub(r"[\s\-().+]", "", text)) / 2
