"""Language prefixes, the redirect from /, the switcher, translated interface."""

import pytest

from helpdesk.lib import portal_tags
from tests.factories import make_article
from tests.html import elements

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept", "target"),
    [
        ("en-US,en;q=0.9", "/en/"),
        ("zh-CN,zh;q=0.9", "/zh-hans/"),
        ("zh-TW,zh;q=0.9", "/zh-hant/"),
        ("zh-HK", "/zh-hant/"),
        ("fr-FR", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_by_accept_language(client, accept, target):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == target


def test_language_switcher_keeps_the_same_page(client):
    article = make_article()
    html = client.get(article.get_absolute_url()).content.decode()
    links = {
        attrs["hreflang"]: attrs["href"]
        for tag, attrs in elements(html)
        if tag == "a" and "hreflang" in attrs and attrs.get("lang")
    }
    path = article.get_absolute_url()
    assert links == {
        "zh-Hans": path.replace("/en/", "/zh-hans/"),
        "zh-Hant": path.replace("/en/", "/zh-hant/"),
    }
    for href in links.values():
        assert client.get(href).status_code == 200


@pytest.mark.parametrize(
    ("language", "lang_attr", "phrase"),
    [
        ("en", "en", "How can we help?"),
        ("zh-hans", "zh-Hans", "需要什么帮助"),
        ("zh-hant", "zh-Hant", "需要什麼幫助"),
    ],
)
def test_interface_is_translated(client, language, lang_attr, phrase):
    html = client.get(f"/{language}/").content.decode()
    assert f'<html lang="{lang_attr}">' in html
    assert phrase in html


def _head_links(html):
    found = {}
    for tag, attrs in elements(html):
        if tag == "link" and attrs.get("rel") in ("canonical", "alternate"):
            found[attrs.get("hreflang", "canonical")] = attrs["href"]
    return found


@pytest.mark.parametrize("kept", [True, False], ids=["kept-per-process", "worked-out-each-time"])
def test_head_links_follow_the_host_scheme_and_query_of_each_request(client, settings, kept):
    # The links are kept per process (most pages are asked for again and
    # again); what they are kept by must hold everything they show.
    settings.ALLOWED_HOSTS = ["help.example", "help.example.org"]
    settings.DEBUG = not kept
    seen = {}
    for host, secure in [
        ("help.example", False),
        ("help.example.org", True),
        ("help.example", False),
    ]:
        for query in ("withdrawal", "password"):
            html = client.get(
                f"/en/search/?q={query}", HTTP_HOST=host, secure=secure
            ).content.decode()
            seen[host, secure, query] = _head_links(html)
    origin = "http://help.example"
    assert seen["help.example", False, "withdrawal"] == {
        "canonical": f"{origin}/en/search/?q=withdrawal",
        "en": f"{origin}/en/search/?q=withdrawal",
        "zh-Hans": f"{origin}/zh-hans/search/?q=withdrawal",
        "zh-Hant": f"{origin}/zh-hant/search/?q=withdrawal",
        "x-default": f"{origin}/en/search/?q=withdrawal",
    }
    assert seen["help.example.org", True, "password"]["zh-Hant"] == (
        "https://help.example.org/zh-hant/search/?q=password"
    )
    assert seen["help.example", False, "password"]["canonical"] == (
        f"{origin}/en/search/?q=password"
    )


def test_language_links_are_worked_out_once_per_page(client, settings):
    settings.PAGE_CACHE_SECONDS = 0  # every request renders its page
    portal_tags._links_html.cache_clear()
    client.get("/en/faq/")
    client.get("/en/faq/")
    client.get("/zh-hans/faq/")
    info = portal_tags._links_html.cache_info()
    # Two pages (en, zh-hans), each with a switcher and head links; the second
    # English request reused both.
    assert (info.misses, info.hits) == (4, 2)
