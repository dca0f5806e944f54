"""Site-wide guards: every public page, machines' endpoints, errors, migrations."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client, override_settings
from django.urls import path

from helpdesk.urls import urlpatterns as root_patterns
from tests.factories import make_article, make_channel, make_region
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
        "/{lang}/contact/",
        "/{lang}/contact/hk/",
        "/{lang}/contact/verify/",
        "/{lang}/contact/verify/?q=%2B1+202-555-0142",
        "/{lang}/contact/verify/?q=okpay-support.example.net",
        "/{lang}/feedback/",
        "/{lang}/report/",
        "/{lang}/report/?contact=%2B1%20202-555-0147&kind=impostor_call",
        "/{lang}/status/",
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_public_page_answers_with_one_h1(client, language):
    article = make_article()
    make_channel(make_region("hk"), value="+1 202-555-0142", hours=[(0, "09:00", "18:00")])
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
        "checks": {"database": "ok", "outbox": "ok", "cache": "ok"},
        "outbox": {"pending": 0, "oldest_pending_seconds": None},
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
    from contacts import models as contacts
    from faq.models import Article, Category
    from feedback.models import Note, Reply, Submission

    def counts():
        models = [
            Category,
            Article,
            Submission,
            Reply,
            Note,
            contacts.Region,
            contacts.Channel,
            contacts.OpeningHours,
            contacts.Closure,
            contacts.Alert,
            contacts.OfficialAccount,
            contacts.KnownImpostor,
            contacts.ContactGuidance,
        ]
        return [m.objects.count() for m in models] + [
            m.history.count() for m in models if hasattr(m, "history")
        ]

    call_command("load_demo", stdout=StringIO())
    first = counts()
    call_command("load_demo", stdout=StringIO())
    assert counts() == first
    assert Category.objects.count() >= 8 and Article.objects.count() >= 30
    assert Submission.objects.count() >= 40 and Reply.objects.count() >= 25
    assert Note.objects.count() >= 5
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


@pytest.mark.django_db(transaction=True)
def test_demo_contact_directory_covers_the_issue(demo):
    from contacts.models import Alert, Channel, Closure, Region
    from contacts.verification import Verdict, verify

    assert Region.objects.count() >= 6
    assert set(Channel.objects.values_list("kind", flat=True)) == set(Channel.Kind)
    assert Channel.objects.filter(region=None, kind="phone", always_open=True).exists()
    assert len(set(Channel.objects.values_list("region__time_zone", flat=True))) >= 6
    assert Closure.objects.exists() and Alert.objects.active().count() >= 2
    untranslated = [
        c.label_en for c in Channel.objects.all() if not (c.label_zh_hans and c.label_zh_hant)
    ]
    assert untranslated == []
    # Fictional numbers only, from the ranges reserved for drama.
    for number in Channel.objects.filter(kind="phone").values_list("value_normalised", flat=True):
        assert number.startswith(("+120255501", "+442079460", "+61491570")), number
    for address in Channel.objects.filter(kind="email").values_list("value_normalised", flat=True):
        assert address.endswith(".example"), address
    assert verify("+44 20 7946 0018").verdict == Verdict.OFFICIAL
    assert verify("okpay-support.example.net").impostor is not None
