"""Webhook deliveries: signed, retried with a growing delay, never to private addresses.

Staff register endpoints (URL, secret, events) in the admin. An event makes one
delivery row per endpoint that takes it, in the transaction that caused it; the
task worker POSTs it after the commit. Each request carries:

    X-Webhook-Event: impostor.added
    X-Webhook-Delivery: <delivery id>
    X-Webhook-Timestamp: <unix seconds>
    X-Webhook-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" under the secret>

Receivers recompute the signature and refuse old timestamps (replays). A URL
whose host resolves to a loopback, private, link-local or otherwise non-public
address is refused when registered and again at every delivery (DNS may have
changed), and the connection goes to the address that was checked, so a name
cannot be re-pointed in between. API_WEBHOOK_ALLOWED_HOSTS lifts this for named
hosts (tests, a local receiver), never by default.
"""

import datetime
import hashlib
import hmac
import http.client
import ipaddress
import json
import logging
import socket
import ssl
import time
from functools import partial
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.tasks import task
from django.utils import timezone
from django.utils.translation import gettext as _

from api.models import Event, WebhookDelivery, WebhookEndpoint

logger = logging.getLogger(__name__)

# Delay before retry n (1-based); the last value repeats.
RETRY_DELAYS = [30, 120, 600, 3600, 6 * 3600]
RESPONSE_READ_LIMIT = 1024


class Refused(Exception):
    """The URL may not be called: not http(s), or not a public address."""


def _addresses(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise Refused(_("The host name does not resolve.")) from exc
    return list(dict.fromkeys(info[4][0] for info in infos))


def vetted_target(url: str) -> tuple[str, str, int, str]:
    """(scheme, host, port, address to connect to), or Refused."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise Refused(_("Use an http or https address."))
    if parts.username or parts.password:
        raise Refused(_("Put no user name or password in the address."))
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise Refused(_("The port is not valid.")) from exc
    host = parts.hostname
    addresses = _addresses(host, port)
    if host.lower() not in {h.lower() for h in settings.API_WEBHOOK_ALLOWED_HOSTS}:
        for address in addresses:
            ip = ipaddress.ip_address(address.split("%")[0])
            if not ip.is_global or ip.is_multicast:
                raise Refused(_("The address is not a public one: %(ip)s.") % {"ip": ip})
    if not addresses:
        raise Refused(_("The host name does not resolve."))
    return parts.scheme, host, port, addresses[0]


def check_url(url: str) -> None:
    try:
        vetted_target(url)
    except Refused as exc:
        raise ValidationError({"url": str(exc)}) from None


def check_events(events) -> None:
    if not isinstance(events, list) or not events or not set(events) <= set(Event.values):
        raise ValidationError(
            {
                "events": _("Choose one or more of: %(events)s.")
                % {"events": ", ".join(Event.values)}
            }
        )


def signature(secret: str, timestamp: str, body: bytes) -> str:
    mac = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return f"sha256={mac.hexdigest()}"


def event_emit(event: str, payload: dict) -> int:
    """Queue `event` for every active endpoint that takes it; sent after the commit."""
    count = 0
    for endpoint in WebhookEndpoint.objects.for_event(event):
        delivery = WebhookDelivery.objects.create(
            endpoint=endpoint,
            event=event,
            payload=json.loads(json.dumps(payload, cls=DjangoJSONEncoder)),
        )
        transaction.on_commit(partial(deliver_webhook.enqueue, delivery.pk))
        count += 1
    return count


@task()
def deliver_webhook(delivery_id: int) -> bool:
    return webhook_deliver(delivery_id=delivery_id)


class _PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, host, port, address, **kwargs):
        super().__init__(host, port, **kwargs)
        self._address = address

    def connect(self):
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host, port, address, **kwargs):
        super().__init__(host, port, context=ssl.create_default_context(), **kwargs)
        self._address = address

    def connect(self):
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def _post(url: str, headers: dict, body: bytes) -> int:
    scheme, host, port, address = vetted_target(url)
    parts = urlsplit(url)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    connection_class = _PinnedHTTPSConnection if scheme == "https" else _PinnedHTTPConnection
    connection = connection_class(host, port, address, timeout=settings.API_WEBHOOK_TIMEOUT)
    try:
        connection.request("POST", path, body=body, headers=headers)
        response = connection.getresponse()
        response.read(RESPONSE_READ_LIMIT)
        return response.status
    finally:
        connection.close()


def webhook_deliver(*, delivery_id: int) -> bool:
    """Send one delivery; True when the receiver answered 2xx (now or before)."""
    with transaction.atomic():
        delivery = (
            WebhookDelivery.objects.select_for_update(of=("self",))
            .select_related("endpoint")
            .filter(pk=delivery_id)
            .first()
        )
        if delivery is None or delivery.state != WebhookDelivery.State.PENDING:
            return delivery is not None and delivery.state == WebhookDelivery.State.DELIVERED
        delivery.attempts += 1
        body = json.dumps(
            {"id": delivery.pk, "event": delivery.event, "data": delivery.payload},
            ensure_ascii=False,
        ).encode()
        timestamp = str(int(time.time()))
        headers = {
            "Content-Type": "application/json",
            "User-Agent": "OKPay-Help-Webhooks/1",
            "X-Webhook-Event": delivery.event,
            "X-Webhook-Delivery": str(delivery.pk),
            "X-Webhook-Timestamp": timestamp,
            "X-Webhook-Signature": signature(delivery.endpoint.secret, timestamp, body),
        }
        retry = False
        try:
            status = _post(delivery.endpoint.url, headers, body)
        except Refused as exc:
            delivery.state = WebhookDelivery.State.FAILED
            delivery.last_error = f"Refused: {exc}"[:300]
            delivery.last_status = None
        except (OSError, http.client.HTTPException) as exc:
            delivery.last_error = f"{type(exc).__name__}: {exc}"[:300]
            delivery.last_status = None
            retry = True
        else:
            delivery.last_status = status
            if 200 <= status < 300:
                delivery.state = WebhookDelivery.State.DELIVERED
                delivery.delivered_at = timezone.now()
                delivery.last_error = ""
            else:
                delivery.last_error = f"HTTP {status}"
                retry = True
        if retry and delivery.attempts >= settings.API_WEBHOOK_MAX_ATTEMPTS:
            delivery.state = WebhookDelivery.State.FAILED
            retry = False
        delivery.save()
        if retry:
            transaction.on_commit(partial(_retry_schedule, delivery.pk, delivery.attempts))
    return delivery.state == WebhookDelivery.State.DELIVERED


def retry_delay(attempts: int) -> int:
    return RETRY_DELAYS[min(attempts, len(RETRY_DELAYS)) - 1]


def _retry_schedule(delivery_id: int, attempts: int) -> None:
    if not deliver_webhook.get_backend().supports_defer:
        logger.warning(
            "Webhook delivery %s failed; the immediate backend cannot retry.", delivery_id
        )
        return
    run_after = timezone.now() + datetime.timedelta(seconds=retry_delay(attempts))
    deliver_webhook.using(run_after=run_after).enqueue(delivery_id)
