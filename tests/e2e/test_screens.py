"""The main pages at desktop and phone widths: screenshots for people to look at
(CI keeps them as artefacts), and nothing wider than a 390 px phone screen."""

import pytest

from tests.e2e.helpers import (
    DESKTOP,
    LANGUAGES,
    PHONE,
    PUBLIC_PAGES,
    artifacts_dir,
    assert_no_horizontal_overflow,
    url,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

WIDTHS = {"desktop": DESKTOP, "phone": PHONE}


@pytest.fixture(scope="session")
def screenshot_dir():
    folder = artifacts_dir() / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\nscreenshots: {folder}")
    return folder


@pytest.mark.parametrize("language", LANGUAGES)
def test_main_pages_at_desktop_and_phone_widths(page, demo, language, screenshot_dir):
    for width_name, viewport in WIDTHS.items():
        page.set_viewport_size(viewport)
        for name, path in PUBLIC_PAGES:
            page.goto(url(language, path))
            page.locator("h1").wait_for()
            if width_name == "phone":
                assert_no_horizontal_overflow(page, f"{language} {name}")
            page.screenshot(
                path=screenshot_dir / f"{language}-{name}-{viewport['width']}.png", full_page=True
            )


def test_phone_menu_opens_and_fits(page, demo, screenshot_dir):
    page.set_viewport_size(PHONE)
    page.goto(url("zh-hans"))
    nav = page.locator("#site-nav")
    assert not nav.is_visible()
    page.locator(".navbar-toggler").click()
    page.locator("#site-nav.show").wait_for()
    assert page.locator(".navbar-toggler").get_attribute("aria-expanded") == "true"
    assert_no_horizontal_overflow(page, "menu open")
    page.screenshot(path=screenshot_dir / "zh-hans-home-menu-390.png")
    # Every link of the menu is on screen and usable.
    for link in nav.get_by_role("link").all():
        box = link.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_forms_with_errors_fit_a_phone(page, demo, language, screenshot_dir):
    for name in ("feedback", "report"):
        for width_name, viewport in WIDTHS.items():
            page.set_viewport_size(viewport)
            page.goto(url(language, f"{name}/"))
            page.locator("main form[method=post] button[type=submit]").click()
            page.locator("#form-errors").wait_for()
            if width_name == "phone":
                assert_no_horizontal_overflow(page, f"{language} {name} with errors")
            page.screenshot(
                path=screenshot_dir / f"{language}-{name}-errors-{viewport['width']}.png",
                full_page=True,
            )
