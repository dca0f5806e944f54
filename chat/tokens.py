"""The customer's chat token: sealed, naming one chat, bound to one browser session.

The page receives it when the chat starts and presents it on every WebSocket
connection. The token is encrypted and authenticated (Fernet: AES-128-CBC and
an HMAC, keys derived from SECRET_KEY and its fallbacks), not only signed: it
carries the chat's row number, so that a connection can join the chat's group
before its one trip to the database, and that number must not tell anyone who
decodes a token how many chats we have had. A forged or altered token fails
the HMAC; another customer's token fails the binding, because it names a
session the connection does not carry. Both are checked without the database;
the chat's row is then read once, with whatever else the connection needs.
"""

import base64
import functools
import json
from dataclasses import dataclass

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core import signing
from django.utils.crypto import salted_hmac

from chat.models import Chat

SALT = "chat.token"
MAX_AGE = 24 * 60 * 60  # seconds; a chat is not resumed after a day


@dataclass(frozen=True)
class Claim:
    """What a genuine token, presented from its own session, says."""

    public_id: str
    chat_id: int


def _key(secret: str) -> bytes:
    """A Fernet key of its own for chat tokens, derived from one secret key."""
    digest = salted_hmac(SALT, "fernet", secret=secret, algorithm="sha256").digest()
    return base64.urlsafe_b64encode(digest)


def _sealer() -> MultiFernet:
    """Seals with SECRET_KEY; opens what SECRET_KEY or a fallback sealed (key rotation)."""
    return _sealer_for((settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS))


@functools.cache
def _sealer_for(secrets: tuple[str, ...]) -> MultiFernet:
    """Keys derived once per process for each set of secrets, not on every connection."""
    return MultiFernet([Fernet(_key(secret)) for secret in secrets])


def token_for(chat: Chat) -> str:
    data = {"chat": str(chat.public_id), "id": chat.pk, "session": chat.session_key}
    return _sealer().encrypt(json.dumps(data).encode()).decode("ascii")


def _opened(token: str) -> object:
    try:
        return json.loads(_sealer().decrypt(token.encode("ascii"), ttl=MAX_AGE))
    except (InvalidToken, UnicodeEncodeError, ValueError):
        pass
    # Tokens of the earlier, signed-only format, which showed the number in
    # the clear: still read until the last of them expires (MAX_AGE after the
    # release that sealed them), so that chats open across the upgrade go on.
    try:
        return signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.BadSignature:
        return None


def read_token(token: str, *, session_key: str | None) -> Claim | None:
    """The token's claim when it is genuine and presented from its own session."""
    if not token or not session_key:
        return None
    data = _opened(token)
    if not isinstance(data, dict) or data.get("session") != session_key:
        return None
    if not isinstance(data.get("chat"), str) or type(data.get("id")) is not int:
        return None
    return Claim(public_id=data["chat"], chat_id=data["id"])


def chat_for_claim(claim: Claim, *, session_key: str) -> Chat | None:
    return (
        Chat.objects.select_related("agent")
        .filter(pk=claim.chat_id, public_id=claim.public_id, session_key=session_key)
        .first()
    )


def chat_for_token(token: str, *, session_key: str | None) -> Chat | None:
    """The chat the token names, when it is genuine and the session is its own."""
    claim = read_token(token, session_key=session_key)
    return None if claim is None else chat_for_claim(claim, session_key=session_key)
