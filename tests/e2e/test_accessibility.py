"""Accessibility in a real browser: axe-core on every public page in every language,
the right `lang`, and the feedback form used with the keyboard alone."""

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import (
    HTML_LANG,
    LANGUAGES,
    PHONE,
    PUBLIC_PAGES,
    assert_accessible,
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


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_wcag_violations_on_forms_sent_back(page, demo, language):
    """The states a GET never shows: forms with errors, a status lookup that found nothing."""
    found = []
    for name in ("feedback", "report", "status"):
        page.goto(url(language, f"{name}/"))
        page.locator("main form[method=post] button[type=submit]").click()
        expect(page.locator("#form-errors")).to_be_focused()
        found += [(f"{name} with errors", violation) for violation in axe_violations(page)]
    page.locator("input[name=reference]").fill("FB-AAAA-BBBB")
    page.locator("input[name=email]").fill("nobody@example.com")
    page.locator("form.status-form button[type=submit]").click()
    expect(page.get_by_test_id("status-not-found")).to_be_visible()
    found += [("status not found", violation) for violation in axe_violations(page)]
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


FOCUS_STATE = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
  return {
    id: el.id || el.getAttribute("name") || el.tagName.toLowerCase(),
    focusVisible: el.matches(":focus-visible"),
    ring: outline || style.boxShadow !== "none",
  };
}"""
# Every stop of the feedback form, in the order of the page, after the skip link.
FEEDBACK_TAB_ORDER = [
    "report-link",
    "id_kind_0",
    "id_topic",
    "id_region",
    "id_description",
    "id_transaction_id",
    "id_attachments",
    "id_email",
    "id_name",
    "send",
]


def tab_to(page):
    page.keyboard.press("Tab")
    return page.evaluate(FOCUS_STATE)


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_feedback_form_with_the_keyboard_alone(page, demo, language):
    page.goto(url(language, "feedback/"))
    # Mark the two stops that have no id of their own, to follow them by name.
    page.locator("main p.small a").evaluate("el => el.id = 'report-link'")
    page.locator("form.submission-form button[type=submit]").evaluate("el => el.id = 'send'")

    skip = tab_to(page)
    assert skip["focusVisible"] and skip["ring"], skip
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    stops = [tab_to(page) for _ in FEEDBACK_TAB_ORDER]
    assert [stop["id"] for stop in stops] == FEEDBACK_TAB_ORDER
    unringed = [stop["id"] for stop in stops if not (stop["focusVisible"] and stop["ring"])]
    assert not unringed, f"no visible focus indicator on {unringed}"

    # Send it empty: the errors are announced, and each one leads to its field.
    page.keyboard.press("Enter")
    summary = page.locator("#form-errors")
    expect(summary).to_be_focused()
    expect(summary).to_have_attribute("role", "alert")
    links = summary.locator("a")
    invalid = page.locator("form.submission-form [aria-invalid=true]")
    assert links.count() >= 3
    for field in invalid.all():
        # Radios share their group's message through the fieldset.
        described = field.get_attribute("aria-describedby") or field.evaluate(
            "el => el.closest('fieldset[aria-describedby]').getAttribute('aria-describedby')"
        )
        messages = [page.locator(f"#{ref}").inner_text().strip() for ref in described.split()]
        assert any(messages), f"{field.get_attribute('id')} has no described error"
    # The summary lists the fields in the order of the form.
    targets = [link.get_attribute("href") for link in links.all()]
    first_invalid = invalid.evaluate_all(
        "fields => fields.map(f => '#' + f.id).filter(id => !id.startsWith('#id_kind_') "
        "|| id === '#id_kind_0')"
    )
    assert targets == first_invalid
    summary.locator("a[href='#id_topic']").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#id_topic")).to_be_focused()
    assert_accessible(page, "feedback form with errors")

    # Correct it with the keyboard and send it.
    page.keyboard.press("ArrowDown")  # a native select changes value with the arrow keys
    expect(page.locator("#id_topic")).not_to_have_value("")
    page.locator("#id_kind_0").focus()
    page.keyboard.press("Space")
    page.locator("#id_description").focus()
    page.keyboard.type("The app logs me out every few minutes since the update.")
    page.locator("#id_email").focus()
    page.keyboard.type("keyboard@example.com")
    page.locator("form.submission-form button[type=submit]").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_test_id("reference")).to_be_visible()


def test_no_wcag_violations_on_the_agents_desk(page, demo, staff_user):
    """The agent's pages: the queue, a case (timeline, reply box), the policy and
    the mail choices; and the queue fits a 1280 px screen."""
    from feedback.models import Submission
    from tests.e2e.helpers import admin_login, assert_no_horizontal_overflow

    staff_user("deskagent", "Support agents")
    admin_login(page, "deskagent")
    case = Submission.objects.filter(kind="complaint").order_by("pk").first()
    found = []
    page.set_viewport_size({"width": 1280, "height": 800})
    for name, path in [
        ("queue", "/admin/feedback/submission/"),
        ("case", f"/admin/feedback/submission/{case.pk}/change/"),
        ("promised times", "/admin/feedback/servicetarget/"),
        ("my mail", "/admin/feedback/notification/mine/"),
    ]:
        assert page.goto(path).status == 200, name
        found += [(name, violation) for violation in axe_violations(page)]
        if name == "queue":
            assert_no_horizontal_overflow(page, "the queue at 1280 px")
    assert not found, readable_violations(found)
