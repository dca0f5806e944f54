"""Which region a visitor is in: their remembered choice, else their browser.

Pages that depend on the region (contact channels, region-limited articles)
call `visitor_region(request)`; nothing else reads the cookie.
"""

import logging
import re

from django.core.cache import cache

from contacts.models import Region
from helpdesk.lib.contentversion import content_version

logger = logging.getLogger(__name__)

REGION_COOKIE = "region"
REGION_COOKIE_MAX_AGE = 365 * 24 * 3600
# The longest the active regions are kept: an edit replaces the content version
# anyway; this only frees the memory of versions no page asks for any more.
ACTIVE_REGIONS_SECONDS = 3600

# "zh-HK", "en-GB;q=0.8" -> the region subtag of each language range.
_REGION_SUBTAG = re.compile(r"^[a-z]{2,3}(?:-[a-z]{4})?-([a-z]{2})$")


def _browser_region_codes(accept_language: str) -> list[str]:
    codes = []
    for part in accept_language.lower().split(",")[:20]:
        tag = part.split(";")[0].strip()
        match = _REGION_SUBTAG.match(tag)
        if match:
            codes.append(match.group(1))
    return codes


def region_candidates(cookies, accept_language: str) -> list[str]:
    """Region codes to try, in order: the remembered choice, then the browser's.

    Takes the parsed cookies and the Accept-Language header, not a request, so
    that the page cache can work it out before Django builds one: equal inputs
    always give the same region, with no database query.
    """
    code = cookies.get(REGION_COOKIE, "")[:2].lower()
    candidates = [code] if code else []
    return candidates + _browser_region_codes(accept_language[:500])


def region_cache_key(environ, cookies) -> str:
    """What stored pages vary on for the region (see helpdesk.lib.pagecache)."""
    return ",".join(region_candidates(cookies, environ.get("HTTP_ACCEPT_LANGUAGE", "")))


def _candidates(request) -> list[str]:
    return region_candidates(request.COOKIES, request.headers.get("Accept-Language", ""))


def active_regions() -> dict[str, Region]:
    """The active regions by code, in their order, kept in the cache per content
    version (an edit of a region replaces it): pages whose other parts are
    stored find their region without a query."""
    try:
        key = f"contacts:active-regions:{content_version()}"
        regions = cache.get(key)
    except Exception:
        logger.warning("Region cache unavailable", exc_info=True)
        return {region.code: region for region in Region.objects.active()}
    if regions is None:
        regions = {region.code: region for region in Region.objects.active()}
        try:
            cache.set(key, regions, timeout=ACTIVE_REGIONS_SECONDS)
        except Exception:
            logger.warning("Region cache: could not store the regions", exc_info=True)
    return regions


def _resolve(request) -> Region | None:
    candidates = _candidates(request)
    if not candidates:
        return None
    by_code = active_regions()
    for candidate in candidates:
        if candidate in by_code:
            return by_code[candidate]
    return None


def visitor_region(request) -> Region | None:
    """The visitor's region, looked up once per request."""
    if not hasattr(request, "_visitor_region"):
        request._visitor_region = _resolve(request)
    return request._visitor_region


class VisitorRegionMixin:
    """For views whose content depends on the visitor's region."""

    def get_region(self):
        return visitor_region(self.request)

    def get_context_data(self, **kwargs):
        return super().get_context_data(region=self.get_region(), **kwargs)
