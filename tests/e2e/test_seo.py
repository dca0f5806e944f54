"""What search engines and link previews read, fetched from the live server:
the sitemap, robots.txt, and the head and JSON-LD of real article and category pages."""

import json
import xml.etree.ElementTree as ET

import pytest
from django.utils import translation

from contacts.models import Region
from faq.models import Article, Category
from tests.e2e.helpers import DEMO_ARTICLE, DEMO_CATEGORY, HTML_LANG, LANGUAGES, url

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}

HEAD = """() => {
  const meta = {};
  for (const m of document.querySelectorAll("head meta[name], head meta[property]")) {
    meta[m.getAttribute("name") || m.getAttribute("property")] = m.getAttribute("content");
  }
  const alternates = {};
  for (const l of document.querySelectorAll("head link[rel=alternate][hreflang]")) {
    alternates[l.hreflang] = l.href;
  }
  return {
    title: document.title,
    meta,
    canonical: document.querySelector("head link[rel=canonical]")?.href,
    alternates,
    jsonLd: [...document.querySelectorAll("script[type='application/ld+json']")]
      .map(s => s.textContent),
  };
}"""


def sitemap_entries(page):
    response = page.request.get("/sitemap.xml")
    assert response.ok and "xml" in response.headers["content-type"]
    root = ET.fromstring(response.body())  # noqa: S314 - our own server's sitemap
    entries = {}
    for node in root.findall("sm:url", NS):
        entries[node.findtext("sm:loc", namespaces=NS)] = {
            "lastmod": node.findtext("sm:lastmod", namespaces=NS),
            "alternates": {
                link.get("hreflang"): link.get("href")
                for link in node.findall("xhtml:link", NS)
                if link.get("rel") == "alternate"
            },
        }
    return entries


def test_sitemap_lists_every_public_page_in_every_language(page, live_server, demo):
    entries = sitemap_entries(page)
    expected = {}
    for language in LANGUAGES:
        with translation.override(language):
            for article in Article.objects.published():
                expected[article.get_absolute_url()] = "article"
            for category in Category.objects.all():
                expected[category.get_absolute_url()] = "category"
            for region in Region.objects.active():
                expected[region.get_absolute_url()] = "region"
            expected[url(language, "contact/")] = "directory"
    assert Article.objects.published().count() >= 30  # the demo content, not an empty list
    missing = [path for path in expected if f"{live_server.url}{path}" not in entries]
    assert not missing, f"not in the sitemap: {missing}"

    for loc, entry in entries.items():
        # hreflang is case-insensitive: the sitemap says zh-hans, the pages zh-Hans.
        assert {lang.lower() for lang in entry["alternates"]} == {*LANGUAGES, "x-default"}, loc
        assert loc in entry["alternates"].values(), loc
        if expected.get(loc.removeprefix(live_server.url)) in {"article", "category"}:
            assert entry["lastmod"], f"{loc} has no lastmod"
    # Forms and staff pages are not listed.
    private = ("/feedback/", "/report/", "/status/", "/verify/", "/search/", "/admin/")
    assert not [loc for loc in entries if any(part in loc for part in private)]


def test_robots_txt_names_the_sitemap_and_keeps_forms_and_staff_out(page, live_server):
    response = page.request.get("/robots.txt")
    assert response.ok
    lines = response.text().splitlines()
    assert f"Sitemap: {live_server.url}/sitemap.xml" in lines
    disallowed = {line.split(":", 1)[1].strip() for line in lines if line.startswith("Disallow:")}
    assert disallowed >= {
        "/admin/",
        "/staff/",
        "/*/feedback/",
        "/*/report/",
        "/*/status/",
        "/*/search/",
        "/*/contact/verify/",
    }
    # The knowledge base and the contact pages stay open to crawlers.
    assert not {"/", "/*/faq/", "/*/contact/"} & disallowed


@pytest.mark.parametrize("language", LANGUAGES)
def test_article_page_head_and_structured_data(page, live_server, demo, language):
    path = url(language, DEMO_ARTICLE)
    page.goto(path)
    head = page.evaluate(HEAD)
    article = Article.objects.get(slug_en=DEMO_ARTICLE.rstrip("/").rsplit("/", 1)[-1])
    with translation.override(language):
        title, summary = article.title, article.summary
    here = f"{live_server.url}{path}"

    assert head["title"].startswith(f"{title} · ")
    assert head["meta"]["description"] == summary
    assert head["canonical"] == here
    assert head["alternates"] == {
        "en": f"{live_server.url}{url('en', DEMO_ARTICLE)}",
        "zh-Hans": f"{live_server.url}{url('zh-hans', DEMO_ARTICLE)}",
        "zh-Hant": f"{live_server.url}{url('zh-hant', DEMO_ARTICLE)}",
        "x-default": f"{live_server.url}{url('en', DEMO_ARTICLE)}",
    }
    assert head["meta"]["og:type"] == "article"
    assert head["meta"]["og:title"] == title
    assert head["meta"]["og:description"] == summary
    assert head["meta"]["og:url"] == here
    assert (
        head["meta"]["og:locale"]
        == {"en": "en_US", "zh-hans": "zh_CN", "zh-hant": "zh_TW"}[language]
    )
    assert "robots" not in head["meta"]  # a public article is indexable

    [block] = head["jsonLd"]
    data = json.loads(block)
    assert data["@context"] == "https://schema.org"
    graph = {node["@type"]: node for node in data["@graph"]}
    assert graph["Article"]["headline"] == title
    assert graph["Article"]["inLanguage"] == HTML_LANG[language]
    assert graph["Article"]["url"] == here
    crumbs = graph["BreadcrumbList"]["itemListElement"]
    assert [crumb["position"] for crumb in crumbs] == [1, 2, 3, 4]
    assert crumbs[-1] == {"@type": "ListItem", "position": 4, "name": title, "item": here}
    # The breadcrumb trail in the data is the one on the page.
    visible = page.locator("nav .breadcrumb li").all_inner_texts()
    assert [crumb["name"] for crumb in crumbs] == [text.strip() for text in visible]


@pytest.mark.parametrize("language", ["en", "zh-hant"])
def test_category_page_is_an_faq_page(page, live_server, demo, language):
    page.goto(url(language, f"faq/{DEMO_CATEGORY}/"))
    head = page.evaluate(HEAD)
    [block] = head["jsonLd"]
    graph = {node["@type"]: node for node in json.loads(block)["@graph"]}
    questions = graph["FAQPage"]["mainEntity"]
    listed = page.locator("main .article-list li > a").all_inner_texts()
    assert questions and [q["name"] for q in questions] == [text.strip() for text in listed]
    for question in questions:
        assert question["@type"] == "Question"
        assert question["acceptedAnswer"]["text"]
        assert question["acceptedAnswer"]["url"].startswith(f"{live_server.url}/{language}/faq/")
    assert graph["BreadcrumbList"]["itemListElement"][-1]["item"] == head["canonical"]
