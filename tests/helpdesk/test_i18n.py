"""Language prefixes, the redirect from /, the switcher, translated interface."""

import pytest

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
