"""Readable differences between two versions of a text, for editors.

Words are compared (Chinese character by character, as it has no spaces);
unchanged stretches are kept, removed text is wrapped in <del> and added text
in <ins>. The result is escaped HTML, safe to show as it is.
"""

import difflib
import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

# A word with the spaces after it, a single CJK character, or one other character.
_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|\w+\s*|\s+|[^\w\s]\s*")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text or "")


def diff_html(old: str, new: str) -> str:
    """`old` -> `new` as HTML: <del>removed</del> and <ins>added</ins> among unchanged text."""
    before, after = _tokens(old), _tokens(new)
    parts = []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(escape("".join(before[a1:a2])))
            continue
        if a2 > a1:
            parts.append(f"<del>{escape(''.join(before[a1:a2]))}</del>")
        if b2 > b1:
            parts.append(f"<ins>{escape(''.join(after[b1:b2]))}</ins>")
    return mark_safe("".join(parts))  # noqa: S308 - every piece above is escaped


def has_changes(old: str, new: str) -> bool:
    return (old or "") != (new or "")
