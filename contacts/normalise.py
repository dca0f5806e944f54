"""One normal form for every phone number, e-mail address, web address and
social handle, whoever wrote it: staff in the directory, a visitor checking
a value, a customer reporting one.

Pure functions, no database: the directory's models store values in these
forms, "Is it really us?" compares in them, and feedback groups reported
contacts by `contact_key`, so a number counts as one everywhere.

- phone numbers: E.164 (`phonenumbers`), read with a region's rules when
  written without a country code;
- e-mail addresses: `local@host`, lower-case, the host as below;
- web addresses: only the host, lower-cased, decoded from punycode, without
  one leading `www.`; `is_plain_host` tells whether it can ever be official
  (a host with any non-ASCII character after decoding never can);
- social handles: without `@`, case-folded.

Input is untrusted: `clean_input` removes control characters and bounds the
length before anything parses it.
"""

import enum
import re
import unicodedata
from urllib.parse import unquote, urlsplit

import phonenumbers
from django.conf import settings

MAX_INPUT_LENGTH = 300
# Fewer digits cannot be a phone number anywhere (short codes are not channels).
MIN_PHONE_DIGITS = 5

_PHONE_CHARS = re.compile(r"^\+?[\d\s\-().\/]+$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s/\\?#]+\.[^@\s/\\?#.]+$")
# A bare host, maybe with a port, path or query: "okpay.example/help?x=1".
_BARE_HOST = re.compile(r"^[^\s/\\?#@:]+\.[^\s/\\?#@:.]{2,}\.?(?::\d+)?(?:[/?#\\]\S*)?$")
_HANDLE = re.compile(r"^@?[\w.]{1,60}$")
PHONE_EXTENSION = re.compile(r"\s*(?:ext\.?|x|#)\s*\d{1,6}$", re.IGNORECASE)

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
    text = PHONE_EXTENSION.sub("", text)
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


def host_suffixes(host: str) -> list[str]:
    """okpay.example.net -> [okpay.example.net, example.net, net]."""
    labels = host.split(".")
    return [".".join(labels[i:]) for i in range(len(labels))]


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
    if _PHONE_CHARS.match(PHONE_EXTENSION.sub("", text)):
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


def normalise(kind: ValueKind, text: str, region_code: str | None = None) -> str:
    """`text` in the normal form of `kind` ("" when it is not one)."""
    if kind == ValueKind.PHONE:
        return normalise_phone(text, region_code)
    if kind == ValueKind.EMAIL:
        return normalise_email(text)
    if kind == ValueKind.WEB:
        return normalise_host(text)
    if kind == ValueKind.HANDLE:
        return normalise_handle(text)
    return ""


def contact_key(raw: str, region_code: str | None = None) -> str:
    """One spelling of any contact a customer typed: the normal form of what it
    looks like (as the directory and the impostor list store it), else the
    cleaned text in lower case."""
    text = clean_input(raw)[:MAX_INPUT_LENGTH]
    return normalise(classify(text), text, region_code) or text.lower()
