"""What the production server answers when requests are malformed or the database is gone.

DEBUG is off (the real profile under gunicorn): bad Host, oversized headers,
invalid UTF-8 in the path, broken multipart and the like get clean 400/404
answers, never a stack trace; with the database unreachable every page is a
503 in the site's look and /healthz says so.
"""

import pytest

from tests.html import count_tags
from tests.reliability.server import SECRET_KEY

pytestmark = pytest.mark.django_db(transaction=False)

DEAD_DATABASE = "postgres://nobody@127.0.0.1:9/nothing"  # port 9 (discard): nothing answers


def status_and_body(raw: bytes):
    head, _, body = raw.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1]) if head.startswith(b"HTTP/") else 0
    return status, body


def assert_no_leak(body: bytes):
    text = body.decode("utf-8", "replace")
    for leak in ("Traceback", 'File "/', "django.db", "OperationalError", SECRET_KEY):
        assert leak not in text, leak


MALFORMED = {
    "bad_host": (b"GET /en/ HTTP/1.1\r\nHost: evil.example\r\n\r\n", {400}),
    "host_with_path": (b"GET /en/ HTTP/1.1\r\nHost: 127.0.0.1/@evil\r\n\r\n", {400}),
    "huge_header": (
        b"GET /en/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + b"a" * 70000 + b"\r\n\r\n",
        {400, 431},
    ),
    "too_many_headers": (
        b"GET /en/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + b"".join(b"X-H%d: 1\r\n" % n for n in range(200))
        + b"\r\n",
        {400, 431},
    ),
    "invalid_utf8_path": (b"GET /en/faq/\xff\xfe/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", {400, 404}),
    "invalid_utf8_percent_path": (
        b"GET /en/faq/%ff%fe%80/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
        {404},
    ),
    "invalid_utf8_query": (
        b"GET /en/search/?q=%ff%fe%80 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
        {200},
    ),
    "nul_in_path": (b"GET /en/faq/%00/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", {400, 404}),
    "garbage_request_line": (b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", {0, 400}),
    "http_0_9": (b"GET /en/\r\n\r\n", {0, 400}),
    "bad_method": (b"G\xc3\xa9T /en/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", {0, 400, 405}),
    "bad_content_length": (
        b"POST /en/feedback/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -5\r\n\r\n",
        {400},
    ),
}


def multipart_cases(server):
    """Broken bodies past the CSRF check (cookie + header token), so they are parsed."""
    browser = server.browser()
    token = browser.csrf_token()
    head = (
        b"POST /en/feedback/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        b"Cookie: csrftoken=%s\r\nX-CSRFToken: %s\r\n"
        % (browser.cookies["csrftoken"].encode(), token.encode())
    )

    def post(content_type, body):
        return (
            head
            + b"Content-Type: %s\r\nContent-Length: %d\r\n\r\n" % (content_type, len(body))
            + body
        )

    return {
        "broken_multipart": (
            post(b"multipart/form-data; boundary=XX", b"--XX\r\nContent-Disposition: fo"),
            {200, 400},
        ),
        "multipart_without_boundary": (post(b"multipart/form-data", b"abcd"), {400}),
        "multipart_bad_boundary": (
            post(b"multipart/form-data; boundary=\xff\xfe", b"--\xff\xfe\r\n"),
            {400},
        ),
        "invalid_utf8_form": (
            post(
                b"application/x-www-form-urlencoded",
                b"description=%ff%fe%80%80&email=%c0%af&token=\xff\xfe",
            ),
            {200},
        ),
    }


def test_malformed_requests_get_clean_answers(gunicorn):
    with gunicorn() as server:
        results = {}
        cases = {**MALFORMED, **multipart_cases(server)}
        for name, (request, expected) in cases.items():
            status, body = status_and_body(server.raw(request))
            results[name] = status
            assert status in expected, (name, status, body[:300])
            assert_no_leak(body)
        log = server.log()
    print(f"{len(cases)} malformed requests: {results}")
    # Refused hosts are logged by django.security; nothing failed inside.
    assert "Internal Server Error" not in log


def test_bad_host_page_is_in_the_site_look(gunicorn):
    with gunicorn() as server:
        response = server.browser(Host="evil.example").get("/en/")
    assert response.status == 400
    assert count_tags(response.text, "h1") == 1
    assert "/static/" in response.text  # the site's stylesheet: its look


def test_database_down_gives_a_503_page_in_the_site_look(gunicorn):
    with gunicorn(DEAD_DATABASE, workers=1) as server:
        browser = server.browser()
        pages = {path: browser.get(path) for path in ["/en/", "/zh-hant/faq/", "/en/contact/"]}
        form = browser.post("/en/status/", {"reference": "FB-2345-6789", "email": "a@example.com"})
        admin = browser.get("/admin/login/")
        health = browser.get("/healthz")
        log = server.log()
    for path, response in pages.items():
        assert response.status == 503, (path, response.status, response.text[:500])
        assert response.headers["Retry-After"]
        assert count_tags(response.text, "h1") == 1
        assert 'rel="stylesheet"' in response.text
        assert_no_leak(response.body)
    assert "暫時無法使用" in pages["/zh-hant/faq/"].text
    assert form.status in {403, 503}  # the CSRF check comes first: no cookie yet
    assert admin.status in {200, 503}  # the login form itself needs no database
    assert_no_leak(admin.body)
    assert health.status == 503 and b'"database": "error"' in health.body
    assert "Traceback" in log or "OperationalError" in log  # logged for the operators
