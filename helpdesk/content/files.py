"""Reading the content folder safely: layout, size, encoding, TOML and front matter.

Nothing here knows the models. Every problem is recorded with the file (and,
where it has one, the line) so that a refusal names all of them at once.
"""

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

# No article or list comes near this; a larger file is a mistake (or an attack).
MAX_FILE_BYTES = 1024 * 1024

CONTACT_FILES = {
    "regions": "contacts/regions.toml",
    "channels": "contacts/channels.toml",
    "closures": "contacts/closures.toml",
    "alerts": "contacts/alerts.toml",
    "official_accounts": "contacts/official_accounts.toml",
    "known_impostors": "contacts/known_impostors.toml",
    "guidance": "contacts/guidance.toml",
}
CATEGORIES_FILE = "faq/categories.toml"
SYNONYMS_FILE = "faq/synonyms.toml"
CONTACT_WORDS_FILE = "faq/contact_words.toml"
# The help desk's canned replies (feedback.Macro).
MACROS_FILE = "feedback/macros.toml"
# The contact words file names a channel kind as a key; "contact" is the list
# that says a search asks how to reach us.
CONTACT_WORDS_ANY = "contact"
ARTICLES_DIR = "faq/articles"
# Pictures for article bodies (optional): their alt texts, and one PNG each.
PICTURES_FILE = "faq/pictures.toml"
PICTURES_DIR = "faq/pictures"
ARTICLE_META = "meta.toml"
FRONT_MATTER_FENCE = "+++"

_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column \d+\)$")


def languages():
    return [code for code, _name in settings.LANGUAGES]


def layout_files():
    """The fixed files every content folder has (articles come on top)."""
    return [
        *CONTACT_FILES.values(),
        CATEGORIES_FILE,
        SYNONYMS_FILE,
        CONTACT_WORDS_FILE,
        MACROS_FILE,
    ]


def picture_file(name):
    return f"{PICTURES_DIR}/{name}.png"


def is_picture_file(relative):
    """True for the pictures list and any PNG directly in the pictures folder."""
    if relative == PICTURES_FILE:
        return True
    folder, _slash, name = relative.rpartition("/")
    return folder == PICTURES_DIR and name.endswith(".png") and len(name) > 4


def article_file(slug, name):
    return f"{ARTICLES_DIR}/{slug}/{name}"


@dataclass(frozen=True)
class Problem:
    path: str
    line: int | None
    message: str

    def __str__(self):
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"


class ContentError(Exception):
    """The folder was refused; `problems` says where and why."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


@dataclass
class MarkdownFile:
    front_matter: dict
    front_matter_text: str
    body: str
    body_line: int  # line number of the body's first line in the file


class Folder:
    """One content folder being read; problems accumulate in `problems`."""

    def __init__(self, root):
        self.root = Path(root)
        self.display_root = str(root).rstrip("/") or "/"
        self.problems: list[Problem] = []
        try:
            self.real_root = self.root.resolve(strict=True)
        except OSError:
            self.real_root = None
            self.problems.append(Problem(self.display_root, None, "no such folder"))
        else:
            if not self.real_root.is_dir():
                self.problems.append(Problem(self.display_root, None, "not a folder"))
                self.real_root = None

    def name(self, relative):
        return f"{self.display_root}/{relative}"

    def problem(self, relative, message, line=None):
        self.problems.append(Problem(self.name(relative), line, message))

    def _inside(self, relative):
        """The real path of `relative` if it stays inside the folder, else None (recorded)."""
        path = self.root / relative
        try:
            real = path.resolve(strict=True)
        except FileNotFoundError:
            self.problem(relative, "missing file")
            return None
        except OSError as error:
            self.problem(relative, f"cannot be read ({error.strerror or error})")
            return None
        if not real.is_relative_to(self.real_root):
            self.problem(relative, "is a link to a place outside the content folder")
            return None
        return real

    def article_slugs(self):
        """Names of the article folders (links leaving the folder are recorded and skipped)."""
        if self.real_root is None:
            return []
        base = self.root / ARTICLES_DIR
        if not base.is_dir():
            self.problem(ARTICLES_DIR, "missing folder")
            return []
        slugs = []
        for entry in sorted(base.iterdir()):
            if entry.name.startswith("."):
                continue
            relative = f"{ARTICLES_DIR}/{entry.name}"
            real = self._inside(relative)
            if real is None:
                continue
            if not real.is_dir():
                self.problem(relative, "unexpected file: each article is a folder")
                continue
            slugs.append(entry.name)
        return slugs

    def check_layout(self, article_slugs):
        """Record every file the format does not know (typos must not be ignored)."""
        if self.real_root is None:
            return
        known = set(layout_files())
        known_dirs = {"contacts", "faq", "feedback", ARTICLES_DIR, PICTURES_DIR}
        for path in sorted(self.root.rglob("*")):
            relative = path.relative_to(self.root).as_posix()
            if any(part.startswith(".") for part in relative.split("/")):
                continue
            if relative in known or relative in known_dirs or is_picture_file(relative):
                continue
            parts = relative.split("/")
            if len(parts) >= 3 and "/".join(parts[:2]) == ARTICLES_DIR:
                if len(parts) == 3 and parts[2] in article_slugs:
                    continue
                if len(parts) == 4 and parts[2] in article_slugs:
                    name = parts[3]
                    if name == ARTICLE_META or name in {f"{code}.md" for code in languages()}:
                        continue
                    if name.endswith(".md"):
                        self.problem(
                            relative,
                            f"language {name[:-3]!r} is not one of the site's languages "
                            f"({', '.join(languages())})",
                        )
                        continue
            self.problem(relative, "unknown file: not part of the content format")

    def exists(self, relative):
        """True for a file or any link, even a broken one (read_text then says why)."""
        path = self.root / relative
        return self.real_root is not None and (path.is_symlink() or path.exists())

    def read_bytes(self, relative):
        """The file's bytes, or None (the problem recorded)."""
        if self.real_root is None:
            return None
        real = self._inside(relative)
        if real is None:
            return None
        if not real.is_file():
            self.problem(relative, "is not a file")
            return None
        size = real.stat().st_size
        if size > MAX_FILE_BYTES:
            self.problem(
                relative, f"is {size:,} bytes; the limit is {MAX_FILE_BYTES:,} bytes per file"
            )
            return None
        return real.read_bytes()

    def read_text(self, relative):
        """The file's text, exactly as written (no newline translation), or None."""
        data = self.read_bytes(relative)
        if data is None:
            return None
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            line = data.count(b"\n", 0, error.start) + 1
            self.problem(relative, "is not valid UTF-8 text", line)
            return None
        return text.removeprefix("\ufeff")

    def parse_toml(self, relative, text, line_offset=0):
        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            message = str(error)
            match = _TOML_POSITION.search(message)
            line = int(match.group(1)) + line_offset if match else None
            message = _TOML_POSITION.sub("", message)
            self.problem(relative, f"invalid TOML: {message}", line)
            return None

    def read_toml(self, relative):
        text = self.read_text(relative)
        if text is None:
            return None, ""
        return self.parse_toml(relative, text), text

    def read_markdown(self, relative):
        """A Markdown file with TOML front matter between +++ lines, or None."""
        text = self.read_text(relative)
        if text is None:
            return None
        lines = text.splitlines(keepends=True)
        if not lines or lines[0].rstrip("\r\n") != FRONT_MATTER_FENCE:
            self.problem(relative, "must start with a line +++ (the front matter)", 1)
            return None
        for index in range(1, len(lines)):
            if lines[index].rstrip("\r\n") == FRONT_MATTER_FENCE:
                break
        else:
            self.problem(relative, "the front matter is not closed by a line +++", 1)
            return None
        front_text = "".join(lines[1:index])
        front_matter = self.parse_toml(relative, front_text, line_offset=1)
        if front_matter is None:
            return None
        body = "".join(lines[index + 1 :])
        body_line = index + 2
        # One blank line separates the front matter from the body, and the
        # file ends with one newline: neither belongs to the text.
        for separator in ("\r\n", "\n"):
            if body.startswith(separator):
                body = body[len(separator) :]
                body_line += 1
                break
        for ending in ("\r\n", "\n"):
            if body.endswith(ending):
                body = body[: -len(ending)]
                break
        return MarkdownFile(front_matter, front_text, body, body_line)


def line_of(text, key, *, table=None, index=0, line_offset=0):
    """Best guess of the line where `key` is set in the `index`-th [[table]] (1-based).

    TOML parsers give no positions for valid documents; errors about values
    still deserve a line, so look for the key's assignment or sub-table.
    """
    lines = text.splitlines()
    start, end = 0, len(lines)
    if table is not None:
        headers = [number for number, line in enumerate(lines) if line.strip() == f"[[{table}]]"]
        if index >= len(headers):
            return None
        start = headers[index]
        end = headers[index + 1] if index + 1 < len(headers) else len(lines)
        if key is None:
            return start + 1 + line_offset
    if key is None:
        return None
    assignment = re.compile(rf"^\s*(?:\"{re.escape(key)}\"|{re.escape(key)})\s*=")
    sub_table = f"[{table}.{key}]" if table else f"[{key}]"
    for number in range(start, end):
        if assignment.match(lines[number]) or lines[number].strip() == sub_table:
            return number + 1 + line_offset
    return start + 1 + line_offset if table is not None else None
