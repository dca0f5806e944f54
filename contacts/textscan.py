"""Contact values written in free text: article titles, summaries and bodies.

`contact_values(text)` finds every phone number, e-mail address, web address
and social handle in a text, as a reader would see them: full-width forms and
ideographic spaces count as their ASCII forms (NFKC), and invisible format
characters (zero-width spaces and joiners) hide nothing. Whether a value is
official is decided elsewhere (against the directory or a content folder);
this module only reads. `CHANNEL_TOKEN` is how a text names a channel instead
of writing its value.

Values next to Chinese text are found too: the patterns take their letters
from Latin, Greek, Cyrillic and Armenian (the scripts look-alike hosts use),
never from CJK, so "请致电+44 20 7946 0018" yields the number alone.

Pure functions, no database.
"""

import re
import unicodedata
from dataclasses import dataclass

from contacts.normalise import ValueKind

# [[channel:fraud-hotline]]: the channel whose slug is fraud-hotline.
CHANNEL_TOKEN = re.compile(r"\[\[channel:(?P<slug>[^\[\]\s]{1,60})\]\]")

# Letters a host or address may be written with, look-alikes included.
_L = r"A-Za-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u052f\u0531-\u058f"
_EMAIL = re.compile(rf"(?<![{_L}.+_%-])[{_L}._%+-]+@[{_L}-]+(?:\.[{_L}-]+)+")
_URL = re.compile(r"(?i)(?<![\w])(?:https?|ftp)://[^\s<>()\[\]\"'`]+")
_HOST = re.compile(
    rf"(?<![{_L}@./:_-])(?:[{_L}-]+\.)+[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f]{{2,24}}"
    rf"(?![{_L}_-])"
)
_HANDLE = re.compile(r"(?<![A-Za-z0-9_.@])@[A-Za-z0-9_][A-Za-z0-9_.]{0,58}[A-Za-z0-9_]")
# A phone number: a country code (+ or 00) or digits grouped by spaces, dots,
# hyphens or brackets. Bare runs of digits (amounts, references) are not numbers.
_PHONE = re.compile(r"(?<![A-Za-z0-9+@/._-])(?:\+|00)?\(?\d[\d().\- ]{5,}\d(?![A-Za-z0-9@])")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# "report.pdf" and "photo.jpg" are files, not web hosts.
FILE_EXTENSIONS = frozenset(
    {"apk", "avif", "bmp", "csv", "doc", "docx", "gif", "heic", "htm", "html", "ipa", "jpeg"}
    | {"jpg", "json", "md", "mov", "mp3", "mp4", "pdf", "png", "svg", "txt", "webp", "xls"}
    | {"xlsx", "zip"}
)


@dataclass(frozen=True)
class FoundValue:
    kind: ValueKind
    value: str  # as a reader sees it (NFKC, invisible characters removed)
    line: int  # 0-based line of the text
    on_warning_line: bool  # a Markdown quote line (">"), where articles show scams


def readable(text: str) -> str:
    """The text as a reader sees it: NFKC, without invisible format characters."""
    text = unicodedata.normalize("NFKC", text or "")
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def _mask(line: str, match) -> str:
    return line[: match.start()] + " " * (match.end() - match.start()) + line[match.end() :]


def _line_values(line: str):
    """(kind, value) in one line; each span counts once (an e-mail is not also a host)."""
    found = []
    for kind, pattern in (
        (ValueKind.EMAIL, _EMAIL),
        (ValueKind.WEB, _URL),
        (ValueKind.WEB, _HOST),
        (ValueKind.HANDLE, _HANDLE),
        (ValueKind.PHONE, _PHONE),
    ):
        for match in list(pattern.finditer(line)):
            value = match.group(0).strip()
            if pattern is _HOST and value.rsplit(".", 1)[-1].lower() in FILE_EXTENSIONS:
                continue
            if kind == ValueKind.PHONE and (
                _ISO_DATE.match(value) or not re.search(r"^(\+|00)|[ ().-]", value)
            ):
                continue
            found.append((match.start(), kind, value))
            line = _mask(line, match)
    return [(kind, value) for _start, kind, value in sorted(found, key=lambda item: item[0])]


def contact_values(text: str) -> list[FoundValue]:
    """Every phone number, e-mail address, web address and handle in `text`."""
    text = CHANNEL_TOKEN.sub(lambda match: " " * len(match.group(0)), readable(text))
    return [
        FoundValue(kind, value, number, line.lstrip().startswith(">"))
        for number, line in enumerate(text.splitlines())
        for kind, value in _line_values(line)
    ]


def channel_slugs(text: str) -> list[str]:
    """The channel slugs a text's tokens name, in order."""
    return [match["slug"] for match in CHANNEL_TOKEN.finditer(readable(text))]
