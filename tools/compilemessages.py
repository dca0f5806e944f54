"""Compile a gettext catalogue (.po) into the .mo file Django reads, with Babel, not GNU msgfmt.

`make build` runs it for each locale/<lang>/LC_MESSAGES/django.po, so a machine with
only Python builds the site. Like `msgfmt --check-format` it refuses a catalogue that
does not parse (an unterminated string, an unknown escape) or whose translation does
not fit its source: a placeholder the source lacks (`%(name)s`, `%s`, `{name}`), one
left out (a plural form may leave one out), a changed conversion (`%d` to `%s`), a
broken placeholder, or the wrong number of plural forms. Every bad entry is listed as
`file:line: msgid: why`, nothing is written, and `make` tries again once the `.po` is
fixed. Babel flags `%`- and `{}`-strings by their msgid; `#, no-python-format` opts out.
Fuzzy entries are left out of the .mo (as msgfmt does) and are not checked.

    python tools/compilemessages.py locale/zh_Hans/LC_MESSAGES/django.po OUT.mo
"""

import io
import os
import re
import string
import sys
from pathlib import Path

from babel.messages.catalog import Catalog, Message, TranslationError
from babel.messages.checkers import num_plurals
from babel.messages.mofile import write_mo
from babel.messages.pofile import PoFileError, read_po


class CatalogueError(Exception):
    """A catalogue that must not be compiled; the message names the file and each entry."""


# A printf-style placeholder as Python's `%` operator reads it; `%%` is a literal percent.
PERCENT = re.compile(
    r"%(?:\((?P<name>[^)]*)\))?[#0 +-]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?(?P<type>[a-zA-Z%])"
)
PERCENT_TYPES = set("diouxXeEfFgGcrsa")
# Conversions that accept the same arguments (an int for %d also fits %i).
COMPATIBLE = ({"d", "i", "u"}, {"x", "X"}, {"e", "E", "f", "F", "g", "G"})


def _as_tuple(value) -> tuple:
    return tuple(value) if isinstance(value, list | tuple) else (value,)


def percent_placeholders(text: str) -> dict[str, str]:
    """`%`-placeholders by name (positional ones as #1, #2, ...) with their conversion."""
    found = {}
    for match in PERCENT.finditer(text):
        name, kind = match.group("name"), match.group("type")
        if kind == "%":
            continue
        if kind not in PERCENT_TYPES:
            raise ValueError(f"{match.group()!r} is no placeholder (write %% for a percent sign)")
        found[f"%({name})" if name is not None else f"positional #{len(found) + 1}"] = kind
    if "%" in PERCENT.sub("", text):
        raise ValueError("a % starts no placeholder (write %% for a percent sign)")
    if len({key.startswith("#") for key in found}) > 1:
        raise ValueError("it mixes named and positional placeholders")
    return found


def brace_placeholders(text: str) -> dict[str, str]:
    """The arguments `str.format` looks up in `text` ("{}" counts from 0), by name."""
    found = {}
    automatic = 0
    for _literal, field, _spec, _conversion in string.Formatter().parse(text):
        if field is None:
            continue
        name = field.split(".", 1)[0].split("[", 1)[0]
        if name == "":
            name = str(automatic)
            automatic += 1
        found[f"{{{name}}}"] = ""
    return found


def _same_kind(first: str, second: str) -> bool:
    return first == second or any(first in group and second in group for group in COMPATIBLE)


def _placeholder_check(flag: str, parse):
    """A Babel-style checker: the translation uses the source's placeholders, no others.

    A plural form may leave some out (languages say "one file" without the number)."""

    def check(catalog: Catalog | None, message: Message) -> None:
        if flag not in message.flags or f"no-{flag}" in message.flags:
            return
        try:
            expected = {}
            for source in _as_tuple(message.id):
                expected.update(parse(source))
        except ValueError as error:
            raise TranslationError(f"the source is not a valid {flag} string: {error}") from None
        for translation in filter(None, _as_tuple(message.string)):
            try:
                found = parse(translation)
            except ValueError as error:
                raise TranslationError(f"the translation is not valid {flag}: {error}") from None
            unknown = sorted(set(found) - set(expected))
            missing = [] if message.pluralizable else sorted(set(expected) - set(found))
            clashes = sorted(
                k for k in found.keys() & expected.keys() if not _same_kind(found[k], expected[k])
            )
            if unknown:
                raise TranslationError(f"placeholders not in the source: {', '.join(unknown)}")
            if missing:
                raise TranslationError(
                    f"placeholders missing from the translation: {', '.join(missing)}"
                )
            if clashes:
                raise TranslationError(f"placeholders converted differently: {', '.join(clashes)}")

    return check


CHECKS = (
    num_plurals,
    _placeholder_check("python-format", percent_placeholders),
    _placeholder_check("python-brace-format", brace_placeholders),
)


def problems(catalog: Catalog, path: str) -> list[str]:
    """One line per entry whose translation breaks a check, as `file:line: msgid: why`."""
    found = []
    for message in list(catalog)[1:]:  # the first entry is the header
        if message.fuzzy or not any(_as_tuple(message.string)):
            continue
        for check in CHECKS:
            try:
                check(catalog, message)
            except TranslationError as error:
                msgid = _as_tuple(message.id)[0]
                found.append(f"{path}:{message.lineno}: msgid {msgid!r}: {error}")
    return found


# What a line of a .po may be besides a comment: a keyword and a string, or a string
# continuing the one above. Babel's reader passes over an unterminated string or a bad
# escape and drops the translation; msgfmt refused them, and so does this.
PO_LINE = re.compile(
    r"(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)[ \t]+)?"
    r'"(?:[^"\\]|\\[\\"abfnrtv]|\\[0-7]{1,3}|\\x[0-9a-fA-F]+)*"[ \t]*'
)


def syntax_errors(text: str, path: str) -> list[str]:
    return [
        f"{path}:{number}: not a keyword and one well-formed quoted string: {line.strip()!r}"
        for number, line in enumerate(text.splitlines(), 1)
        if line.strip() and not line.startswith("#") and not PO_LINE.fullmatch(line)
    ]


def compile_catalogue(source: Path, target: Path) -> int:
    """Check `source` and write `target`; returns the number of translated entries."""
    try:
        text = source.read_text(encoding="utf-8")
        errors = syntax_errors(text, str(source))
        catalog = None if errors else read_po(io.StringIO(text), abort_invalid=True)
    except (PoFileError, UnicodeDecodeError) as error:
        raise CatalogueError(f"{source}: cannot be read: {error}") from None
    errors = errors or problems(catalog, str(source))
    if errors:
        raise CatalogueError("\n".join(errors))
    partial = target.with_name(f".{target.name}.partial")
    with partial.open("wb") as mo:
        write_mo(mo, catalog)
    os.replace(partial, target)  # never a half-written .mo that make would take as current
    return sum(1 for message in list(catalog)[1:] if message.string and not message.fuzzy)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: compilemessages.py SOURCE.po TARGET.mo", file=sys.stderr)
        return 2
    source, target = map(Path, argv)
    try:
        count = compile_catalogue(source, target)
    except CatalogueError as error:
        print(f"error: {source} was not compiled:\n{error}", file=sys.stderr)
        return 1
    print(f"{source} -> {target} ({count} translated messages)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
