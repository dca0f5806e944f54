"""Which region a visitor is in: their remembered choice, else their browser.

Pages that depend on the region (contact channels, region-limited articles)
call `visitor_region(request)`; nothing else reads the cookie.
"""

import re

from contacts.models import Region

REGION_COOKIE = "region"
REGION_COOKIE_MAX_AGE = 365 * 24 * 3600

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


def _resolve(request) -> Region | None:
    candidates = _candidates(request)
    if not candidates:
        return None
    by_code = {r.code: r for r in Region.objects.active().filter(code__in=candidates)}
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
