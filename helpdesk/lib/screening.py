"""Spot secrets customers should never send us: every free text a customer writes
(submissions, replies on the case page or by mail, article vote comments) is
screened by this one rule, and the forms ask them to remove what it finds.

`find_secrets(text)` returns the kinds found (card number, one-time code,
password, recovery phrase or private key); `refuse_secrets(text)` is the form
validator with the explanation customers see. The rules lean towards few false
alarms: a transaction ID, an amount, a phone number or "I forgot my password"
must pass, because a form that refuses honest text sends people to the phone.
"""

import re
from enum import StrEnum

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _


class Secret(StrEnum):
    CARD = "card"
    CODE = "code"
    PASSWORD = "password"  # noqa: S105 - the name of a kind, not a password
    PHRASE = "phrase"


LABELS = {
    Secret.CARD: _("a full card number"),
    Secret.CODE: _("a one-time or verification code"),
    Secret.PASSWORD: _("a password"),
    Secret.PHRASE: _("a recovery phrase or private key"),
}

# 13-19 digits, optionally grouped by single spaces or dashes.
_CARD = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d])")
# Issuer prefixes and lengths of the card schemes customers here use.
_CARD_SCHEMES = [
    (re.compile(r"^4"), {13, 16, 19}),  # Visa
    (re.compile(r"^(5[1-5]|2(2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720))"), {16}),  # Mastercard
    (re.compile(r"^3[47]"), {15}),  # American Express
    (re.compile(r"^62"), {16, 17, 18, 19}),  # UnionPay
    (re.compile(r"^35(2[89]|[3-8]\d)"), {16, 17, 18, 19}),  # JCB
    (re.compile(r"^(6011|64[4-9]|65)"), {16, 19}),  # Discover
]
_NOT_A_CARD_BEFORE = re.compile(
    r"(transaction|txn|tx|order|ref(erence)?|invoice|交易|订单|訂單|流水|单号|單號)\W{0,3}(id|no|number|号|號|编号|編號)?\W{0,3}$",
    re.IGNORECASE,
)

_CODE = re.compile(
    r"(?<![a-z])(?P<label>one[- ]time (pass)?code|otp|verification code|security code|sms code|"
    r"auth(entication)? code|2fa code|code|pin|"
    r"验证码|驗證碼|动态码|動態碼|校验码|校驗碼|短信码|簡訊碼|安全码|安全碼)"
    r"[^\d\n]{0,12}?(?<!\d)(?P<digits>\d{4,8})(?!\d)",
    re.IGNORECASE,
)
# "error code 1234" or "postal code 10001" are not secrets.
_HARMLESS_CODE_BEFORE = re.compile(
    r"(error|err|status|postal|post|zip|area|country|promo|promotion|discount|coupon|swift|bank|"
    r"错误|錯誤|邮政|郵政|邮编|郵編|区号|區號|优惠|優惠)\W{0,3}$",
    re.IGNORECASE,
)

_PASSWORD = re.compile(
    r"(?P<label>password|passcode|passwd|pwd|密码|密碼)"
    r"(?P<sep>\s*(:|：|=)\s*|\s+(is|was|=)\s+|\s*(是|为|為|：|:)\s*)"
    r"(?P<token>[^\s，。,;；]{4,64})",
    re.IGNORECASE,
)

_PHRASE_LABEL = (
    r"(seed|recovery|mnemonic|secret|backup|wallet)\s+(phrase|words?)|mnemonic|"
    r"助记词|助記詞|恢复短语|恢復短語|恢复词|恢復詞|种子短语|種子短語"
)
_PHRASE = re.compile(
    rf"({_PHRASE_LABEL})(\s*(is|was|are|是|为|為))?\W{{0,20}}(?P<words>([a-z]{{3,8}}[\s,]+){{11,}}[a-z]{{3,8}})",
    re.IGNORECASE,
)
_PRIVATE_KEY = re.compile(
    r"(private key|私钥|私鑰)\W{0,20}(0x)?[0-9a-f]{64}(?![0-9a-f])", re.IGNORECASE
)


def _luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def looks_like_card_number(digits: str) -> bool:
    return _luhn_ok(digits) and any(
        prefix.match(digits) and len(digits) in lengths for prefix, lengths in _CARD_SCHEMES
    )


def _has_card(text: str) -> bool:
    for match in _CARD.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        before = text[max(0, match.start() - 30) : match.start()]
        if looks_like_card_number(digits) and not _NOT_A_CARD_BEFORE.search(before):
            return True
    return False


def _has_code(text: str) -> bool:
    for match in _CODE.finditer(text):
        before = text[max(0, match.start() - 20) : match.start()]
        if not _HARMLESS_CODE_BEFORE.search(before):
            return True
    return False


def _has_password(text: str) -> bool:
    for match in _PASSWORD.finditer(text):
        token = match.group("token")
        explicit = any(mark in match.group("sep") for mark in ":：=")
        # "my password is wrong" names no password; "is hunter2" or "是abc123" does.
        has_non_letter = any(not ch.isalpha() for ch in token)
        ascii_after_chinese = match.group("label") in {"密码", "密碼"} and token.isascii()
        if explicit or has_non_letter or ascii_after_chinese:
            return True
    return False


def find_secrets(text: str) -> list[Secret]:
    """The kinds of secret `text` seems to contain, in a fixed order."""
    found = []
    if _has_card(text):
        found.append(Secret.CARD)
    if _has_code(text):
        found.append(Secret.CODE)
    if _has_password(text):
        found.append(Secret.PASSWORD)
    if _PHRASE.search(text) or _PRIVATE_KEY.search(text):
        found.append(Secret.PHRASE)
    return found


THE_DESCRIPTION = _("the description")


def refuse_secrets(text: str, *, where=THE_DESCRIPTION) -> str:
    """`text` unchanged, or a ValidationError (code "secret") naming what to remove."""
    found = find_secrets(text)
    if found:
        raise ValidationError(
            format_lazy(
                _(
                    "Please remove {what} from {where}. We never need it, and "
                    "no one from {brand} will ever ask you for it."
                ),
                what=", ".join(str(LABELS[kind]) for kind in found),
                where=where,
                brand=settings.BRAND_NAME,
            ),
            code="secret",
        )
    return text
