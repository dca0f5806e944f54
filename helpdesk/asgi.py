"""ASGI entry point (daphne helpdesk.asgi:application): pages and the chat's WebSockets.

WebSocket connections must come from a page of ours (their Origin one of
ALLOWED_HOSTS) and carry the visitor's session cookie, which the chat's
consumers use to bind a customer's token and to read an agent's login (in the
consumer's single database trip, not in a middleware trip of its own).
"""

import gc
import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "helpdesk.settings")

django_application = get_asgi_application()

from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402
from channels.sessions import SessionMiddlewareStack  # noqa: E402

from chat.routing import websocket_urlpatterns  # noqa: E402

application = ProtocolTypeRouter(
    {
        "http": django_application,
        "websocket": AllowedHostsOriginValidator(
            SessionMiddlewareStack(URLRouter(websocket_urlpatterns))
        ),
    }
)

# What start-up loaded lives as long as the process: frozen, the garbage
# collector's full passes skip it, which shortens their pause (a stall of every
# open chat at once). See docs/performance.md.
gc.freeze()
