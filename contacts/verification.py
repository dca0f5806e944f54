""" "Is it really us?": normalise what a visitor pasted and match it.

Everything that decides whether a phone number, e-mail address, web address or
social handle is official lives here, so there is one place to read and test
the rules. The public entry point is `verify(value, region=...)`; the models use
the `normalise_*` helpers so that stored values and checked values are
normalised the same way.

The rules, in short:

- phone numbers are compared in E.164 (`phonenumbers`), parsed with the
  visitor's region first, then every active region, then as international;
- e-mail addresses are compared whole (case-insensitive), or by their domain
  when staff listed that domain as official;
- web addresses: only the host decides. It is lower-cased, decoded from
  punycode and stripped of one leading `www.`; it is official only when it is an
  official domain or a subdomain of one. A host with any non-ASCII character
  after decoding (homoglyphs, mixed scripts) is never official;
- social handles are compared without `@`, case-insensitively.

Visitors' input is untrusted: control characters are removed before anything
else and the length is bounded before parsing.
"""

import enum
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

import phonenumbers
from django.conf import settings
from django.db.models import Q

from contacts import models as contact_models

MAX_INPUT_LENGTH = 300
# Fewer digits cannot be a phone number anywhere (short codes are not channels).
MIN_PHONE_DIGITS = 5

_PHONE_CHARS = re.compile(r"^\+?[\d\s\-().\/]+$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s/\\?#]+\.[^@\s/\\?#.]+$")
# A bare host, maybe with a port, path or query: "okpay.example/help?x=1".
_BARE_HOST = re.compile(r"^[^\s/\\?#@:]+\.[^\s/\\?#@:.]{2,}\.?(?::\d+)?(?:[/?#\\]\S*)?$")
_HANDLE = re.compile(r"^@?[\w.]{1,60}$")
_EXTENSION = re.compile(r"\s*(?:ext\.?|x|#)\s*\d{1,6}$", re.IGNORECASE)

# Letters that look like Latin ones (Cyrillic, Greek, Armenian; written as
# escapes so the source stays readable), and digits used as letters: enough to
# spot "okpay" spelt with them, for the warning that a value imitates the brand.
_CONFUSABLES = str.maketrans(
    {
        "\u0430": "a", "\u0435": "e", "\u043e": "o", "\u0440": "p", "\u0441": "c", "\u0443": "y",
        "\u0445": "x", "\u043a": "k", "\u0456": "i", "\u0458": "j", "\u0455": "s", "\u04bb": "h",
        "\u051b": "q", "\u0501": "d", "\u0261": "g", "\u0578": "n", "\u03b1": "a", "\u03bf": "o",
        "\u03c1": "p", "\u03ba": "k", "\u03bd": "v", "\u03c4": "t", "\u03b9": "i", "\u03c5": "u",
        "0": "o", "1": "l", "3": "e", "5": "s", "@": "a", "$": "s",
    }
)  # fmt: skip


class ValueKind(enum.StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    WEB = "web"
    HANDLE = "handle"
    UNKNOWN = "unknown"


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


# ---------------------------------------------------------------- normalising


def clean_input(value) -> str:
    """Text safe to parse: no control or format characters, NFKC, trimmed, bounded."""
    text = str(value or "")[: MAX_INPUT_LENGTH * 4]
    text = "".join(
        " " if unicodedata.category(ch) in {"Cc", "Cf", "Zl", "Zp"} else ch for ch in text
    )
    # NFKC maps full-width forms to ASCII, as browsers and dialers do.
    text = unicodedata.normalize("NFKC", text)
    return " ".join(text.split())


def phone_candidates(text: str, region_codes=()) -> list[str]:
    """E.164 forms the text could be: international first, else per region."""
    text = re.sub(r"^tel:", "", text.strip(), flags=re.IGNORECASE)
    text = _EXTENSION.sub("", text)
    if not _PHONE_CHARS.match(text) or sum(ch.isdigit() for ch in text) < MIN_PHONE_DIGITS:
        return []
    compact = re.sub(r"[^\d+]", "", text)
    if compact.startswith("00"):
        text = "+" + compact[2:]
    attempts = [(text, None)] if text.startswith("+") else []
    if not text.startswith("+"):
        attempts += [(text, code.upper()) for code in region_codes]
        # Country code typed without "+": "44 20 7946 0321".
        attempts.append(("+" + compact, None))
    found = []
    for candidate, region_code in attempts:
        try:
            number = phonenumbers.parse(candidate, region_code)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_possible_number(number):
            e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            if e164 not in found:
                found.append(e164)
    return found


def normalise_phone(text: str, region_code: str | None = None) -> str:
    """The E.164 form of a number staff entered ("" when it is not a number)."""
    candidates = phone_candidates(text, [region_code] if region_code else [])
    return candidates[0] if candidates else ""


def format_phone(e164: str, region_code: str | None = None) -> str:
    """National format for a number of the page's region, else international."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if region_code and phonenumbers.region_code_for_number(number) == region_code.upper():
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def normalise_host(text: str) -> str:
    """The host of a web address: lower-case, decoded from punycode, no `www.`.

    Returns "" when there is no usable host. Hosts may still contain non-ASCII
    characters; `is_plain_host` tells whether they can ever be official.
    """
    text = text.strip()
    if not text:
        return ""
    # Browsers treat "\" as "/" in web addresses: "evil.example\@okpay.example".
    text = text.replace("\\", "/")
    if not re.match(r"^[a-z][a-z0-9+.\-]*://", text, re.IGNORECASE):
        text = "http://" + text.lstrip("/")
    try:
        host = urlsplit(text).hostname or ""
    except ValueError:
        return ""
    host = unicodedata.normalize("NFKC", unquote(host)).lower().rstrip(".")
    labels = []
    for label in host.split("."):
        if label.startswith("xn--"):
            try:
                label = label.encode("ascii").decode("idna")
            except UnicodeError:
                return ""
        labels.append(label)
    host = ".".join(labels)
    if host.startswith("www."):
        host = host[4:]
    if not host or " " in host or ".." in host:
        return ""
    return host


def is_plain_host(host: str) -> bool:
    """Letters, digits and hyphens only: anything else can imitate another host."""
    return bool(host) and bool(re.fullmatch(r"[a-z0-9\-]+(\.[a-z0-9\-]+)+", host))


def host_within(host: str, domain: str) -> bool:
    """`host` is `domain` or one of its subdomains (never a look-alike suffix)."""
    return host == domain or host.endswith("." + domain)


def normalise_email(text: str) -> str:
    """`local@host`, lower-case, the host decoded like a web host ("" if not an e-mail)."""
    text = re.sub(r"^mailto:", "", text.strip(), flags=re.IGNORECASE)
    text = text.split("?", 1)[0].strip().strip("<>").strip()
    if not _EMAIL.match(text):
        return ""
    local, _at, domain = text.rpartition("@")
    host = normalise_host(domain)
    if not host:
        return ""
    return f"{local.lower()}@{host}"


def normalise_handle(text: str) -> str:
    """A social handle without `@`, case-folded ("" if it is not a handle)."""
    text = text.strip()
    if not _HANDLE.match(text):
        return ""
    return text.lstrip("@").casefold()


def classify(text: str) -> ValueKind:
    """What the visitor most likely pasted."""
    lowered = text.lower()
    if lowered.startswith("tel:"):
        return ValueKind.PHONE
    if lowered.startswith("mailto:"):
        return ValueKind.EMAIL
    if "://" in text:
        return ValueKind.WEB
    if text.startswith("@"):
        return ValueKind.HANDLE if _HANDLE.match(text) else ValueKind.UNKNOWN
    if _EMAIL.match(text):
        return ValueKind.EMAIL
    # Before hosts: "202.555.0142" is a number, not a web address.
    if _PHONE_CHARS.match(_EXTENSION.sub("", text)):
        return ValueKind.PHONE
    if lowered.startswith("www.") or _BARE_HOST.match(text):
        return ValueKind.WEB
    if _HANDLE.match(text) and any(ch.isalpha() for ch in text):
        return ValueKind.HANDLE
    return ValueKind.UNKNOWN


def skeleton(text: str) -> str:
    """A rough "what it looks like": confusable letters mapped, separators dropped."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[\W_]", "", text.translate(_CONFUSABLES))


def imitates_brand(value: str) -> bool:
    brand = skeleton(settings.BRAND_NAME)
    return bool(brand) and brand in skeleton(value)


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
    return VerificationResult(
        verdict=Verdict.NOT_OFFICIAL,
        kind=kind,
        value=value,
        normalised=normalised,
        impostor=impostor,
        # The whole text counts: "okpay.example@evil.example" uses the name too.
        imitates_brand=imitates_brand(value),
        problem=problem,
    )


def _official(kind, value, normalised, *, channel=None, account=None):
    return VerificationResult(
        verdict=Verdict.OFFICIAL,
        kind=kind,
        value=value,
        normalised=normalised,
        channel=channel,
        official_account=account,
    )


def _impostor(kind, values):
    Impostor = contact_models.KnownImpostor
    return Impostor.objects.confirmed().filter(kind=kind, value_normalised__in=values).first()


def _host_suffixes(host: str) -> list[str]:
    """okpay.example.net -> [okpay.example.net, example.net, net]."""
    labels = host.split(".")
    return [".".join(labels[i:]) for i in range(len(labels))]


def _match_host(host: str):
    """(channel, official account) whose host covers `host`, else (None, None)."""
    suffixes = _host_suffixes(host)
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
    number = _EXTENSION.sub("", re.sub(r"^tel:", "", text, flags=re.IGNORECASE))
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
        Impostor.Kind.WEB, _host_suffixes(host)
    )
    if not is_plain_host(host) or impostor:
        return _not_official(ValueKind.EMAIL, text, address, impostor=impostor)
    Channel, Account = contact_models.Channel, contact_models.OfficialAccount
    channel = (
        Channel.objects.active()
        .filter(kind=Channel.Kind.EMAIL, value_normalised=address)
        .select_related("region")
        .first()
    )
    if channel:
        return _official(ValueKind.EMAIL, text, address, channel=channel)
    account = (
        Account.objects.active()
        .filter(
            Q(kind=Account.Kind.EMAIL, value_normalised=address)
            | Q(kind=Account.Kind.DOMAIN, value_normalised__in=_host_suffixes(host))
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
    impostor = _impostor(contact_models.KnownImpostor.Kind.WEB, _host_suffixes(host))
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
    channel = (
        Channel.objects.active()
        .filter(kind=Channel.Kind.SOCIAL, value_normalised=handle)
        .select_related("region")
        .first()
    )
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
