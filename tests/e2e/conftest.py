"""Browser tests: Playwright driving Debian's Chromium against pytest-django's live server.

No browser is ever downloaded: the tests use the Chromium at E2E_CHROMIUM
(default /usr/bin/chromium, `apt-get install -y chromium`). Without it the
browser tests are skipped locally, loudly, and fail in CI (CI set in the
environment), where a missing browser must never pass as green.

One browser per test module, a fresh context (cookies, storage) per test. The
live server runs in this process, so the `settings` fixture and the cache
apply to it; each test loads the demo content it reads, because
`transaction=True` empties the database after every test.
"""

import io
import os
import re
import shutil

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command

from helpdesk import roles
from tests.e2e.helpers import DESKTOP, LOCALES, STAFF_PASSWORD, artifacts_dir

ASYNC_UNSAFE = "DJANGO_ALLOW_ASYNC_UNSAFE"
CHROMIUM = os.environ.get("E2E_CHROMIUM", "/usr/bin/chromium")
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() not in {"", "0", "false", "no"}


def chromium_path() -> str | None:
    found = shutil.which(CHROMIUM)
    return found if found and os.access(found, os.X_OK) else None


# Collection and reporting: skip (locally) or fail (CI) without a browser, and say so.

_outcomes = {"passed": 0, "failed": 0, "skipped": 0}
_announced = []
_ran = []  # (outcome, test id)


def pytest_collection_modifyitems(config, items):
    if chromium_path() or in_ci():
        return  # in CI the `browser` fixture fails every browser test instead
    skip = pytest.mark.skip(reason=f"browser tests need Chromium at {CHROMIUM}")
    for item in items:
        if item.get_closest_marker("e2e"):
            item.add_marker(skip)


def pytest_runtest_logreport(report):
    if "e2e" not in report.keywords:
        return
    if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
        _outcomes[report.outcome] += 1
        _ran.append((report.outcome, report.nodeid))
    elif report.when == "teardown" and report.outcome == "failed":
        _outcomes["failed"] += 1
        _ran.append(("failed", report.nodeid))


@pytest.hookimpl(wrapper=True, tryfirst=True)  # after the short summary, above the count
def pytest_terminal_summary(terminalreporter):
    yield
    ran = _outcomes["passed"] + _outcomes["failed"]
    write = terminalreporter.write_sep
    if ran:
        write(
            "=",
            f"browser tests (tests/e2e): {_outcomes['passed']} passed, "
            f"{_outcomes['failed']} failed, {_outcomes['skipped']} skipped "
            f"in Chromium {''.join(_announced[:1])} ({CHROMIUM})",
            bold=True,
            green=not _outcomes["failed"],
            red=bool(_outcomes["failed"]),
        )
        if in_ci():
            # The CI log shows each browser test by name, not only a count.
            for outcome, nodeid in _ran:
                terminalreporter.write_line(f"  {outcome.upper():<7} {nodeid}")
        terminalreporter.write_line(f"browser test artefacts: {artifacts_dir()}")
    elif _outcomes["skipped"]:
        write(
            "!",
            f"BROWSER TESTS SKIPPED: no Chromium at {CHROMIUM} "
            "(apt-get install -y chromium); in CI this is a failure",
            bold=True,
            yellow=True,
        )


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
def context(browser, live_server, browser_language):
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


@pytest.fixture
def demo(transactional_db):
    """The demo content (34 articles in 3 languages, regions, channels, submissions)."""
    call_command("load_demo", stdout=io.StringIO())


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
