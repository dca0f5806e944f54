"""Public reads: languages, regions, drafts, paging, caching and conditional requests."""

import pytest

from faq.models import Article
from tests.factories import make_alert, make_article, make_channel, make_impostor, make_region

pytestmark = pytest.mark.django_db


def test_article_in_the_asked_language_with_rendered_and_plain_body(client):
    article = make_article(body_en="Reset it **now**.<script>alert(1)</script>")
    url = f"/api/v1/articles/{article.slug}"
    answer = client.get(url, {"lang": "zh-hans"})
    assert answer.status_code == 200
    data = answer.json()
    assert data["title"] == article.title_zh_hans
    assert data["language"] == "zh-hans"
    assert data["outdated_translations"] == []
    english = client.get(url, HTTP_ACCEPT_LANGUAGE="en").json()
    assert "<strong>now</strong>" in english["body_html"]
    assert "<script" not in english["body_html"]
    assert english["body_text"].startswith("Reset it now.")
    assert set(english["translations"]) == {"en", "zh-hans", "zh-hant"}


def test_an_article_names_its_outdated_translations_and_shows_channel_values(client):
    channel = make_channel(value="+44 20 7946 0123", slug="uk-hotline")
    article = make_article(body_en=f"Call [[channel:{channel.slug}]] now.")
    article.title_en = "A newer English title"
    article.save()
    data = client.get(f"/api/v1/articles/{article.slug}", {"lang": "en"}).json()
    assert data["outdated_translations"] == ["zh-hans", "zh-hant"]
    assert "[[channel:" not in data["body_text"]
    assert "7946 0123" in data["body_text"]


def test_drafts_are_never_answered(client):
    draft = make_article(status=Article.Status.DRAFT)
    answer = client.get(f"/api/v1/articles/{draft.slug}")
    assert answer.status_code == 404
    assert answer.json()["error"] == "not_found"


@pytest.mark.parametrize("lang", ["xx", "fr", "", "EN-GB"])
def test_unknown_language_is_a_400_with_json(client, lang):
    answer = client.get("/api/v1/categories", {"lang": lang})
    assert answer.status_code == 400
    assert answer.json()["error"] == "unknown_language"
    assert answer.json()["languages"] == ["en", "zh-hans", "zh-hant"]


def test_categories_count_only_the_regions_articles(client):
    hk = make_region("hk")
    make_region("us")
    mine = make_article(regions=[hk])
    make_article(category=mine.category, regions=[hk])
    make_article(category=mine.category, status=Article.Status.DRAFT)
    [us_view] = client.get("/api/v1/categories", {"region": "us"}).json()
    [hk_view] = client.get("/api/v1/categories", {"region": "hk"}).json()
    assert (us_view["article_count"], hk_view["article_count"]) == (0, 2)
    detail = client.get(f"/api/v1/categories/{mine.category.slug}", {"region": "hk"}).json()
    assert {a["slug"] for a in detail["articles"]} == set(
        Article.objects.filter(regions=hk).values_list("slug", flat=True)
    )
    assert client.get("/api/v1/categories", {"region": "zz"}).status_code == 404


@pytest.mark.parametrize("size", [0, -1, 51, 10_000, "many"])
def test_page_sizes_out_of_range_are_refused(client, size):
    answer = client.get("/api/v1/search", {"q": "card", "page_size": size})
    assert answer.status_code == 400
    assert answer.json()["error"] == "invalid"


def test_search_pages_through_the_engines_ranking(client):
    for n in range(3):
        make_article(title_en=f"Freeze your card {n}", body_en="Freeze a lost card in the app.")
    first = client.get("/api/v1/search", {"q": "freeze card", "page_size": 2}).json()
    second = client.get("/api/v1/search", {"q": "freeze card", "page_size": 2, "page": 2}).json()
    assert (first["total"], first["pages"]) == (3, 2)
    slugs = [hit["slug"] for hit in first["results"] + second["results"]]
    assert len(set(slugs)) == 3
    beyond = client.get("/api/v1/search", {"q": "freeze card", "page": 9}).json()
    assert beyond["results"] == []


def test_answers_carry_etag_and_last_modified_and_honour_conditions(client):
    article = make_article()
    url = f"/api/v1/articles/{article.slug}"
    first = client.get(url)
    assert first["ETag"] and first["Last-Modified"]
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    assert client.get(url, HTTP_IF_NONE_MATCH='"other"').status_code == 200


def test_a_content_save_replaces_the_cached_answer(client):
    article = make_article(title_en="Old title")
    url = f"/api/v1/articles/{article.slug}"
    etag = client.get(url)["ETag"]
    article.title_en = "New title"
    article.save()
    answer = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert answer.status_code == 200
    assert answer.json()["title"] == "New title"


def test_channels_with_hours_open_now_closures_and_alerts(client):
    hk = make_region("hk", time_zone="Asia/Hong_Kong")
    make_channel(hk, always_open=True, label_en="Hotline")
    make_alert(regions=[hk], title_en="Fake refund calls")
    data = client.get("/api/v1/regions/hk/channels").json()
    [channel] = data["regional"]
    assert channel["label"] == "Hotline"
    assert channel["open_now"] is True
    assert [a["title"] for a in data["alerts"]] == ["Fake refund calls"]
    assert client.get("/api/v1/regions/zz/channels").status_code == 404
    assert [r["code"] for r in client.get("/api/v1/regions").json()] == ["hk"]


def test_verify_gives_the_pages_verdicts_and_limit(client, settings):
    settings.CONTACT_VERIFY_RATE = "2/m"
    make_channel(None, value="+1 202-555-0142")
    make_impostor(value="+44 20 7946 0999", is_confirmed=True)
    ours = client.get("/api/v1/verify", {"q": "+1 (202) 555-0142"}).json()
    assert ours["verdict"] == "official"
    assert ours["channel"]["kind"] == "phone"
    scam = client.get("/api/v1/verify", {"q": "0044 20 7946 0999"}).json()
    assert (scam["verdict"], scam["reported_scam"]) == ("not-official", True)
    limited = client.get("/api/v1/verify", {"q": "+1 202-555-0142"})
    assert limited.status_code == 429
    assert limited["Retry-After"] == "60"
    assert limited.json()["error"] == "rate_limited"


@pytest.mark.parametrize(
    ("method", "url", "status"),
    [
        ("get", "/api/v1/no-such-thing", 404),
        ("delete", "/api/v1/categories", 405),
        ("post", "/api/v1/search", 405),
    ],
)
def test_every_error_under_the_api_is_json(client, method, url, status):
    answer = getattr(client, method)(url)
    assert answer.status_code == status
    assert answer["Content-Type"].startswith("application/json")
    assert answer.json()["error"]


def test_a_huge_body_is_a_json_413(client, settings):
    settings.REQUEST_MAX_BODY_SIZE = 100
    answer = client.post("/api/v1/cases/feedback", data="x" * 200, content_type="application/json")
    assert answer.status_code == 413
    assert answer.json()["error"] == "body_too_large"


def test_openapi_document_and_docs_page_use_no_cdn(client):
    document = client.get("/api/v1/openapi.json").json()
    assert document["openapi"].startswith("3.")
    assert "/api/v1/articles/{slug}" in document["paths"]
    page = client.get("/api/v1/docs").content.decode()
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in page
    assert "//" not in page  # no address on another host


@pytest.mark.parametrize(
    "url", ["/api/v1/articles/a%00b", "/api/v1/search?q=a%00b", "/api/v1/categories?lang=e%00n"]
)
def test_a_nul_anywhere_is_a_400(client, url):
    answer = client.get(url)
    assert answer.status_code == 400
    assert answer.json()["error"] == "bad_request"
