"""What the browser tests share: viewports, languages, the public pages, logins."""

import os
import shutil
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("E2E_CHROMIUM", "/usr/bin/chromium")
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
LANGUAGES = ["en", "zh-hans", "zh-hant"]
# Accept-Language for each page language; the region subtag picks the visitor's region.
LOCALES = {"en": "en-GB", "zh-hans": "zh-CN", "zh-hant": "zh-HK"}
# What <html lang> must say for each page language (BCP 47).
HTML_LANG = {"en": "en", "zh-hans": "zh-Hans", "zh-hant": "zh-Hant"}
STAFF_PASSWORD = "e2e-staff-password-2026"
# axe-core rules tagged WCAG 2.0, 2.1 and 2.2, levels A and AA.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}

# A demo article, category and region every page list and journey can rely on.
DEMO_CATEGORY = "sign-in-password"
DEMO_ARTICLE = f"faq/{DEMO_CATEGORY}/reset-forgotten-password/"
DEMO_REGION = "hk"
OFFICIAL_NUMBER = "+44 20 7946 0018"
IMPOSTOR_NUMBER = "+44 20 7946 0999"

# The public pages (name, path after the language prefix), for screenshots and axe.
PUBLIC_PAGES = [
    ("home", ""),
    ("faq-index", "faq/"),
    ("category", f"faq/{DEMO_CATEGORY}/"),
    ("article", DEMO_ARTICLE),
    ("search", "search/?q=password"),
    ("contact", "contact/"),
    ("contact-region", f"contact/{DEMO_REGION}/"),
    ("verify-official", f"contact/verify/?q={OFFICIAL_NUMBER.replace('+', '%2B')}"),
    ("verify-not-official", f"contact/verify/?q={IMPOSTOR_NUMBER.replace('+', '%2B')}"),
    ("call-check", "contact/verify/call/"),
    ("feedback", "feedback/"),
    ("report", "report/"),
    ("status", "status/"),
]


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() not in {"", "0", "false", "no"}


def chromium_path() -> str | None:
    found = shutil.which(CHROMIUM)
    return found if found and os.access(found, os.X_OK) else None


def artifacts_dir() -> Path:
    return Path(os.environ.get("E2E_ARTIFACTS", BASE_DIR / "test-artifacts")).resolve()


def url(language: str, path: str = "") -> str:
    """A public page's path in a language: url("zh-hans", "faq/") -> "/zh-hans/faq/"."""
    return f"/{language}/{path}"


def admin_login(page, username):
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", STAFF_PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/")


def axe_violations(page) -> list:
    """axe-core's WCAG 2.0/2.1/2.2 A and AA violations on the page as it is now."""
    from axe_playwright_python.sync_playwright import Axe

    return Axe().run(page, options=AXE_OPTIONS).response["violations"]


def readable_violations(found) -> str:
    """[(where, violation)] as lines a person can act on."""
    lines = [f"axe found {len(found)} violations:"]
    for where, violation in found:
        lines.append(f"{where}: {violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            target = ", ".join(map(str, node["target"]))
            lines.append(f"    {target}: {' '.join(node['failureSummary'].split())}")
    return "\n".join(lines)


def assert_accessible(page, where):
    found = [(where, violation) for violation in axe_violations(page)]
    assert not found, readable_violations(found)


def assert_no_horizontal_overflow(page, where):
    widths = page.evaluate(
        "({scroll: document.documentElement.scrollWidth, inner: window.innerWidth})"
    )
    assert widths["scroll"] <= widths["inner"], f"{where} overflows horizontally: {widths}"


def reply_from_the_case_page(page, text, status=""):
    """Write a reply in the case page's reply box, preview the mail, send it (with a
    status change when given); back on the case page afterwards."""
    from playwright.sync_api import expect

    page.locator("#reply-box-body").fill(text)
    page.get_by_test_id("reply-box-preview").click()
    expect(page.get_by_test_id("reply-preview")).to_contain_text(text)
    if status:
        page.locator("#id_set_status").select_option(status)
        page.get_by_test_id("reply-preview-button").click()
    page.get_by_test_id("reply-send").click()
    expect(page.locator(".messagelist .success")).to_be_visible()
