"""Stored pages answered by the WSGI application, before Django's handler:
a hit must be the page Django would have sent, made personal the same way."""

import datetime
import io
import re
from contextlib import contextmanager
from http.cookies import SimpleCookie
from unittest import mock

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.middleware.csrf import (
    CSRF_ALLOWED_CHARS,
    CSRF_SECRET_LENGTH,
    CSRF_TOKEN_LENGTH,
    _unmask_cipher_token,
)
from django.test import Client
from django.utils import timezone
from django.utils.crypto import get_random_string

from api.wsgi import ApiAnswerApplication
from faq.models import ArticleDailyViews, Vote
from helpdesk import wsgi
from helpdesk.lib import contentversion, pagecache
from helpdesk.lib.contentversion import VERSION_KEY
from helpdesk.lib.pagecache import PageCacheApplication, masked_csrf_token, page_cache_key
from tests.factories import make_article, make_region

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
SECRET = "a" * CSRF_SECRET_LENGTH


@contextmanager
def _test_transaction_kept():
    # As Django's test client does: the request signals (and the page cache's
    # own call before a hook) would otherwise close the connection that holds
    # the test's transaction.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        with mock.patch("helpdesk.lib.pagecache.close_old_connections"):
            yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def wsgi_get(path, *, cookie="", query="", **environ):
    captured = {}

    def start_response(status, headers, exc_info=None):
        captured.update(status=status, headers=headers)

    environ = {
        "REQUEST_METHOD": "GET",
        "SCRIPT_NAME": "",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "testserver",
        "HTTP_COOKIE": cookie,
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": io.StringIO(),
        "wsgi.url_scheme": "http",
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
        "wsgi.version": (1, 0),
        **environ,
    }
    # Built per request, as the middleware reads settings when it is loaded.
    application = PageCacheApplication(WSGIHandler())
    with _test_transaction_kept():
        result = application(environ, start_response)
        try:
            body = b"".join(result)
        finally:
            if hasattr(result, "close"):  # as a WSGI server does
                result.close()
    status = int(captured["status"].split()[0])
    return status, captured["headers"], body.decode()


def _headers(headers):
    """Comparable headers: cookies by name, no length (the token's differs)."""
    found = {}
    for name, value in headers:
        if name.lower() == "set-cookie":
            found.setdefault("set-cookie", []).append(value.split("=", 1)[0])
        elif name.lower() not in ("content-length", "x-page-cache"):
            found[name.lower()] = value
    return found


def _header(headers, name):
    return [value for key, value in headers if key.lower() == name.lower()]


def _cookie(headers, name):
    for value in _header(headers, "Set-Cookie"):
        cookie = SimpleCookie(value)
        if name in cookie:
            return cookie[name].value
    return None


def test_the_served_application_answers_from_the_page_cache_first():
    assert isinstance(wsgi.application, PageCacheApplication)
    # Then the API's cached answers (api.wsgi), then Django.
    assert isinstance(wsgi.application.application, ApiAnswerApplication)
    assert wsgi.application.application.application is wsgi.django_application


@pytest.mark.parametrize("secure", [False, True])
def test_a_hit_carries_the_headers_django_gave_the_page(settings, secure):
    settings.SECURE_SSL_REDIRECT = False
    settings.SECURE_HSTS_SECONDS = 3600
    article = make_article()
    scheme = {"wsgi.url_scheme": "https"} if secure else {}
    for url in ("/en/", "/en/faq/", article.get_absolute_url()):
        miss = wsgi_get(url, cookie=f"csrftoken={SECRET}", **scheme)
        hit = wsgi_get(url, cookie=f"csrftoken={SECRET}", **scheme)
        assert (miss[0], hit[0]) == (200, 200), url
        assert (_header(miss[1], "X-Page-Cache"), _header(hit[1], "X-Page-Cache")) == (
            ["miss"],
            ["hit"],
        ), url
        # Django renews the visitor's CSRF cookie; a hit leaves the one they have.
        assert _header(hit[1], "Set-Cookie") == []
        miss_headers = {k: v for k, v in _headers(miss[1]).items() if k != "set-cookie"}
        assert _headers(hit[1]) == miss_headers, url
        assert _header(hit[1], "Content-Length") == [str(len(hit[2].encode()))]
        assert bool(_header(hit[1], "Strict-Transport-Security")) is secure
        assert _header(hit[1], "X-Frame-Options") == ["DENY"]


def test_http_and_https_are_stored_apart_so_the_redirect_stays(settings):
    settings.SECURE_SSL_REDIRECT = True
    article = make_article()
    url = article.get_absolute_url()
    for _ in range(2):
        assert wsgi_get(url, **{"wsgi.url_scheme": "https"})[0] == 200
    status, headers, _body = wsgi_get(url)
    assert status == 301
    assert _header(headers, "Location") == [f"https://testserver{url}"]


def test_each_hit_has_the_visitors_own_token_which_their_post_passes(settings):
    article = make_article()
    wsgi_get(article.get_absolute_url())  # stored
    tokens = []
    for _ in range(2):
        _status, headers, body = wsgi_get(article.get_absolute_url())
        assert _header(headers, "X-Page-Cache") == ["hit"]
        [token] = TOKEN.findall(body)
        secret = _cookie(headers, settings.CSRF_COOKIE_NAME)
        assert secret and len(secret) == CSRF_SECRET_LENGTH
        assert "placeholder" not in body
        visitor = Client(enforce_csrf_checks=True)
        visitor.cookies[settings.CSRF_COOKIE_NAME] = secret
        vote = visitor.post(
            article.get_absolute_url() + "vote/", {"helpful": "yes", "csrfmiddlewaretoken": token}
        )
        assert vote.status_code == 302
        tokens.append((secret, token))
    assert tokens[0][0] != tokens[1][0] and tokens[0][1] != tokens[1][1]
    assert Vote.objects.count() == 2


def test_a_visitors_cookie_is_kept_on_a_hit(settings):
    article = make_article()
    wsgi_get(article.get_absolute_url())
    _status, headers, body = wsgi_get(article.get_absolute_url(), cookie=f"csrftoken={SECRET}")
    assert _header(headers, "X-Page-Cache") == ["hit"]
    assert _header(headers, "Set-Cookie") == []
    [token] = TOKEN.findall(body)
    visitor = Client(enforce_csrf_checks=True)
    visitor.cookies[settings.CSRF_COOKIE_NAME] = SECRET
    vote = visitor.post(
        article.get_absolute_url() + "vote/", {"helpful": "no", "csrfmiddlewaretoken": token}
    )
    assert vote.status_code == 302


@pytest.mark.parametrize("cookie", ["csrftoken=short", "csrftoken=" + "!" * CSRF_SECRET_LENGTH])
def test_a_cookie_django_would_replace_is_left_to_django(cookie):
    article = make_article()
    wsgi_get(article.get_absolute_url())
    status, headers, body = wsgi_get(article.get_absolute_url(), cookie=cookie)
    assert status == 200
    assert _header(headers, "X-Page-Cache") == ["miss"]
    assert TOKEN.findall(body)


def test_staff_and_pending_messages_go_to_django():
    article = make_article()
    wsgi_get(article.get_absolute_url())
    for cookie in ("sessionid=abc", "messages=xyz"):
        status, headers, _body = wsgi_get(article.get_absolute_url(), cookie=cookie)
        assert status == 200
        assert _header(headers, "X-Page-Cache") == []


def test_views_are_counted_on_wsgi_hits():
    article = make_article()
    for _ in range(3):
        wsgi_get(article.get_absolute_url())
    assert sum(ArticleDailyViews.objects.values_list("views", flat=True)) == 3


def test_region_inputs_keep_pages_apart():
    hk = make_region("hk")
    make_region("gb", time_zone="Europe/London")
    article = make_article(title_en="Hong Kong only", regions=[hk])
    category_url = article.category.get_absolute_url()
    for _ in range(2):
        assert "Hong Kong only" in wsgi_get(category_url, cookie="region=hk")[2]
        assert "Hong Kong only" not in wsgi_get(category_url, cookie="region=gb")[2]
        assert "Hong Kong only" in wsgi_get(category_url, HTTP_ACCEPT_LANGUAGE="zh-HK")[2]


def test_an_unknown_host_is_refused_even_when_a_page_is_stored():
    wsgi_get("/en/faq/")
    status = wsgi_get("/en/faq/", HTTP_HOST="evil.example")[0]
    assert status == 400


def test_a_cache_that_is_down_serves_pages_from_django(settings):
    article = make_article()
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens on port 1
        }
    }
    for _ in range(2):
        status, headers, body = wsgi_get(article.get_absolute_url())
        assert status == 200
        assert _header(headers, "X-Page-Cache") == []
        assert article.title_en in body


def test_a_hit_reads_only_the_content_version_from_the_shared_cache():
    """Through the cache API; with Redis not even that: the version is tracked
    (helpdesk.lib.trackedkey) and read without a round trip."""
    article = make_article()
    url = article.get_absolute_url()
    wsgi_get(url)  # stored, in the shared cache and in this process
    with mock.patch.object(pagecache.cache, "get", wraps=pagecache.cache.get) as shared_get:
        status, headers, body = wsgi_get(url, cookie=f"csrftoken={SECRET}")
    assert (status, _header(headers, "X-Page-Cache")) == (200, ["hit"])
    assert article.title_en in body
    read = [call.args[0] for call in shared_get.call_args_list]
    assert read == ([] if contentversion._tracked_version() else [VERSION_KEY])


def test_this_process_copy_ends_with_the_page_and_the_shared_one_is_read_again():
    article = make_article()
    url = article.get_absolute_url()
    wsgi_get(url)
    [(key, entry)] = pagecache.recent_pages._entries.items()
    newer = {**entry, "content": entry["content"].replace(b"</body>", b"<!-- newer --></body>")}
    pagecache.cache.set(key, newer)
    assert "newer" not in wsgi_get(url)[2]  # this process's copy, still true
    entry["until"] = timezone.now() - datetime.timedelta(seconds=1)  # its end has come
    assert "newer" in wsgi_get(url)[2]


def test_this_process_keeps_a_bounded_number_of_pages():
    recent = pagecache._RecentPages(size=2)
    for key in ("a", "b", "a", "c"):
        recent.put(key, {"until": None, "key": key})
    assert list(recent._entries) == ["a", "c"]  # "b", the oldest, went first


def test_every_token_place_of_a_stored_page_gets_the_same_fresh_token():
    """A stored body is kept cut at its placeholders: two forms, two places."""
    placeholder = pagecache.CSRF_PLACEHOLDER.encode()
    body = b'<input name="csrfmiddlewaretoken" value="%s">' % placeholder
    cookie = f"csrftoken={SECRET}"
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/en/faq/", "HTTP_HOST": "testserver"}
    key = page_cache_key(environ, {"csrftoken": SECRET})
    until = timezone.now() + datetime.timedelta(minutes=1)
    entry = {"content": body * 2, "headers": [], "on_hit": None, "until": until}
    pagecache._remember(key, entry)
    page = pagecache.stored_page({**environ, "HTTP_COOKIE": cookie})
    first, second = TOKEN.findall(page.body.decode())
    assert first == second
    assert _unmask_cipher_token(first) == SECRET
    assert placeholder not in page.body


def test_masked_tokens_are_djangos_format_and_fresh_each_time():
    secret = get_random_string(CSRF_SECRET_LENGTH, allowed_chars=CSRF_ALLOWED_CHARS)
    tokens = {masked_csrf_token(secret) for _ in range(300)}
    assert len(tokens) == 300
    assert {_unmask_cipher_token(token) for token in tokens} == {secret}
    assert all(len(token) == CSRF_TOKEN_LENGTH for token in tokens)
    masks = "".join(token[:CSRF_SECRET_LENGTH] for token in tokens)
    assert set(masks) == set(CSRF_ALLOWED_CHARS)


def test_the_renewed_cookie_has_the_attributes_django_gives_it(settings):
    settings.CSRF_COOKIE_SECURE = True
    settings.CSRF_COOKIE_DOMAIN = "testserver"
    article = make_article()
    miss = wsgi_get(article.get_absolute_url())  # Django sets a new cookie
    hit = wsgi_get(article.get_absolute_url())

    def attributes(headers):
        [morsel] = SimpleCookie(_header(headers, "Set-Cookie")[0]).values()
        return {name: value for name, value in morsel.items() if name != "expires"}

    assert _header(hit[1], "X-Page-Cache") == ["hit"]
    assert attributes(hit[1]) == attributes(miss[1])
    assert attributes(hit[1])["secure"] and attributes(hit[1])["httponly"]


@pytest.mark.parametrize("path", ["/static/dist/portal.css", "/healthz", "/admin/", "/xx/faq/"])
def test_paths_without_a_language_prefix_are_never_looked_up(path):
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": path, "HTTP_HOST": "testserver"}
    assert page_cache_key(environ, {}) is None
    assert page_cache_key({**environ, "PATH_INFO": "/en/faq/"}, {}) is not None
