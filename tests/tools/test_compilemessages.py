"""The catalogue compiler `make build` runs: Babel instead of GNU msgfmt, with its checks."""

import gettext
import subprocess
import sys
from pathlib import Path

import pytest

from tools.compilemessages import CatalogueError, compile_catalogue

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tools" / "compilemessages.py"
HEADER = (
    'msgid ""\n'
    'msgstr ""\n'
    '"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Plural-Forms: nplurals=1; plural=0;\\n"\n'
    "\n"
)


def catalogue(folder: Path, entries: str) -> Path:
    path = folder / "django.po"
    path.write_text(HEADER + entries, encoding="utf-8")
    return path


@pytest.mark.parametrize("language", ["zh_Hans", "zh_Hant"])
def test_the_project_catalogues_compile_to_what_the_po_says(tmp_path, language):
    source = ROOT / "locale" / language / "LC_MESSAGES" / "django.po"
    target = tmp_path / "django.mo"
    count = compile_catalogue(source, target)
    with target.open("rb") as mo:
        compiled = gettext.GNUTranslations(mo)
    assert count > 500
    assert compiled.gettext("{brand} Help staff").startswith("{brand} ")
    plural = compiled.ngettext("See the article", "See all %(counter)s articles", 2)
    assert "%(counter)s" in plural and "articles" not in plural


BAD = {
    "named placeholder renamed": (
        '#, python-format\nmsgid "Hello %(name)s"\nmsgstr "你好 %(nom)s"\n',
        "placeholders not in the source: %(nom)",
    ),
    "named placeholder dropped": (
        '#, python-format\nmsgid "Sent by %(name)s"\nmsgstr "已发送"\n',
        "placeholders missing from the translation: %(name)",
    ),
    "positional placeholder dropped": (
        '#, python-format\nmsgid "%s of %s"\nmsgstr "%s"\n',
        "placeholders missing from the translation: positional #2",
    ),
    "conversion changed": (
        '#, python-format\nmsgid "%(count)d files"\nmsgstr "%(count)s 个文件"\n',
        "placeholders converted differently: %(count)",
    ),
    "broken percent directive": (
        '#, python-format\nmsgid "Only %(what)s"\nmsgstr "仅 %(what)"\n',
        "the translation is not valid python-format: "
        "a % starts no placeholder (write %% for a percent sign)",
    ),
    "brace placeholder renamed": (
        '#, python-brace-format\nmsgid "{brand} Help"\nmsgstr "{brnd} 帮助"\n',
        "placeholders not in the source: {brnd}",
    ),
    "brace placeholder dropped": (
        '#, python-brace-format\nmsgid "{brand} Help"\nmsgstr "帮助"\n',
        "placeholders missing from the translation: {brand}",
    ),
    "brace placeholder without the flag": (
        'msgid "Welcome to {brand}"\nmsgstr "欢迎来到 {brand} {extra}"\n',
        "placeholders not in the source: {extra}",
    ),
    "unbalanced brace": (
        '#, python-brace-format\nmsgid "{brand} Help"\nmsgstr "{brand 帮助"\n',
        "the translation is not valid python-brace-format: expected '}' before end of string",
    ),
    "plural with an unknown placeholder": (
        '#, python-format\nmsgid "%(count)d file"\nmsgid_plural "%(count)d files"\n'
        'msgstr[0] "%(total)d 个文件"\n',
        "placeholders not in the source: %(total)",
    ),
}


@pytest.mark.parametrize("case", BAD.keys())
def test_a_translation_that_does_not_fit_its_source_is_refused(tmp_path, case):
    entry, why = BAD[case]
    source = catalogue(tmp_path, 'msgid "Fine"\nmsgstr "好"\n\n' + entry)
    target = tmp_path / "django.mo"
    target.write_bytes(b"the previous build")
    with pytest.raises(CatalogueError) as refused:
        compile_catalogue(source, target)
    msgid = entry.split('msgid "', 1)[1].split('"', 1)[0]
    line = 10 if entry.startswith("#") else 9  # the bad entry's msgid, after "Fine"
    assert str(refused.value) == f"{source}:{line}: msgid {msgid!r}: {why}"
    assert target.read_bytes() == b"the previous build"  # nothing written, nothing half done
    assert {path.name for path in tmp_path.iterdir()} == {"django.po", "django.mo"}


def test_what_a_translator_may_do_compiles(tmp_path):
    source = catalogue(
        tmp_path,
        "#, python-format\n"
        'msgid "%(count)d file for %(name)s"\n'
        'msgid_plural "%(count)d files for %(name)s"\n'
        'msgstr[0] "%(name)s 的 %(count)i 个文件"\n'  # reordered; %i takes what %d takes
        "\n"
        "#, python-format\n"
        'msgid "100%% sure, %s"\n'
        'msgstr "%s,百分之百%%确定"\n'
        "\n"
        "#, python-brace-format\n"
        'msgid "{brand} Help · {page}"\n'
        'msgstr "{page} · {brand} 帮助中心"\n'
        "\n"
        "#, fuzzy, python-format\n"
        'msgid "Old %(name)s"\n'
        'msgstr "旧的 %(other)s"\n'  # fuzzy: left out of the .mo, as msgfmt does
        "\n"
        "#, no-python-format\n"
        'msgid "Save 5% daily"\n'
        'msgstr "每天省 5%"\n',
    )
    target = tmp_path / "django.mo"
    assert compile_catalogue(source, target) == 4
    with target.open("rb") as mo:
        compiled = gettext.GNUTranslations(mo)
    assert compiled.ngettext("%(count)d file for %(name)s", "", 3) == "%(name)s 的 %(count)i 个文件"
    assert compiled.gettext("{brand} Help · {page}") == "{page} · {brand} 帮助中心"
    assert compiled.gettext("Old %(name)s") == "Old %(name)s"
    assert compiled.gettext("Save 5% daily") == "每天省 5%"


def test_the_command_names_the_file_and_message_and_fails(tmp_path):
    source = catalogue(
        tmp_path, '#, python-format\nmsgid "Hello %(name)s"\nmsgstr "你好 %(nom)s"\n'
    )
    target = tmp_path / "django.mo"
    result = subprocess.run(
        [sys.executable, str(SCRIPT), str(source), str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert f"error: {source} was not compiled" in result.stderr
    assert f"{source}:7: msgid 'Hello %(name)s': placeholders not in the source" in result.stderr
    assert not target.exists()


UNREADABLE = {
    "unterminated string": ('msgid "Fine"\nmsgstr "好\n', ":7: not a keyword and one well-formed"),
    "unknown escape": ('msgid "Fine"\nmsgstr "好\\q"\n', ":7: not a keyword and one well-formed"),
    "text after the string": (
        'msgid "Fine"\nmsgstr "好" x\n',
        ":7: not a keyword and one well-formed",
    ),
    "no translation": ('msgid "Fine"\n', ": cannot be read: missing msgstr"),
    "too many plural forms": (
        'msgid "one file"\nmsgid_plural "many files"\nmsgstr[0] "文件"\nmsgstr[1] "文件"\n',
        ": cannot be read: msg has more translations than num_plurals",
    ),
}


@pytest.mark.parametrize("case", UNREADABLE.keys())
def test_a_catalogue_that_does_not_parse_is_refused(tmp_path, case):
    entry, why = UNREADABLE[case]
    source = catalogue(tmp_path, entry)
    with pytest.raises(CatalogueError) as refused:
        compile_catalogue(source, tmp_path / "django.mo")
    assert str(refused.value).startswith(f"{source}{why}")
    assert not (tmp_path / "django.mo").exists()
