"""Browser tests: Playwright driving Debian's Chromium against pytest-django's live server.

No browser is ever downloaded: the tests use the Chromium at E2E_CHROMIUM
(default /usr/bin/chromium, `apt-get install -y chromium`). Without it the
browser tests are skipped locally, loudly, and fail in CI (CI set in the
environment), where a missing browser must never pass as green.

One browser per test module, a fresh context (cookies, storage) per test. The
live server runs in this process, so the `settings` fixture and the cache
apply to it; each test that reads the demo content asks for the `demo` fixture
(tests/conftest.py), because `transaction=True` empties the database after every test.
"""

import os
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from helpdesk import roles
from tests.e2e.helpers import (
    CHROMIUM,
    DESKTOP,
    LOCALES,
    STAFF_PASSWORD,
    artifacts_dir,
    chromium_path,
    in_ci,
)

ASYNC_UNSAFE = "DJANGO_ALLOW_ASYNC_UNSAFE"
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


# Collection: skip (locally) or fail (CI) without a browser; tests/e2e/reporting.py says so.

_announced = []


def pytest_collection_modifyitems(config, items):
    if chromium_path() or in_ci():
        return  # in CI the `browser` fixture fails every browser test instead
    skip = pytest.mark.skip(reason=f"browser tests need Chromium at {CHROMIUM}")
    for item in items:
        if item.get_closest_marker("e2e"):
            item.add_marker(skip)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """While Playwright runs, its event loop counts as running in this thread, and
    Django refuses ORM calls there unless told it is safe (it is: the loop only
    talks to the browser). Only for browser tests: the variable must not reach
    the rest of the suite or the subprocesses it starts (`check --deploy` fails on it)."""
    if item.get_closest_marker("e2e") is None:
        return (yield)
    before = os.environ.get(ASYNC_UNSAFE)
    os.environ[ASYNC_UNSAFE] = "true"
    try:
        return (yield)
    finally:
        if before is None:
            del os.environ[ASYNC_UNSAFE]
        else:
            os.environ[ASYNC_UNSAFE] = before


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    # Kept on the item so the page fixture can save a screenshot of a failure.
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


# The browser.


@pytest.fixture(scope="module")
def browser():
    """One browser per test module: it must be gone before the next non-browser
    test, as Playwright keeps an event loop running in this thread while it lives."""
    path = chromium_path()
    if path is None:
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: CI must install it (apt-get install -y chromium)",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=LAUNCH_ARGS)
        if not _announced:
            _announced.append(browser.version)
            print(f"\nbrowser tests: Chromium {browser.version}; artefacts in {artifacts_dir()}")
        yield browser
        browser.close()


@pytest.fixture
def language():
    """The page language of a test; parametrise to run a journey in others."""
    return "en"


@pytest.fixture
def browser_language(language):
    """The language the browser asks for (Accept-Language); the page language by default."""
    return language


@pytest.fixture
def context(browser, live_server, browser_language, request):
    # Read by tests/e2e/reporting.py, which may run in another process (pytest-xdist).
    request.node.user_properties.append(("chromium", browser.version))
    context = browser.new_context(
        base_url=live_server.url,
        viewport=DESKTOP,
        locale=LOCALES[browser_language],
        timezone_id="UTC",
        # Bootstrap then skips its transitions: the menu opens at once.
        reduced_motion="reduce",
    )
    context.set_default_timeout(10_000)
    yield context
    context.close()


@pytest.fixture
def page(context, request):
    page = context.new_page()
    errors = []

    def on_console(message):
        # A page answered with an error status (the 404 page) logs its own load;
        # a missing stylesheet or script, a CSP refusal or a script error counts.
        own_status = message.text.startswith("Failed to load resource") and (
            "/static/" not in message.location.get("url", "")
        )
        if message.type == "error" and not own_status:
            errors.append(f"{message.text} ({message.location.get('url')})")

    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", on_console)
    yield page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        folder = artifacts_dir() / "failures"
        folder.mkdir(parents=True, exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", request.node.nodeid.split("::", 1)[-1])
        page.screenshot(path=folder / f"{name}.png", full_page=True)
    elif report is not None and report.passed:
        # A script error or a CSP refusal on any page visited fails the test.
        assert not errors, f"errors in the browser console: {errors}"
    page.close()


# Data and settings.


@pytest.fixture(autouse=True)
def _e2e_settings(settings, tmp_path):
    # Mail is written by a task: run it at once so the journey sees its effect.
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PUBLIC_MEDIA_ROOT = tmp_path / "public-media"


@pytest.fixture
def staff_user(transactional_db):
    """Make a staff login in one of the roles (None: superuser)."""
    roles.sync_roles()

    def make(username, group=None):
        user = get_user_model().objects.create_user(
            username=username,
            password=STAFF_PASSWORD,
            email=f"{username}@example.com",
            is_staff=True,
            is_superuser=group is None,
        )
        if group:
            user.groups.add(Group.objects.get(name=group))
        return user

    return make
