"""The import contracts in pyproject.toml hold, and a wrong import breaks them."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ["helpdesk", "contacts", "faq", "feedback"]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(tree: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=tree,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(tree)},
        check=False,
    )


@pytest.fixture
def tree(tmp_path):
    """A copy of the code and the contracts, to break on purpose."""
    for name in PACKAGES:
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_code_keeps_every_contract(tree):
    result = lint_imports(tree)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("contacts/hours.py", "from feedback import models", "neither the knowledge base"),
        ("faq/services.py", "from feedback import services", "does not use feedback"),
        ("helpdesk/lib/markdown.py", "from faq import models", "imports no app"),
        ("feedback/views.py", "from helpdesk import urls", "only the shared code"),
    ],
)
def test_a_wrong_import_breaks_its_contract(tree, module, line, contract):
    path = tree / module
    path.write_text(path.read_text() + f"\n{line}  # noqa\n")
    result = lint_imports(tree)
    assert result.returncode != 0
    broken = [row for row in result.stdout.splitlines() if row.endswith("BROKEN")]
    # Indirect imports count too: shared code that imports an app breaks the
    # contracts of every app that uses that shared code.
    assert any(contract in row for row in broken), result.stdout
