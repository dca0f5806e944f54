"""Open redirects: no `next`, Referer or crafted path sends a visitor off the site.

The site has no language-switch view (language links are plain links); the
places that redirect are the admin login, the locale redirect of `/`,
APPEND_SLASH, the region chooser and the forms' redirects after a POST.
"""

from urllib.parse import urlsplit

import pytest

from tests.factories import make_article, make_region
from tests.forms import feedback_data

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "//evil.example",
    "//evil.example/",
    "///evil.example",
    "////evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\\/evil.example",
    "https://evil.example",
    "http://evil.example/en/",
    "https:evil.example",
    "https:/evil.example",
    "http:\\\\evil.example",
    "//evil.example@testserver",
    "https://testserver@evil.example",
    "https://testserver.evil.example",
    "https://evil.example#testserver",
    "%2F%2Fevil.example",
    "/%2F%2Fevil.example",
    "%2f%2fevil.example",
    "/%5Cevil.example",
    "%5C%5Cevil.example",
    "/%09/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    " //evil.example",
    "\x00//evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "//evil%E3%80%82example",
    "//evil。example",
    "/.//evil.example",
    "/en/../../evil.example",
    "//evil.example/%2e%2e",
    "ftp://evil.example",
]


def off_site(location: str) -> bool:
    """Where a browser would go: it drops tabs, newlines and controls, reads a
    backslash as a slash, and does not decode %2F in a path."""
    cleaned = "".join(ch for ch in location if ch > " ").replace("\\", "/")
    parts = urlsplit(cleaned)
    if parts.scheme and parts.scheme not in {"http", "https"}:
        return True
    return cleaned.startswith("//") or (bool(parts.netloc) and parts.netloc != "testserver")


def test_at_least_30_payloads():
    assert len(PAYLOADS) >= 30


@pytest.mark.parametrize("payload", PAYLOADS)
def test_admin_login_next(client, superuser, payload):
    response = client.post(
        f"/admin/login/?next={payload}",
        {"username": "root", "password": "correct-horse-battery", "next": payload},
    )
    assert response.status_code == 302
    assert not off_site(response["Location"]), response["Location"]
    again = client.get("/admin/login/", {"next": payload})  # logged in: sent on
    assert again.status_code in {200, 302}
    assert not off_site(again.get("Location", "/")), again.get("Location")


@pytest.mark.parametrize("payload", PAYLOADS)
def test_paths_and_referers_never_redirect_off_site(client, payload):
    region = make_region("hk")
    article = make_article()
    requests = [
        client.get("/" + payload.lstrip("/")),
        client.get("/" + payload),
        client.get(payload if payload.startswith("/") else "/" + payload),
        client.get("/en" + ("/" if not payload.startswith("/") else "") + payload),
        client.get(f"/en/faq{payload}"),
        client.post(
            "/en/contact/region/",
            {"region": region.code, "next": payload},
            HTTP_REFERER=payload,
        ),
        client.post(
            f"{article.get_absolute_url()}vote/",
            {"helpful": "yes", "next": payload},
            HTTP_REFERER=payload,
        ),
        client.post(
            f"/en/feedback/?next={payload}",
            feedback_data(client, next=payload),
            HTTP_REFERER=payload,
        ),
        client.get("/favicon.ico", {"next": payload}, HTTP_REFERER=payload),
    ]
    for response in requests:
        location = response.get("Location")
        if location:
            assert not off_site(location), (response.request["PATH_INFO"], location)
