"""Cached API answers straight from the WSGI application, before Django builds a request.

`cached_answer` stores each public read under its key (api.answers.answer_key);
the first time such an answer leaves Django, this wrapper adds the headers every
middleware gave it to the stored entry. Later requests with the same key are
answered here, conditional requests included (304), as stored pages are by
helpdesk.lib.pagecache. Requests with credentials or an Origin (CORS answers
depend on it) always go through Django.
"""

import logging

from django.conf import settings
from django.core.cache import cache
from django.http import QueryDict
from django.http.cookie import parse_cookie
from django.utils.http import parse_http_date_safe

from api.answers import answer_key, is_fresh, language_for
from helpdesk.lib.contentversion import content_version

logger = logging.getLogger(__name__)

PREFIX = "/api/v1/"
# Headers a stored answer never repeats: per response, or set by the server.
NOT_STORED = {"content-length", "set-cookie", "date", "server", "connection"}
# What a 304 keeps (as django.utils.cache does).
NOT_MODIFIED_KEEPS = {
    "cache-control",
    "content-location",
    "etag",
    "expires",
    "last-modified",
    "vary",
}


def _key(environ) -> str | None:
    method = environ.get("REQUEST_METHOD")
    if method not in ("GET", "HEAD") or not environ.get("PATH_INFO", "").startswith(PREFIX):
        return None
    if "HTTP_AUTHORIZATION" in environ or "HTTP_ORIGIN" in environ:
        return None
    query = QueryDict(environ.get("QUERY_STRING", ""))
    cookies = parse_cookie(environ.get("HTTP_COOKIE", ""))
    language = language_for(query.get("lang"), cookies, environ.get("HTTP_ACCEPT_LANGUAGE", ""))
    if language is None:
        return None
    return answer_key(environ["PATH_INFO"], query, language, environ, cookies, content_version())


def _not_modified(environ, entry) -> bool:
    asked = environ.get("HTTP_IF_NONE_MATCH")
    if asked is not None:
        tags = {tag.strip().removeprefix("W/") for tag in asked.split(",")}
        return "*" in tags or entry["etag"] in tags
    since = parse_http_date_safe(environ.get("HTTP_IF_MODIFIED_SINCE", ""))
    return since is not None and entry["modified"] <= since


class ApiAnswerApplication:
    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        try:
            key = _key(environ)
            entry = cache.get(key) if key else None
        except Exception:  # the cache is down: Django answers (uncached)
            logger.warning("API answers: cache unavailable", exc_info=True)
            key = entry = None
        if key is None:
            return self.application(environ, start_response)
        if entry is not None and entry.get("headers") and is_fresh(entry):
            return self._answer(environ, start_response, entry)
        captured = {}

        def capture(status, headers, exc_info=None):
            captured.update(status=status, headers=headers)
            return start_response(status, headers, exc_info)

        result = self.application(environ, capture)
        if captured.get("status", "").startswith("200"):
            self._keep_headers(key, captured["headers"])
        return result

    @staticmethod
    def _keep_headers(key, headers):
        try:
            entry = cache.get(key)
            etag = dict(headers).get("ETag")
            if entry is None or entry.get("headers") or entry["etag"] != etag:
                return
            entry["headers"] = [(k, v) for k, v in headers if k.lower() not in NOT_STORED]
            cache.set(key, entry, timeout=settings.API_CACHE_SECONDS)
        except Exception:
            logger.warning("API answers: could not keep the headers", exc_info=True)

    @staticmethod
    def _answer(environ, start_response, entry):
        if _not_modified(environ, entry):
            headers = [(k, v) for k, v in entry["headers"] if k.lower() in NOT_MODIFIED_KEEPS]
            start_response("304 Not Modified", headers)
            return [b""]
        body = entry["body"]
        headers = [*entry["headers"], ("Content-Length", str(len(body))), ("X-Api-Cache", "hit")]
        start_response("200 OK", headers)
        return [b"" if environ.get("REQUEST_METHOD") == "HEAD" else body]
