"""Whole-page cache for anonymous GET requests to public pages.

A page is stored per content version, host, language, full path and the
inputs of the visitor's region. Any save or delete of content shown on public pages
replaces the content version, so a staff edit is visible on the next request;
time-dependent parts ("open now", alert windows) are right to the minute, as
the minute is part of the key.

Pages may contain forms: they are rendered with a placeholder instead of the
CSRF token, and every response, cached or not, gets the visitor's own token.
Visitors with a session (staff) or a pending message are never cached.
"""

import hashlib
import logging
import uuid
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import get_language
from django.views.decorators.cache import cache_page
from redis.exceptions import RedisError

from contacts.regions import region_inputs

logger = logging.getLogger(__name__)

VERSION_KEY = "pagecache:version"
CSRF_PLACEHOLDER = "csrf-placeholder-6a3f0c9e5b"
MAX_QUERY_STRING = 300
# Models whose rows appear on public pages; saving or deleting one invalidates.
CONTENT_MODELS = {
    "contacts.region",
    "contacts.channel",
    "contacts.openinghours",
    "contacts.closure",
    "contacts.alert",
    "contacts.contactguidance",
    "faq.category",
    "faq.article",
    # What search results are made of (index_rebuild bumps the version itself).
    "faq.searchdocument",
    "faq.synonym",
}


def content_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        # A fresh random value, never a counter: if the key is evicted, pages
        # stored under an older version can never be served again.
        cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def bump_content_version(sender, **kwargs):
    if sender._meta.label_lower in CONTENT_MODELS:
        try:
            cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)
        except Exception:
            # The write itself succeeded; pages stay stale until they expire.
            logger.exception("Page cache: could not invalidate")


def page_cache_key(request) -> str | None:
    """The cache key for this request, or None when it must not be cached."""
    if not settings.PAGE_CACHE_SECONDS or request.method not in ("GET", "HEAD"):
        return None
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return None
    query = request.META.get("QUERY_STRING", "")
    if len(query) > MAX_QUERY_STRING:
        return None
    # The host is part of the key: pages carry absolute canonical URLs. So is
    # the minute: "open now" and alert windows change with the clock, to the minute.
    parts = [
        request.get_host(),
        request.path,
        query,
        get_language(),
        region_inputs(request),
        timezone.now().strftime("%Y%m%d%H%M"),
    ]
    raw = "\n".join(parts)
    digest = hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()
    try:
        return f"pagecache:{content_version()}:{digest}"
    except Exception:
        # The cache is down: serve the page uncached rather than fail.
        logger.warning("Page cache unavailable", exc_info=True)
        return None


def _with_visitor_token(request, content: bytes) -> bytes:
    if CSRF_PLACEHOLDER.encode() not in content:
        return content
    return content.replace(CSRF_PLACEHOLDER.encode(), get_token(request).encode())


def _serve(request, entry):
    on_hit = entry["on_hit"]
    if on_hit:
        path, kwargs = on_hit
        import_string(path)(**kwargs)
    response = HttpResponse(
        _with_visitor_token(request, entry["content"]), content_type=entry["content_type"]
    )
    response["X-Page-Cache"] = "hit"
    return response


class PageCacheMiddleware:
    """Answers from stored pages before URL resolution, views and the middleware
    below it (auth, messages, history) run. Placed after CsrfViewMiddleware so
    the visitor's token can be put in, and after LocaleMiddleware for the language."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.page_cache_key = page_cache_key(request)
        if request.page_cache_key:
            entry = cache.get(request.page_cache_key)
            if entry is not None:
                return _serve(request, entry)
        return self.get_response(request)


class CachedPageMixin:
    """For public page views whose output may be stored by PageCacheMiddleware.

    A view may set `self.page_cache_on_hit = (dotted path, kwargs)`: the function
    is called whenever the stored page is served (e.g. to count a view).
    """

    page_cache_on_hit = None

    def dispatch(self, request, *args, **kwargs):
        self.page_cache_key = getattr(request, "page_cache_key", None)
        response = super().dispatch(request, *args, **kwargs)
        if hasattr(response, "render"):
            response.render()
        if self.page_cache_key and response.status_code == 200 and not response.cookies:
            entry = {
                "content": response.content,
                "content_type": response["Content-Type"],
                "on_hit": self.page_cache_on_hit,
            }
            try:
                cache.set(self.page_cache_key, entry, timeout=settings.PAGE_CACHE_SECONDS)
            except Exception:
                logger.warning("Page cache: could not store a page", exc_info=True)
            response["X-Page-Cache"] = "miss"
        response.content = _with_visitor_token(request, response.content)
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.page_cache_key:
            # Overrides the per-request token the csrf context processor gives.
            context["csrf_token"] = CSRF_PLACEHOLDER
        return context


def cache_page_unless_down(timeout):
    """Django's cache_page, but a cache that is down serves the page uncached
    instead of failing it (cache_page raises on the lookup)."""

    def decorator(view):
        cached = cache_page(timeout)(view)

        @wraps(view)
        def wrapper(request, *args, **kwargs):
            try:
                return cached(request, *args, **kwargs)
            except (RedisError, OSError):
                logger.warning("Page cache unavailable: serving uncached", exc_info=True)
                return view(request, *args, **kwargs)

        return wrapper

    return decorator
