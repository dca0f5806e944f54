"""The customer's chat token: signed, naming one chat, bound to one browser session.

The page receives it when the chat starts and presents it on every WebSocket
connection. A forged token fails the signature; another customer's token
fails the binding, because it names a session the connection does not carry.
The signature and the binding are checked without the database; the chat's
row is then read once, with whatever else the connection needs.
"""

from dataclasses import dataclass

from django.core import signing

from chat.models import Chat

SALT = "chat.token"
MAX_AGE = 24 * 60 * 60  # seconds; a chat is not resumed after a day


@dataclass(frozen=True)
class Claim:
    """What a genuine token, presented from its own session, says."""

    public_id: str
    chat_id: int | None  # tokens made before they carried the number have none


def token_for(chat: Chat) -> str:
    return signing.dumps(
        {"chat": str(chat.public_id), "id": chat.pk, "session": chat.session_key}, salt=SALT
    )


def read_token(token: str, *, session_key: str | None) -> Claim | None:
    """The token's claim when it is genuine and presented from its own session."""
    if not token or not session_key:
        return None
    try:
        data = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("session") != session_key:
        return None
    if not isinstance(data.get("chat"), str):
        return None
    chat_id = data.get("id")
    return Claim(public_id=data["chat"], chat_id=chat_id if type(chat_id) is int else None)


def chat_for_claim(claim: Claim, *, session_key: str) -> Chat | None:
    chats = Chat.objects.select_related("agent").filter(
        public_id=claim.public_id, session_key=session_key
    )
    if claim.chat_id is not None:
        chats = chats.filter(pk=claim.chat_id)
    return chats.first()


def chat_for_token(token: str, *, session_key: str | None) -> Chat | None:
    """The chat the token names, when it is genuine and the session is its own."""
    claim = read_token(token, session_key=session_key)
    return None if claim is None else chat_for_claim(claim, session_key=session_key)
