"""Site-wide guards: every public page, machines' endpoints, errors, migrations."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client, override_settings
from django.urls import path

from helpdesk.urls import urlpatterns as root_patterns
from tests.factories import make_article
from tests.html import count_tags

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "zh-hans", "zh-hant"]


def public_paths(article):
    category = article.category
    return [
        "/{lang}/",
        "/{lang}/faq/",
        f"/{{lang}}/faq/{category.slug_en}/",
        f"/{{lang}}/faq/{category.slug_en}/{article.slug_en}/",
        "/{lang}/search/",
        "/{lang}/search/?q=article",
        "/{lang}/search/?q=nothing-matches-this",
        "/{lang}/feedback/",
        "/{lang}/report/",
        "/{lang}/report/?contact=%2B1%20202-555-0147&kind=impostor_call",
        "/{lang}/status/",
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_public_page_answers_with_one_h1(client, language):
    article = make_article()
    for template in public_paths(article):
        url = template.format(lang=language)
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert count_tags(html, "h1") == 1, url
        assert count_tags(html, "main") == 1, url
        assert 'href="#main"' in html, url


def test_no_pending_migrations():
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()


def test_healthz_reports_database_and_cache(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert json.loads(response.content) == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok"},
    }
    assert "no-cache" in response["Cache-Control"]


def test_healthz_is_503_when_the_cache_fails(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens on port 1
        }
    }
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content)["checks"]["cache"] == "error"


def test_robots_names_the_sitemap_and_keeps_staff_out(client):
    text = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text


def test_sitemap_lists_articles_in_every_language_with_alternates(client):
    article = make_article()
    xml = client.get("/sitemap.xml").content.decode()
    for language in LANGUAGES:
        assert f"/{language}/faq/{article.category.slug_en}/{article.slug_en}/" in xml
    assert 'hreflang="x-default"' in xml
    assert "<lastmod>" in xml


def _boom(request):
    raise RuntimeError("test failure")


urlpatterns = [path("boom/", _boom), *root_patterns]


@override_settings(ROOT_URLCONF=__name__, DEBUG=False)
def test_500_page_is_in_the_site_look():
    client = Client(raise_request_exception=False)
    response = client.get("/boom/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong" in html
    assert "RuntimeError" not in html and "Traceback" not in html
    assert count_tags(html, "h1") == 1


def test_demo_content_loads_and_reloading_changes_nothing():
    from faq.models import Article, Category
    from feedback.models import Note, Reply, Submission

    def counted():
        return (
            Category.objects.count(),
            Article.objects.count(),
            Article.history.count(),
            Submission.objects.count(),
            Submission.history.count(),
            Reply.objects.count(),
            Note.objects.count(),
        )

    call_command("load_demo", stdout=StringIO())
    counts = counted()
    call_command("load_demo", stdout=StringIO())
    assert counted() == counts
    assert counts[0] >= 8 and counts[1] >= 30
    assert counts[3] >= 40 and counts[5] >= 25 and counts[6] >= 5
    kinds = set(Submission.objects.values_list("kind", flat=True))
    statuses = set(Submission.objects.values_list("status", flat=True))
    languages = set(Submission.objects.values_list("language", flat=True))
    assert kinds == {"feedback", "complaint", "suspicious"}
    assert statuses == {"received", "in_progress", "waiting_customer", "resolved", "closed"}
    assert languages == {"en", "zh-hans", "zh-hant"}
    for submission in Submission.objects.all():
        submission.full_clean()  # the demo rows obey the same rules as real ones
    untranslated = [
        a.slug_en
        for a in Article.objects.all()
        if not (a.is_translated("zh-hans") and a.is_translated("zh-hant"))
    ]
    assert untranslated == []


def test_favicon_redirects_to_the_static_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"] == "/static/favicon.svg"
