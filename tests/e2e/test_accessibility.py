"""Accessibility in a real browser: axe-core on every public page in every language,
the right `lang`, and the feedback form used with the keyboard alone."""

import pytest

from tests.e2e.helpers import (
    HTML_LANG,
    LANGUAGES,
    PHONE,
    PUBLIC_PAGES,
    axe_violations,
    readable_violations,
    url,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PAGES_AND_404 = [*PUBLIC_PAGES, ("not-found", "faq/no-such-topic/")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_wcag_violations_on_public_pages(page, demo, language):
    found = []
    for name, path in PAGES_AND_404:
        response = page.goto(url(language, path))
        assert response.status == (404 if name == "not-found" else 200), name
        found += [(name, violation) for violation in axe_violations(page)]
    assert not found, readable_violations(found)


def test_no_wcag_violations_on_a_phone_with_the_menu_open(page, demo):
    page.set_viewport_size(PHONE)
    found = []
    for name, path in PUBLIC_PAGES:
        page.goto(url("en", path))
        page.get_by_role("button", name="Toggle navigation").click()
        page.locator("#site-nav.show").wait_for()
        found += [(name, violation) for violation in axe_violations(page)]
    assert not found, readable_violations(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_say_their_language(page, demo, language):
    for name, path in PAGES_AND_404:
        page.goto(url(language, path))
        assert page.locator("html").get_attribute("lang") == HTML_LANG[language], name
    # The language switcher names each language in itself, marked as such.
    for code, lang in HTML_LANG.items():
        link = page.locator(f".language-switcher [lang='{lang}']")
        assert link.count() == 1, code
