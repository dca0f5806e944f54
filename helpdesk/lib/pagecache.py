"""Whole-page cache for anonymous GET requests to public pages.

A page is stored per content version (helpdesk.lib.contentversion), host,
language, full path and what apps registered with `vary_on()` (the inputs of
the visitor's region). Any save or delete of content shown on public pages
replaces the content version, so a staff edit is visible on the next request.
A page is otherwise kept until it stops being true: whatever computes a part
that changes with the clock ("open now", an alert's window, an article's
publish time) says when with `true_until(moment)`, and the page is kept until
the earliest such moment, and at most PAGE_CACHE_SECONDS.

Pages may contain forms: they are rendered with a placeholder instead of the
CSRF token, and every response, cached or not, gets the visitor's own token.
Visitors with a session (staff) or a pending message are never cached.
"""

import datetime
import functools
import hashlib
import logging
import math
import operator
import os
import threading
import time
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import close_old_connections
from django.http import HttpResponse
from django.http.cookie import parse_cookie
from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH, get_token
from django.utils import timezone
from django.utils.crypto import get_random_string
from django.utils.http import http_date
from django.utils.module_loading import import_string
from django.utils.translation import get_language, get_language_from_path
from django.views.decorators.cache import cache_page
from redis.exceptions import RedisError

from helpdesk.lib.contentversion import content_version

logger = logging.getLogger(__name__)

CSRF_PLACEHOLDER = "csrf-placeholder-6a3f0c9e5b"
MAX_QUERY_STRING = 300
KEY_ENVIRON = "helpdesk.page_cache_key"
# The earliest moment the page being rendered stops being true (a list while a
# CachedPageMixin view renders, None otherwise).
_true_until: ContextVar[list | None] = ContextVar("page_true_until", default=None)
# What else a page depends on, from the request before Django reads it:
# functions (WSGI environ, parsed cookies) -> str that apps register.
_key_parts = []


def vary_on(key_part) -> None:
    """Store pages per value of `key_part(environ, cookies)` too (e.g. the
    visitor's region inputs). It must not query the database: it runs on
    every request, stored pages included."""
    if key_part not in _key_parts:
        _key_parts.append(key_part)


def true_until(moment) -> None:
    """Say that the page being rendered is true until `moment` (aware datetime;
    None: no change in sight): it is not served from the cache from then on.
    Outside a stored page's rendering it does nothing, so data layers may call
    it wherever they compute something that changes with the clock."""
    moments = _true_until.get()
    if moments is not None and moment is not None:
        moments.append(moment)


@contextmanager
def collect_true_until():
    """Gathers the moments what runs inside says it stops being true (into the
    list it gives) and passes them on to the page being rendered, if any: for a
    part stored on its own (a template fragment) that must carry its own end."""
    outer = _true_until.get()
    moments = []
    reset = _true_until.set(moments)
    try:
        yield moments
    finally:
        _true_until.reset(reset)
        if outer is not None:
            outer.extend(moments)


def _scheme(environ) -> str:
    """The request's scheme as Django's HttpRequest.scheme works it out."""
    if settings.SECURE_PROXY_SSL_HEADER:
        header, secure_value = settings.SECURE_PROXY_SSL_HEADER
        value = environ.get(header)
        if value is not None:
            return "https" if value.split(",", 1)[0].strip() == secure_value else "http"
    return environ.get("wsgi.url_scheme", "http")


def _raw_host(environ) -> str:
    """The host as Django's HttpRequest.get_host reads it, before validation.

    Validation needs no repeating: a page is only stored after Django has
    accepted the host, and the host is part of the key.
    """
    if settings.USE_X_FORWARDED_HOST and "HTTP_X_FORWARDED_HOST" in environ:
        return environ["HTTP_X_FORWARDED_HOST"]
    if "HTTP_HOST" in environ:
        return environ["HTTP_HOST"]
    return f"{environ.get('SERVER_NAME', '')}:{environ.get('SERVER_PORT', '')}"


def page_cache_key(environ, cookies) -> str | None:
    """The cache key for a request (its WSGI environ and parsed cookies), or
    None when it must not be cached."""
    if not settings.PAGE_CACHE_SECONDS or environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
        return None
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return None
    # Only pages under a language prefix are stored (see CachedPageMixin):
    # static files, the admin and /healthz need no cache lookups.
    if get_language_from_path(environ.get("PATH_INFO", "")) is None:
        return None
    query = environ.get("QUERY_STRING", "")
    if len(query) > MAX_QUERY_STRING:
        return None
    # The scheme keeps http requests to their redirect. The host is part of the
    # key: pages carry absolute canonical URLs. The path holds the language.
    # Then what the apps said pages vary on. The clock is not in the key: a
    # page carries the moment it stops being true (see true_until).
    parts = [
        _scheme(environ),
        _raw_host(environ),
        environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", ""),
        query,
        *(key_part(environ, cookies) for key_part in _key_parts),
    ]
    raw = "\n".join(parts)
    digest = hashlib.blake2b(raw.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    try:
        return f"pagecache:{content_version()}:{digest}"
    except Exception:
        # The cache is down: serve the page uncached rather than fail.
        logger.warning("Page cache unavailable", exc_info=True)
        return None


def _csrf_secret(cookies) -> tuple[str, bool] | None:
    """The visitor's CSRF secret and whether it is new, or None when their
    cookie is one to leave to Django's middleware (malformed, or from before
    Django 4.1)."""
    if settings.CSRF_USE_SESSIONS:
        return None
    secret = cookies.get(settings.CSRF_COOKIE_NAME)
    if secret is None:
        return get_random_string(CSRF_SECRET_LENGTH, allowed_chars=CSRF_ALLOWED_CHARS), True
    if len(secret) == CSRF_SECRET_LENGTH and not secret.strip(CSRF_ALLOWED_CHARS):
        return secret, False
    return None


_SIZE = len(CSRF_ALLOWED_CHARS)
_CHAR_TO_INDEX = bytes.maketrans(CSRF_ALLOWED_CHARS.encode(), bytes(range(_SIZE)))
# An index, or the sum of two (at most 2 x 61), to its character: i % _SIZE.
_SUM_TO_CHAR = bytes.maketrans(
    bytes(range(2 * _SIZE - 1)), (CSRF_ALLOWED_CHARS * 2)[: 2 * _SIZE - 1].encode()
)
# Random bytes from a whole number of alphabet lengths: the rest are dropped,
# so that every character of a mask is equally likely.
_BIASED_BYTES = bytes(range(256 - 256 % _SIZE, 256))
_BYTE_TO_INDEX = bytes(byte % _SIZE for byte in range(256))


def masked_csrf_token(secret: str) -> str:
    """A form token for `secret` in Django's format (a random mask, then the
    secret shifted by it, as CsrfViewMiddleware unmasks it), fresh for each
    response against BREACH. The mask comes from one os.urandom call rather
    than 32 calls to secrets.choice, and the shift is done with byte tables:
    this runs on every stored page with a form."""
    mask = b""
    while len(mask) < CSRF_SECRET_LENGTH:
        mask += os.urandom(48).translate(_BYTE_TO_INDEX, _BIASED_BYTES)
    mask = mask[:CSRF_SECRET_LENGTH]
    shifted = bytes(map(operator.add, secret.encode("ascii").translate(_CHAR_TO_INDEX), mask))
    return (mask + shifted).translate(_SUM_TO_CHAR).decode("ascii")


def _csrf_cookie_header(secret: str) -> str:
    """The Set-Cookie value CsrfViewMiddleware would send for a new secret (the
    attributes of its set_cookie call, written out: a SimpleCookie costs more
    than the rest of a cache hit)."""
    age = settings.CSRF_COOKIE_AGE
    parts = [f"{settings.CSRF_COOKIE_NAME}={secret}"]
    if settings.CSRF_COOKIE_DOMAIN:
        parts.append(f"Domain={settings.CSRF_COOKIE_DOMAIN}")
    parts.append(f"expires={http_date(time.time() + age)}")
    if settings.CSRF_COOKIE_HTTPONLY:
        parts.append("HttpOnly")
    parts += [f"Max-Age={age}", f"Path={settings.CSRF_COOKIE_PATH}"]
    if settings.CSRF_COOKIE_SAMESITE:
        parts.append(f"SameSite={settings.CSRF_COOKIE_SAMESITE}")
    if settings.CSRF_COOKIE_SECURE:
        parts.append("Secure")
    return "; ".join(parts)


def visitor_csrf_token(request) -> str:
    """What Django's get_token() gives, masked by masked_csrf_token()."""
    secret = request.META.get("CSRF_COOKIE")
    if secret is None:  # a new visitor: Django makes the secret and its cookie
        return get_token(request)
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True  # as get_token() marks it
    return masked_csrf_token(secret)


def _with_visitor_token(request, content: bytes) -> bytes:
    if CSRF_PLACEHOLDER.encode() not in content:
        return content
    return content.replace(CSRF_PLACEHOLDER.encode(), visitor_csrf_token(request).encode())


# Stored pages this process read or stored last, by key: a hit then reads the
# shared cache once (the content version, which is part of the key) instead of
# twice, and unpickles nothing. A key never changes meaning and an entry carries
# its own end, so a copy here is as true as the shared one while it is used.
RECENT_PAGES = 256  # pages are 5-25 KB: a few MB per process


class _RecentPages:
    def __init__(self, size):
        self.size = size
        self._entries = {}
        self._lock = threading.Lock()

    def get(self, key):
        return self._entries.get(key)

    def put(self, key, entry):
        with self._lock:
            self._entries.pop(key, None)
            self._entries[key] = entry
            while len(self._entries) > self.size:  # the oldest out first
                del self._entries[next(iter(self._entries))]

    def clear(self):
        with self._lock:
            self._entries.clear()


recent_pages = _RecentPages(RECENT_PAGES)


def _remember(key, entry):
    """Keep `entry` in this process, its body cut where the visitor's token goes
    (joining the parts costs less than finding the placeholder on every hit)."""
    entry["parts"] = entry["content"].split(CSRF_PLACEHOLDER.encode())
    recent_pages.put(key, entry)


def _entry(key, now):
    """The stored entry for `key`: this process's copy while it is true, else the
    shared cache's (which another process may have stored since)."""
    entry = recent_pages.get(key)
    if entry is not None and now < entry["until"]:
        return entry
    entry = cache.get(key)
    if entry is not None and entry.get("until") is not None:
        _remember(key, entry)
    return entry


@dataclass
class StoredPage:
    body: bytes
    headers: list  # every header, Set-Cookie included
    on_hit: tuple | None


def stored_page(environ) -> StoredPage | None:
    """The stored page for this request, made personal, or None.

    Leaves the key in the environ for PageCacheMiddleware, so that a miss
    is looked up once. Everything Django's middleware gave the page is in the
    stored headers; what is personal is added here: the visitor's masked CSRF
    token and, for a visitor who has none, a CSRF cookie.
    """
    cookies = parse_cookie(environ.get("HTTP_COOKIE", ""))
    key = environ[KEY_ENVIRON] = page_cache_key(environ, cookies)
    if key is None:
        return None
    now = timezone.now()
    try:
        entry = _entry(key, now)
    except Exception:
        logger.warning("Page cache unavailable", exc_info=True)
        return None
    # Not stored, or past its end on the views' clock (no end: an older release's).
    until = entry.get("until") if entry is not None else None
    if until is None or now >= until:
        return None
    body, parts, headers = entry["content"], entry["parts"], list(entry["headers"])
    if len(parts) > 1:  # a page with a form
        found = _csrf_secret(cookies)
        if found is None:
            return None
        secret, is_new = found
        body = masked_csrf_token(secret).encode().join(parts)
        # Django would renew a cookie it already set, to push its expiry on; a
        # hit does not. Once it expires, the visitor's next page sets a new one.
        if is_new:
            headers.append(("Set-Cookie", _csrf_cookie_header(secret)))
    headers += [("Content-Length", str(len(body))), ("X-Page-Cache", "hit")]
    return StoredPage(body, headers, entry["on_hit"])


# A hook's function by its dotted path, imported once (the paths are the views').
_hook = functools.cache(import_string)


def run_on_hit(page: StoredPage) -> None:
    """The page's hook (e.g. a view count). A hook's failure never fails the page."""
    if page.on_hit:
        path, kwargs = page.on_hit
        try:
            _hook(path)(**kwargs)
        except Exception:
            logger.exception("Page cache: the hook of a stored page failed")


def _store(response) -> None:
    """Keep a page a CachedPageMixin view marked, with the headers every
    middleware gave it, unless the response is personal after all."""
    entry = getattr(response, "page_cache_entry", None)
    if entry is None or response.status_code != 200:
        return
    seconds = (entry["until"] - timezone.now()).total_seconds()
    if seconds <= 0:
        return  # already out of date
    if any(name != settings.CSRF_COOKIE_NAME for name in response.cookies):
        return
    if "'nonce-" in response.get("Content-Security-Policy", ""):
        return  # a nonce is per response
    entry["headers"] = [
        (name, value)
        for name, value in response.items()
        if name.lower() not in ("content-length", "x-page-cache")
    ]
    try:
        # The entry carries its own end (checked on every hit, on the views'
        # clock); the cache's timeout only frees the memory after it.
        key = entry.pop("key")
        cache.set(key, entry, timeout=math.ceil(seconds))
    except Exception:
        logger.warning("Page cache: could not store a page", exc_info=True)
        return
    _remember(key, entry)


class PageCacheMiddleware:
    """The first middleware: stores marked pages with every header the others
    added, and answers from stored pages when no PageCacheApplication did
    (the test client, ASGI). Answering here skips the middleware below it, as
    the WSGI application skips Django altogether."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if KEY_ENVIRON not in request.META:
            page = stored_page(request.META)
            if page is not None:
                run_on_hit(page)
                return _as_response(page)
        request.page_cache_key = request.META[KEY_ENVIRON]
        response = self.get_response(request)
        _store(response)
        return response


def _as_response(page: StoredPage) -> HttpResponse:
    response = HttpResponse(page.body)
    for name, value in page.headers:
        if name == "Set-Cookie":
            response.cookies.load(value)
        else:
            response.headers[name] = value
    return response


class PageCacheApplication:
    """Wraps Django's WSGI application: a stored page is answered before Django
    builds a request, at a fraction of what a request through Django costs."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        page = stored_page(environ)
        if page is None:
            return self.application(environ, start_response)
        if page.on_hit:
            # What Django's request_started does for the database, so that a
            # hook's query never meets a stale connection.
            close_old_connections()
            run_on_hit(page)
        start_response("200 OK", page.headers)
        return [page.body]


class CachedPageMixin:
    """For public page views whose output may be stored by PageCacheMiddleware.

    The page must be the same for every anonymous visitor with the same key
    inputs, but for the CSRF token: a form with another per-render value (the
    feedback forms' idempotency token) must not use it.

    A view may set `self.page_cache_on_hit = (dotted path, kwargs)`: the function
    is called whenever the stored page is served (e.g. to count a view), and
    `self.page_cache_skip = True` to keep this one response out of the cache
    (e.g. one that depends on the visitor's rate limit).
    """

    page_cache_on_hit = None
    page_cache_skip = False

    def dispatch(self, request, *args, **kwargs):
        key = getattr(request, "page_cache_key", None)
        # The path holds the language (i18n_patterns): never store a page
        # rendered in another one.
        if get_language_from_path(request.path_info) != get_language():
            key = None
        self.page_cache_key = key
        started = timezone.now()
        moments = [started + datetime.timedelta(seconds=settings.PAGE_CACHE_SECONDS)]
        reset = _true_until.set(moments)
        try:
            response = super().dispatch(request, *args, **kwargs)
            if hasattr(response, "render"):
                response.render()
        finally:
            _true_until.reset(reset)
        if (
            key
            and response.status_code == 200
            and not response.cookies
            and not self.page_cache_skip
        ):
            response.page_cache_entry = {
                "key": key,
                "content": response.content,
                "on_hit": self.page_cache_on_hit,
                "until": min(moments),
            }
            response["X-Page-Cache"] = "miss"
        response.content = _with_visitor_token(request, response.content)
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Overrides the per-request token the csrf context processor gives: the
        # visitor's own replaces it once the page is rendered (stored or not).
        context["csrf_token"] = CSRF_PLACEHOLDER
        return context


def cache_page_unless_down(timeout):
    """Django's cache_page, but a cache that is down serves the page uncached
    instead of failing it (cache_page raises on the lookup)."""

    def decorator(view):
        cached = cache_page(timeout)(view)

        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            try:
                return cached(request, *args, **kwargs)
            except (RedisError, OSError):
                logger.warning("Page cache unavailable: serving uncached", exc_info=True)
                return view(request, *args, **kwargs)

        return wrapper

    return decorator
