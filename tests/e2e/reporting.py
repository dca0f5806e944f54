"""The browser tests' own lines at the end of a run: how many ran, in which Chromium.

A plugin (registered by tests/conftest.py), not part of tests/e2e/conftest.py: under
pytest-xdist the workers run the tests and only this process writes the summary, and
it never imports the browser tests' conftest.
"""

import pytest

from tests.e2e.helpers import CHROMIUM, artifacts_dir, in_ci

_outcomes = {"passed": 0, "failed": 0, "skipped": 0}
_versions = set()
_ran = []  # (outcome, test id)


def pytest_runtest_logreport(report):
    if "e2e" not in report.keywords:
        return
    _versions.update(value for name, value in report.user_properties if name == "chromium")
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
            f"in Chromium {', '.join(sorted(_versions))} ({CHROMIUM})",
            bold=True,
            green=not _outcomes["failed"],
            red=bool(_outcomes["failed"]),
        )
        if in_ci():
            # The CI log shows each browser test by name, not only a count.
            for outcome, nodeid in sorted(_ran, key=lambda ran: ran[1]):
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
