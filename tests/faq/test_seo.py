"""What search engines and link previews read: titles, canonical, hreflang, JSON-LD."""

import pytest

from tests.factories import make_article
from tests.html import elements, json_ld

pytestmark = pytest.mark.django_db


def head(html):
    meta = {}
    links = []
    for tag, attrs in elements(html):
        if tag == "meta" and ("name" in attrs or "property" in attrs):
            meta[attrs.get("name") or attrs["property"]] = attrs.get("content", "")
        if tag == "link" and attrs.get("rel") in {"canonical", "alternate"}:
            links.append((attrs["rel"], attrs.get("hreflang"), attrs["href"]))
    return meta, links


def test_article_page_head(client):
    article = make_article(title_en="Reset your password", summary_en="How to set a new one.")
    path = article.get_absolute_url()
    html = client.get(path).content.decode()
    meta, links = head(html)
    assert "<title>Reset your password · " in html
    assert meta["description"] == "How to set a new one."
    assert meta["og:type"] == "article"
    assert meta["og:title"] == "Reset your password"
    assert meta["og:url"] == f"http://testserver{path}"
    assert ("canonical", None, f"http://testserver{path}") in links
    alternates = {lang: href for rel, lang, href in links if rel == "alternate"}
    assert alternates == {
        "en": f"http://testserver{path}",
        "zh-Hans": f"http://testserver{path.replace('/en/', '/zh-hans/')}",
        "zh-Hant": f"http://testserver{path.replace('/en/', '/zh-hant/')}",
        "x-default": f"http://testserver{path}",
    }


def test_article_json_ld(client):
    article = make_article(title_en='Fees </script><script>alert(1)</script> & "limits"')
    html = client.get(article.get_absolute_url()).content.decode()
    [data] = json_ld(html)
    graph = {node["@type"]: node for node in data["@graph"]}
    assert graph["Article"]["headline"] == article.title_en
    crumbs = [item["name"] for item in graph["BreadcrumbList"]["itemListElement"]]
    assert crumbs == ["Home", "Help articles", article.category.title_en, article.title_en]
    assert "</script><script>alert(1)" not in html


def test_category_page_is_an_faq_page(client):
    article = make_article(summary_en="Short answer.")
    html = client.get(article.category.get_absolute_url()).content.decode()
    [data] = json_ld(html)
    graph = {node["@type"]: node for node in data["@graph"]}
    [question] = graph["FAQPage"]["mainEntity"]
    assert question["name"] == article.title_en
    assert question["acceptedAnswer"]["text"] == "Short answer."


def test_chinese_page_says_its_language(client):
    article = make_article()
    html = client.get(article.get_absolute_url().replace("/en/", "/zh-hans/")).content.decode()
    meta, links = head(html)
    assert meta["og:locale"] == "zh_CN"
    assert (
        "canonical",
        None,
        f"http://testserver{article.get_absolute_url()}".replace("/en/", "/zh-hans/"),
    ) in links
    [data] = json_ld(html)
    assert data["@graph"][0]["inLanguage"] == "zh-Hans"
