"""Abuse limits per client: who the client is, and what happens when the cache fails.

The client is the address that connected to us (REMOTE_ADDR). Behind proxies
that append the address they saw to `X-Forwarded-For`, set
TRUSTED_PROXY_COUNT to their number: the client is then the address that many
places from the right of that header, which a client cannot forge (whatever it
sends itself ends up further left). With the default 0 the header is ignored,
so a spoofed header cannot buy a fresh limit.

The counters live in the shared cache. When the cache is down, limits fail
open: the request goes through and an error is logged (and /healthz answers
503). A customer reporting fraud must not be turned away because Redis is
down; the honeypot and the one-record-per-form-token rule still hold.
"""

import ipaddress
import logging

from django.conf import settings
from django_ratelimit.core import get_usage
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


def client_ip(request) -> str:
    """The client's address for rate limits (RATELIMIT_IP_META_KEY points here)."""
    remote = request.META.get("REMOTE_ADDR", "")
    trusted = settings.TRUSTED_PROXY_COUNT
    if trusted <= 0:
        return remote
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    if len(forwarded) < trusted:
        # Not through all our proxies (or a proxy that sets no header): the peer it is.
        return remote
    candidate = forwarded[-trusted]
    try:
        ipaddress.ip_address(candidate)
    except ValueError:
        return remote
    return candidate


def _rate_from_setting(name):
    # Read per request, so a changed setting applies without reloading URLs.
    return lambda group, request: getattr(settings, name)


def over_limit(request, *, group, rate_setting, key="ip", method="POST", increment=True) -> bool:
    """Whether this request is over the limit whose rate (django-ratelimit's
    "30/m") the setting named `rate_setting` holds; `increment=False` asks
    "may one more go?".

    With `increment=True` the request takes its place atomically (INCR), so of
    many simultaneous requests only as many as the limit get through.
    """
    rate = _rate_from_setting(rate_setting)
    try:
        usage = get_usage(
            request, group=group, key=key, rate=rate, method=method, increment=increment
        )
    except (RedisError, OSError):
        logger.error("Rate limit %s unavailable (cache down?): allowing", group, exc_info=True)
        return False
    if usage is None:  # limits switched off, or the count could not be read
        return False
    return usage["should_limit"] if increment else usage["count"] >= usage["limit"]
