"""The customer's chat token: signed, naming one chat, bound to one browser session.

The page receives it when the chat starts and presents it on every WebSocket
connection. A forged token fails the signature; another customer's token
fails the binding, because it names a session the connection does not carry.
"""

from django.core import signing

from chat.models import Chat

SALT = "chat.token"
MAX_AGE = 24 * 60 * 60  # seconds; a chat is not resumed after a day


def token_for(chat: Chat) -> str:
    return signing.dumps({"chat": str(chat.public_id), "session": chat.session_key}, salt=SALT)


def chat_for_token(token: str, *, session_key: str | None) -> Chat | None:
    """The chat the token names, when it is genuine and the session is its own."""
    if not token or not session_key:
        return None
    try:
        data = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("session") != session_key:
        return None
    return (
        Chat.objects.select_related("agent")
        .filter(public_id=data.get("chat"), session_key=session_key)
        .first()
    )
