"""The API answers what the pages show: articles, search and channels, in each language
(a sample of the demo content)."""

import re
from collections import Counter

import pytest
from django.utils.html import escape

from contacts.models import Region
from faq.models import Article
from tests.html import by_testid

pytestmark = pytest.mark.django_db(transaction=True)

LANGUAGES = ["en", "zh-hans", "zh-hant"]
QUERIES = {"en": "password", "zh-hans": "密码", "zh-hant": "密碼"}
_RESULT_LINK = re.compile(r'data-testid="search-result">\s*<h2[^>]*>\s*<a href="([^"]+)"')


@pytest.mark.parametrize("language", LANGUAGES)
def test_articles_agree(client, demo, language):
    for article in Article.objects.published().order_by("pk")[:4]:
        api = client.get(f"/api/v1/articles/{article.slug}", {"lang": language}).json()
        page = client.get(_page_url(api, language))
        html = page.content.decode()
        assert page.status_code == 200
        assert f">{escape(api['title'])}</h1>" in html
        assert api["body_html"] in html


def _page_url(api, language):
    # The API's url is in its own language already (the language prefix is in it).
    assert api["url"].startswith(f"/{language}/")
    return api["url"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_agrees(client, demo, language):
    query = QUERIES[language]
    html = client.get(f"/{language}/search/", {"q": query}).content.decode()
    on_page = _RESULT_LINK.findall(html)
    api = client.get("/api/v1/search", {"q": query, "lang": language}).json()
    assert on_page, "the sample query finds something"
    assert [hit["url"] for hit in api["results"]] == on_page


@pytest.mark.parametrize("language", LANGUAGES)
def test_channels_agree(client, demo, language):
    for region in Region.objects.active()[:3]:
        html = client.get(f"/{language}/contact/{region.code}/").content.decode()
        on_page = Counter(
            (card["data-channel-kind"], card["data-open"]) for card in by_testid(html, "channel")
        )
        api = client.get(f"/api/v1/regions/{region.code}/channels", {"lang": language}).json()
        answered = Counter(
            (c["kind"], "true" if c["open_now"] else "false")
            for c in api["regional"] + api["worldwide"]
        )
        assert on_page and answered == on_page
