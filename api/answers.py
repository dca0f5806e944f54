"""Language, region and caching of the public read answers.

Every public read answers in the language of `?lang=` (one of settings.LANGUAGES,
else 400) or else of Accept-Language, for the region of `?region=` or else the
visitor's (contacts.regions, as the pages work it out). Answers are stored in
the shared cache under the content version (helpdesk.lib.contentversion), so
the same saves that refresh the pages refresh them; each carries an ETag and a
Last-Modified and a conditional request gets 304.
"""

import hashlib
import json
import logging

from django.conf import settings
from django.core.cache import cache
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse, QueryDict
from django.utils import timezone, translation
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date
from django.utils.translation import gettext as _
from django.utils.translation.trans_real import parse_accept_lang_header

from api.errors import ApiError
from contacts.models import Region
from contacts.regions import region_cache_key, visitor_region
from helpdesk.lib.contentversion import content_version
from helpdesk.lib.languages import language_codes

logger = logging.getLogger(__name__)


def language_for(asked: str | None, cookies, accept_language: str) -> str | None:
    """The answer's language: `asked` (?lang=), else the language cookie, else
    Accept-Language, else the default; None when `asked` is not one of ours.
    Reads no request, so that api.wsgi works it out the same way before Django."""
    if asked is not None:
        code = asked.strip().lower()
        return code if code in language_codes() else None
    for candidate in [
        cookies.get(settings.LANGUAGE_COOKIE_NAME, ""),
        *(tag for tag, _q in parse_accept_lang_header(accept_language[:500])),
    ]:
        if candidate == "*":
            break
        if candidate:
            try:
                return translation.get_supported_language_variant(candidate)
            except LookupError:
                continue
    return translation.get_supported_language_variant(settings.LANGUAGE_CODE)


def requested_language(request) -> str:
    """The answer's language (language_for); an unknown `?lang=` is a 400."""
    language = language_for(
        request.GET.get("lang"), request.COOKIES, request.headers.get("Accept-Language", "")
    )
    if language is None:
        raise ApiError(
            400,
            _("Unknown language. Use one of: %(codes)s.") % {"codes": ", ".join(language_codes())},
            error="unknown_language",
            languages=language_codes(),
        )
    return language


def requested_region(request) -> Region | None:
    """`?region=` (an active region's code, else 404), else the visitor's region."""
    code = request.GET.get("region")
    if code is None:
        return visitor_region(request)
    region = Region.objects.active().filter(code=code.strip().lower()[:2]).first()
    if region is None or len(code.strip()) != 2:
        raise ApiError(404, _("There is no such region."), error="unknown_region")
    return region


def _changed_at(version: str) -> float:
    """When this content version was first seen: the Last-Modified of its answers."""
    key = f"api:changed:{version}"
    cache.add(key, timezone.now().replace(microsecond=0).timestamp(), timeout=None)
    return cache.get(key) or timezone.now().timestamp()


def answer_key(path, query: QueryDict, language, environ, cookies, version) -> str:
    """Where an answer is stored: the path, the query, the language and the region's
    inputs under the content version (the minute, for answers that depend on the
    clock, is kept in the entry)."""
    parts = [
        path,
        "&".join(sorted(f"{k}={v}" for k, values in query.lists() for v in values)),
        language,
        region_cache_key(environ, cookies),
    ]
    digest = hashlib.blake2b("\n".join(parts).encode("utf-8", "surrogatepass"), digest_size=16)
    return f"api:{version}:{digest.hexdigest()}"


def current_minute() -> int:
    return int(timezone.now().timestamp() // 60)


def is_fresh(entry) -> bool:
    return entry.get("minute") is None or entry["minute"] == current_minute()


def _render(data) -> bytes:
    if hasattr(data, "model_dump"):  # a schema: what the OpenAPI document promises
        data = data.model_dump(mode="json")
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).encode()


def cached_answer(request, build, *, per_minute=False) -> HttpResponse:
    """The JSON answer `build()` gives (a schema instance), from the cache when stored.

    `per_minute`: the answer depends on the clock ("open now"), so it is stored
    per minute, like the pages that show it.
    """
    language = requested_language(request)
    try:
        version = content_version()
    except Exception:
        logger.warning("API cache unavailable: answering uncached", exc_info=True)
        version = None
    entry = None
    if version is not None and settings.API_CACHE_SECONDS:
        key = answer_key(
            request.path_info, request.GET, language, request.META, request.COOKIES, version
        )
        try:
            entry = cache.get(key)
        except Exception:
            logger.warning("API cache unavailable", exc_info=True)
            version = None
    if entry is not None and not is_fresh(entry):
        entry = None
    if entry is None:
        with translation.override(language):
            body = _render(build())
        modified = _changed_at(version) if version else timezone.now().timestamp()
        if per_minute:
            modified = max(modified, timezone.now().timestamp() // 60 * 60)
        entry = {
            "body": body,
            "etag": f'"{hashlib.blake2b(body, digest_size=16).hexdigest()}"',
            "modified": int(modified),
            "minute": current_minute() if per_minute else None,
        }
        if version is not None and settings.API_CACHE_SECONDS:
            try:
                cache.set(key, entry, timeout=settings.API_CACHE_SECONDS)
            except Exception:
                logger.warning("API cache: could not store an answer", exc_info=True)
    return conditional(request, entry, language)


def conditional(request, entry, language) -> HttpResponse:
    response = HttpResponse(entry["body"], content_type="application/json")
    response["ETag"] = entry["etag"]
    response["Last-Modified"] = http_date(entry["modified"])
    response["Content-Language"] = language
    response["Cache-Control"] = f"public, max-age={min(settings.API_CACHE_SECONDS, 60)}"
    patch_vary_headers(response, ["Accept-Language"])
    conditional_response = get_conditional_response(
        request,
        etag=entry["etag"],
        last_modified=entry["modified"],
        response=response,
    )
    return conditional_response
