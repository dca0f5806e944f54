"""The customer's ways back into a case: a signed page link and a reply address.

Both are bound to one submission, to the e-mail address they were sent to and
to the submission's `link_generation`: staff revoking the links (generation
raised), a changed address or anonymisation (address removed) end them all.
The page link also expires (`CASE_LINK_DAYS`). Nothing is stored: both are
HMACs under the secret key, and keys in SECRET_KEY_FALLBACKS are still accepted
so that rotating the key does not break links already sent.
"""

import hashlib
import hmac

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation
from django.utils.crypto import salted_hmac

from feedback.models import Submission

LINK_SALT = "feedback.case-link"
REPLY_SALT = "feedback.reply-address"
# Hex characters of the reply address's MAC: 80 bits, and no letter case for a
# mail server to fold.
REPLY_MAC_LENGTH = 20


def _email_digest(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()[:16]


def _bound_to(submission: Submission) -> str:
    return f"{submission.pk}:{submission.link_generation}:{_email_digest(submission.email)}"


def case_token(submission: Submission) -> str:
    """The token of the case page link (`/<lang>/status/r/<token>/`)."""
    signer = signing.TimestampSigner(salt=LINK_SALT)
    return signer.sign(_bound_to(submission))


def case_url(submission: Submission) -> str:
    """The case page's path in the submission's language (make it absolute for mail)."""
    with translation.override(submission.language):
        return reverse("feedback:case", args=[case_token(submission)])


def submission_for_token(token: str) -> Submission | None:
    """The submission a case link opens, or None: bad, expired, revoked, or no address."""
    signer = signing.TimestampSigner(salt=LINK_SALT)
    try:
        value = signer.unsign(token, max_age=settings.CASE_LINK_DAYS * 86400)
    except signing.BadSignature:  # also SignatureExpired
        return None
    pk = value.partition(":")[0]
    if not pk.isdigit():
        return None
    submission = Submission.objects.filter(
        pk=int(pk), anonymised_at__isnull=True, email__gt=""
    ).first()
    if submission is None or not hmac.compare_digest(_bound_to(submission), value):
        return None
    return submission


def _reply_mac(submission: Submission, secret) -> str:
    mac = salted_hmac(REPLY_SALT, _bound_to(submission), secret=secret, algorithm="sha256")
    return mac.hexdigest()[:REPLY_MAC_LENGTH]


def reply_address(submission: Submission) -> str:
    """Where the customer's mail program sends an answer: the inbound address
    with the case in its plus part, e.g. reply+fb7kq9m2xt-<mac>@help.example.com."""
    local, _at, domain = settings.INBOUND_EMAIL_ADDRESS.rpartition("@")
    tag = submission.reference.replace("-", "").lower()
    return f"{local}+{tag}-{_reply_mac(submission, settings.SECRET_KEY)}@{domain}"


def submission_for_reply_address(address: str) -> Submission | None:
    """The submission a reply address names, or None when it is not one of ours or
    no longer valid (revoked, address changed, anonymised)."""
    local, _at, domain = address.strip().lower().rpartition("@")
    inbound_local, _at, inbound_domain = settings.INBOUND_EMAIL_ADDRESS.lower().rpartition("@")
    base, plus, tag = local.partition("+")
    if not plus or base != inbound_local or domain != inbound_domain:
        return None
    reference, _dash, mac = tag.rpartition("-")
    if len(reference) != 10 or len(mac) != REPLY_MAC_LENGTH:
        return None
    reference = f"{reference[:2]}-{reference[2:6]}-{reference[6:]}".upper()
    submission = Submission.objects.filter(
        reference=reference, anonymised_at__isnull=True, email__gt=""
    ).first()
    if submission is None:
        return None
    for secret in [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]:
        if hmac.compare_digest(_reply_mac(submission, secret), mac):
            return submission
    return None
