""" "I got a call from a number claiming to be OKPay": answered from the search box alone.

The customer types the number into the home page's search box and gets the
same verdict as on "Is it really us?", then reports it with the form filled
in. A contact question in the same box shows the region's channels. In
English and Simplified Chinese; pages are found by data-testid hooks.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import (
    DEMO_REGION,
    IMPOSTOR_NUMBER,
    artifacts_dir,
    assert_accessible,
    assert_no_horizontal_overflow,
    url,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

LANGUAGES = ["en", "zh-hans"]
CONTACT_QUESTION = {"en": "customer service phone number", "zh-hans": "OKPay客服电话"}
# The number as people paste it from a call log: spaces, dashes, "00" and full-width digits.
AS_PASTED = "００４４ 20-7946-0999"


def search_from_home(page, language, text):
    page.goto(url(language))
    box = page.locator("form.search-form input[name=q]").first
    box.fill(text)
    box.press("Enter")
    expect(page).to_have_url(re.compile(f"/{language}/search/\\?q="))


def screenshot(page, name):
    folder = artifacts_dir() / "search-answers"
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_number_that_called_is_checked_and_reported_from_the_search_box(page, demo, language):
    search_from_home(page, language, AS_PASTED)
    result = page.get_by_test_id("verify-result")
    expect(result).to_have_count(1)
    expect(result).to_have_attribute("data-verdict", "not-official")
    screenshot(page, f"verdict-{language}")
    assert_accessible(page, f"search verdict ({language})")

    page.get_by_test_id("report-link").click()
    expect(page).to_have_url(re.compile(f"/{language}/report/\\?"))
    expect(page.locator("input[name=suspicious_contact]")).to_have_value(
        re.compile(r"0044 20-7946-0999")
    )
    expect(page.locator("input[name=incident][value=impostor_call]")).to_be_checked()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_impostor_number_as_the_verify_page_knows_it(page, demo, language):
    search_from_home(page, language, IMPOSTOR_NUMBER)
    expect(page.get_by_test_id("verify-result")).to_have_attribute("data-verdict", "not-official")
    page.get_by_test_id("report-link").click()
    expect(page.locator("input[name=suspicious_contact]")).to_have_value(IMPOSTOR_NUMBER)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_contact_question_shows_the_regions_channels_phone_first(page, demo, language):
    page.goto(url(language, "contact/"))  # the region chooser, as a visitor uses it
    page.locator("select[name=region]").select_option(DEMO_REGION)
    page.locator(".region-picker button[type=submit]").click()
    expect(page).to_have_url(re.compile(f"/{language}/contact/{DEMO_REGION}/"))
    search_from_home(page, language, CONTACT_QUESTION[language])
    channels = page.get_by_test_id("channel")
    expect(channels.first).to_have_attribute("data-channel-kind", "phone")
    expect(page.get_by_test_id("never-ask")).to_be_visible()
    expect(page.get_by_test_id("search-result").first).to_be_visible()
    screenshot(page, f"channels-{language}")
    assert_accessible(page, f"search channels ({language})")
    page.set_viewport_size({"width": 360, "height": 740})
    assert_no_horizontal_overflow(page, f"search channels on a phone ({language})")
    screenshot(page, f"channels-phone-{language}")
    page.locator(".instant-channels a[href*='/contact/']").first.click()
    expect(page).to_have_url(re.compile(f"/{language}/contact/"))
