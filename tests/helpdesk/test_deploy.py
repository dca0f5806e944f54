"""Production profile: the deploy check passes, and every page sends its headers."""

import gc
import os
import runpy
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client, override_settings

from tests.factories import make_article

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DEBUG": "false",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "help.example.com",
    "EMAIL_HOST": "smtp.example.com",
    "REDIS_URL": "redis://127.0.0.1:6379/15",
    "DATABASE_URL": "sqlite:///:memory:",
}


def manage(*args, env):
    clean = {k: v for k, v in os.environ.items() if k not in PRODUCTION}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_deploy_check_passes_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr


def test_gunicorn_freezes_what_the_master_loaded_before_each_fork():
    """The workers' full collections then skip it (docs/performance.md: their pause
    fell from 65-84 ms to 12 ms on the uncached article)."""
    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    assert config["preload_app"] is True
    gc.unfreeze()  # another test may have imported helpdesk.asgi, which freezes too
    try:
        config["pre_fork"](server=None, worker=None)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_deploy_check_warns_without_a_shared_cache():
    env = {k: v for k, v in PRODUCTION.items() if k != "REDIS_URL"}
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode != 0
    assert "helpdesk.W001" in result.stdout + result.stderr


@pytest.mark.parametrize("missing", ["SECRET_KEY"])
def test_production_refuses_to_start_without_secrets(missing):
    env = {k: v for k, v in PRODUCTION.items() if k != missing}
    result = manage("check", env=env)
    assert result.returncode != 0
    assert missing in result.stderr


def public_urls(article):
    urls = []
    for language in ("en", "zh-hans", "zh-hant"):
        urls += [
            f"/{language}/",
            f"/{language}/faq/",
            f"/{language}/faq/{article.category.slug_en}/",
            f"/{language}/faq/{article.category.slug_en}/{article.slug_en}/",
            f"/{language}/search/?q=article",
        ]
    return urls


@pytest.mark.django_db
@override_settings(SECURE_HSTS_SECONDS=31536000, SECURE_SSL_REDIRECT=False)
def test_security_headers_on_every_public_page():
    article = make_article()
    client = Client()
    urls = [*public_urls(article), "/robots.txt", "/sitemap.xml", "/healthz"]
    for url in urls + urls:  # the second time from the page cache
        response = client.get(url, secure=True)
        assert response.status_code == 200, url
        csp = response["Content-Security-Policy"]
        directives = {}
        for part in csp.split(";"):
            name, _space, value = part.strip().partition(" ")
            directives[name] = value
        assert directives["default-src"] == "'self'", url
        assert directives["object-src"] == "'none'"
        assert directives["base-uri"] == "'none'"
        assert directives["frame-ancestors"] == "'none'"
        assert "unsafe-inline" not in directives["script-src"]
        assert "unsafe-eval" not in directives["script-src"]
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "same-origin"
        assert response["X-Frame-Options"] == "DENY"
        assert response["Strict-Transport-Security"].startswith("max-age=31536000")


@pytest.mark.django_db
def test_pages_have_no_inline_script_or_style_and_one_bundle_of_each():
    from tests.html import elements, is_own_script

    article = make_article()
    for url in public_urls(article):
        html = Client().get(url).content.decode()
        found = elements(html)
        for tag, attrs in found:
            assert tag != "script" or is_own_script(attrs), url
            assert tag != "style", url
            assert "style" not in attrs, (url, tag)
        # One stylesheet and one script bundle per page.
        stylesheets = [a["href"] for t, a in found if t == "link" and a.get("rel") == "stylesheet"]
        scripts = [a["src"] for t, a in found if t == "script" and "src" in a]
        assert stylesheets == ["/static/dist/portal.css"], url
        assert scripts == ["/static/dist/portal.js"], url
