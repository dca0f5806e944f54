"""Whole-page cache for anonymous GET requests to public pages.

A page is stored per content version, language, full path and the inputs of
the visitor's region. Any save or delete of content shown on public pages
replaces the content version, so a staff edit is visible on the next request;
time-dependent parts ("open now", alert windows) are bounded by the timeout.

Pages may contain forms: they are rendered with a placeholder instead of the
CSRF token, and every response, cached or not, gets the visitor's own token.
Visitors with a session (staff) or a pending message are never cached.
"""

import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.translation import get_language

from contacts.regions import region_inputs

VERSION_KEY = "pagecache:version"
CSRF_PLACEHOLDER = "csrf-placeholder-6a3f0c9e5b"
MAX_QUERY_STRING = 300
# Models whose rows appear on public pages; saving or deleting one invalidates.
CONTENT_MODELS = {
    "contacts.region",
    "faq.category",
    "faq.article",
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
        cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)


def page_cache_key(request) -> str | None:
    """The cache key for this request, or None when it must not be cached."""
    if not settings.PAGE_CACHE_SECONDS or request.method not in ("GET", "HEAD"):
        return None
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return None
    query = request.META.get("QUERY_STRING", "")
    if len(query) > MAX_QUERY_STRING:
        return None
    raw = "\n".join([request.path, query, get_language(), region_inputs(request)])
    digest = hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()
    return f"pagecache:{content_version()}:{digest}"


def _with_visitor_token(request, content: bytes) -> bytes:
    if CSRF_PLACEHOLDER.encode() not in content:
        return content
    return content.replace(CSRF_PLACEHOLDER.encode(), get_token(request).encode())


class CachedPageMixin:
    """For public page views: serve and store whole pages for anonymous visitors.

    Views may set `self.page_cache_meta` (JSON-like) when rendering; it is
    given back to `page_cache_hit(meta)` when a stored page is served.
    """

    page_cache_meta = None

    def dispatch(self, request, *args, **kwargs):
        self.page_cache_key = page_cache_key(request)
        if self.page_cache_key:
            entry = cache.get(self.page_cache_key)
            if entry is not None:
                self.page_cache_hit(entry["meta"])
                response = HttpResponse(
                    _with_visitor_token(request, entry["content"]),
                    content_type=entry["content_type"],
                )
                response["X-Page-Cache"] = "hit"
                return response
        response = super().dispatch(request, *args, **kwargs)
        if hasattr(response, "render"):
            response.render()
        if self.page_cache_key and response.status_code == 200 and not response.cookies:
            cache.set(
                self.page_cache_key,
                {
                    "content": response.content,
                    "content_type": response["Content-Type"],
                    "meta": self.page_cache_meta,
                },
                timeout=settings.PAGE_CACHE_SECONDS,
            )
            response["X-Page-Cache"] = "miss"
        response.content = _with_visitor_token(request, response.content)
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.page_cache_key:
            # Overrides the per-request token the csrf context processor gives.
            context["csrf_token"] = CSRF_PLACEHOLDER
        return context

    def page_cache_hit(self, meta):
        """Called when a stored page is served (e.g. to count a view)."""
