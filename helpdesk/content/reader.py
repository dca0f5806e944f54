"""Read a content folder into plain values and check it as a whole.

`read_content(path)` returns a `Content` or raises `ContentError` naming every
problem: files (missing, unknown, too large, not UTF-8, links out of the
folder), syntax (TOML, front matter), types and keys, and references between
items (categories, regions, related articles, links in bodies, phone numbers
and e-mail addresses in article text). Nothing here touches the database.
"""

import datetime
import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_unicode_slug

from contacts.normalise import (
    ValueKind,
    host_suffixes,
    host_within,
    is_plain_host,
    normalise_email,
    normalise_handle,
    normalise_host,
    normalise_phone,
)
from contacts.textscan import channel_slugs, contact_values
from faq.pictures import IMAGE_TOKEN, NAME
from helpdesk.content import schema
from helpdesk.content.files import (
    ARTICLE_META,
    ARTICLES_DIR,
    CATEGORIES_FILE,
    CONTACT_FILES,
    CONTACT_WORDS_ANY,
    CONTACT_WORDS_FILE,
    MACROS_FILE,
    PICTURES_DIR,
    PICTURES_FILE,
    SYNONYMS_FILE,
    ContentError,
    Folder,
    Problem,
    article_file,
    languages,
    line_of,
    picture_file,
)

DAY_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
TEXT_FIELDS = ("title", "summary", "keywords", "body")
_HOURS = re.compile(
    r"^(?P<days>daily|[a-z]{3}(?:-[a-z]{3})?(?:,[a-z]{3}(?:-[a-z]{3})?)*)\s+"
    r"(?P<opens>\d{2}:\d{2}(?::\d{2})?)-(?P<closes>\d{2}:\d{2}(?::\d{2})?)$"
)
# Site links in article text: /<language>/faq/<category>/[<article>/]
_FAQ_LINK = re.compile(
    r"(?<![\w/.:])/(?P<language>[\w-]+)/faq/(?P<category>[^/\s()\[\]<>\"'#?]+)"
    r"(?:/(?P<article>[^/\s()\[\]<>\"'#?]+))?"
)


@dataclass
class Where:
    """Where an item was read, to name the file and line of a later problem."""

    path: str
    text: str
    table: str | None
    index: int = 0
    line_offset: int = 0

    @property
    def label(self):
        return f"[[{self.table}]] number {self.index + 1}: " if self.table else ""

    def line(self, key=None):
        return line_of(
            self.text, key, table=self.table, index=self.index, line_offset=self.line_offset
        )


@dataclass
class Article:
    slug: str
    meta: dict
    texts: dict  # language -> {"title", "slug", "summary", "keywords", "body"}
    where: dict  # "meta" or language -> Where


@dataclass
class Content:
    regions: list = field(default_factory=list)
    channels: list = field(default_factory=list)
    closures: list = field(default_factory=list)
    alerts: list = field(default_factory=list)
    official_accounts: list = field(default_factory=list)
    known_impostors: list = field(default_factory=list)
    guidance: list = field(default_factory=list)
    categories: list = field(default_factory=list)
    articles: list = field(default_factory=list)
    synonyms: dict = field(default_factory=dict)  # language -> [terms]
    synonyms_where: Where | None = None
    contact_words: dict = field(default_factory=dict)  # (language, kind) -> [words]
    contact_words_where: Where | None = None
    macros: list = field(default_factory=list)
    pictures: list = field(default_factory=list)  # {"name", "alt", "data", "_where"}

    def article(self, slug):
        return next((article for article in self.articles if article.slug == slug), None)


# ------------------------------------------------------------------ hours


def weekdays(days):
    """ "mon-fri" -> [0..4], "sun-tue" -> [6, 0, 1], "daily" -> every day; ValueError."""
    if days == "daily":
        return list(range(7))
    found = []
    for part in days.split(","):
        first, _sep, last = part.partition("-")
        start, end = DAY_NAMES.index(first), DAY_NAMES.index(last or first)
        found += [(start + offset) % 7 for offset in range((end - start) % 7 + 1)]
    return found


def parse_hours(text):
    """ "mon-fri 09:00-18:00" -> [(weekday, opens, closes), ...]; ValueError."""
    match = _HOURS.match(text.strip())
    if not match:
        raise ValueError
    opens = datetime.time.fromisoformat(match["opens"])
    closes = datetime.time.fromisoformat(match["closes"])
    return [(day, opens, closes) for day in weekdays(match["days"])]


def _clock(value):
    return value.strftime("%H:%M:%S" if value.second else "%H:%M")


def format_hours(rows):
    """Opening rows as the file writes them: one line per range, days grouped."""
    ranges = {}
    for weekday, opens, closes in rows:
        ranges.setdefault((opens, closes), set()).add(weekday)
    lines = []
    for (opens, closes), days in ranges.items():
        if len(days) == 7:
            runs, first = ["daily"], 0
        else:
            starts = sorted(day for day in days if (day - 1) % 7 not in days)
            runs = []
            for start in starts:
                end = start
                while (end + 1) % 7 in days:
                    end = (end + 1) % 7
                name = DAY_NAMES[start]
                runs.append(name if end == start else f"{name}-{DAY_NAMES[end]}")
            first = starts[0]
        lines.append((first, opens, f"{','.join(runs)} {_clock(opens)}-{_clock(closes)}"))
    return [line for _first, _opens, line in sorted(lines)]


# ------------------------------------------------------------------ reading


class _Reader:
    def __init__(self, folder):
        self.folder = folder

    def table_file(self, relative, table):
        document, text = self.folder.read_toml(relative)
        if document is None:
            return []
        reader = schema.ItemReader(self.folder, relative, text)
        items = []
        for index, item in enumerate(reader.items(document, table)):
            if item is not None:
                item["_where"] = Where(self.folder.name(relative), text, table.name, index)
                items.append(item)
        return items

    def synonyms(self, content):
        document, text = self.folder.read_toml(SYNONYMS_FILE)
        content.synonyms_where = Where(self.folder.name(SYNONYMS_FILE), text, None)
        if document is None:
            return {}
        groups = {}
        for code, terms in document.items():
            line = line_of(text, code)
            if code not in languages():
                self.folder.problem(
                    SYNONYMS_FILE,
                    f"language {code!r} is not one of the site's languages "
                    f"({', '.join(languages())})",
                    line,
                )
            elif not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
                self.folder.problem(
                    SYNONYMS_FILE, f"{code!r} must be a list of strings (one group each)", line
                )
            else:
                groups[code] = terms
        return groups

    def contact_words(self, content):
        """{language: {"contact" | channel kind: [words]}} -> {(language, kind): [words]}."""
        document, text = self.folder.read_toml(CONTACT_WORDS_FILE)
        content.contact_words_where = Where(self.folder.name(CONTACT_WORDS_FILE), text, None)
        if document is None:
            return {}
        found = {}
        for code, lists in document.items():
            line = line_of(text, code)
            if code not in languages():
                self.folder.problem(
                    CONTACT_WORDS_FILE,
                    f"language {code!r} is not one of the site's languages "
                    f"({', '.join(languages())})",
                    line,
                )
                continue
            if not isinstance(lists, dict):
                self.folder.problem(
                    CONTACT_WORDS_FILE, f"{code!r} must be a table of word lists", line
                )
                continue
            for key, words in lists.items():
                # A kind the directory does not know is refused by the import (full_clean).
                if not isinstance(words, list) or not all(
                    isinstance(w, str) and w.strip() and "," not in w for w in words
                ):
                    self.folder.problem(
                        CONTACT_WORDS_FILE,
                        f"{code}.{key} must be a list of words (no commas, none empty)",
                        line_of(text, key),
                    )
                else:
                    kind = "" if key == CONTACT_WORDS_ANY else key
                    found[(code, kind)] = [w.strip() for w in words]
        return found

    def pictures(self):
        """The pictures list (optional) with each picture's bytes; unlisted PNGs are refused."""
        pictures = []
        if self.folder.exists(PICTURES_FILE):
            pictures = self.table_file(PICTURES_FILE, schema.PICTURE)
        for item in pictures:
            if not re.fullmatch(NAME, item["name"]):
                where = item["_where"]
                self.folder.problems.append(
                    Problem(
                        where.path,
                        where.line("name"),
                        f"{where.label}name {item['name']!r}: use lower-case letters, digits "
                        "and -, starting with a letter",
                    )
                )
                item["data"] = None
            else:
                item["data"] = self.folder.read_bytes(picture_file(item["name"]))
        listed = {picture_file(item["name"]) for item in pictures}
        base = self.folder.root / PICTURES_DIR
        if self.folder.real_root is not None and base.is_dir():
            for entry in sorted(base.iterdir()):
                relative = f"{PICTURES_DIR}/{entry.name}"
                if not entry.name.startswith(".") and relative not in listed:
                    self.folder.problem(relative, f"picture not listed in {PICTURES_FILE}")
        return pictures

    def article(self, slug):
        meta_path = article_file(slug, ARTICLE_META)
        try:
            validate_unicode_slug(slug)
        except ValidationError:
            self.folder.problem(
                f"{ARTICLES_DIR}/{slug}",
                "the folder name is the article's English slug: letters, digits, - and _ only",
            )
            return None
        document, text = self.folder.read_toml(meta_path)
        where = {"meta": Where(self.folder.name(meta_path), text, None)}
        meta = None
        if document is not None:
            reader = schema.ItemReader(self.folder, meta_path, text)
            meta = reader.item(schema.ARTICLE_META, 0, document)
        texts = {}
        for code in languages():
            relative = article_file(slug, f"{code}.md")
            if code != "en" and not self.folder.exists(relative):
                texts[code] = dict.fromkeys((*TEXT_FIELDS, "slug"), "")
                continue
            texts[code] = self.language_file(slug, code, relative, where)
        if meta is None or None in texts.values():
            return None
        return Article(slug, meta, texts, where)

    def language_file(self, slug, code, relative, where):
        if code == "en" and not self.folder.exists(relative):
            self.folder.problem(relative, "missing file: every article needs its English version")
            return None
        markdown = self.folder.read_markdown(relative)
        if markdown is None:
            return None
        reader = schema.ItemReader(self.folder, relative, markdown.front_matter_text, line_offset=1)
        values = reader.item(schema.FRONT_MATTER, 0, markdown.front_matter)
        if values is None:
            return None
        where[code] = Where(self.folder.name(relative), markdown.front_matter_text, None, 0, 1)
        where[f"{code}:body"] = markdown.body_line
        if values["slug"] is None:
            values["slug"] = slug
        elif code == "en" and values["slug"] != slug:
            self.folder.problem(
                relative,
                f"the English slug is the folder's name ({slug!r}): rename the folder instead",
                where[code].line("slug"),
            )
            return None
        if code == "en":
            for key in ("title", "body"):
                value = values["title"] if key == "title" else markdown.body
                if not value.strip():
                    self.folder.problem(
                        relative, f"the English version needs a {key}", where[code].line(key)
                    )
                    return None
        return {**values, "body": markdown.body}


def read_content(path):
    """The folder's content, checked; raises ContentError listing every problem."""
    folder = Folder(path)
    if folder.problems:
        raise ContentError(folder.problems)
    reader = _Reader(folder)
    content = Content()
    for name, relative in CONTACT_FILES.items():
        setattr(content, name, reader.table_file(relative, schema.CONTACT_TABLES[name]))
    content.categories = reader.table_file(CATEGORIES_FILE, schema.CATEGORY)
    content.synonyms = reader.synonyms(content)
    content.contact_words = reader.contact_words(content)
    content.macros = reader.table_file(MACROS_FILE, schema.MACRO)
    content.pictures = reader.pictures()
    slugs = folder.article_slugs()
    folder.check_layout(slugs)
    for slug in slugs:
        article = reader.article(slug)
        if article is not None:
            content.articles.append(article)
    if not folder.problems:
        _Checker(folder, content).check()
    if folder.problems:
        raise ContentError(folder.problems)
    return content


# ------------------------------------------------------------------ checking


def channel_key(kind, value, region_code):
    """What makes a channel unique: its region, kind and normalised value.

    The same normalisers as the models' `normalised_value` (contacts.verification).
    """
    if kind == "phone":
        normalised = normalise_phone(value, region_code)
    elif kind == "email":
        normalised = normalise_email(value)
    elif kind in {"chat", "forum"}:
        normalised = normalise_host(value)
    else:
        normalised = normalise_handle(value)
    return (region_code, kind, normalised)


class _Checker:
    """Checks that need the whole folder: references, duplicates, text rules."""

    def __init__(self, folder, content):
        self.folder = folder
        self.content = content
        self.region_codes = {item["code"] for item in content.regions}

    def problem(self, where, message, key=None, line=None):
        self.folder.problems.append(
            Problem(where.path, line or where.line(key), where.label + message)
        )

    def check(self):
        self.duplicates("regions", lambda item: item["code"], "region code")
        self.regions_known()
        self.hours()
        self.duplicates(
            "channels",
            lambda item: channel_key(item["kind"], item["value"], item["region"]),
            "channel",
        )
        self.duplicates("channels", lambda item: item["slug"] or id(item), "channel slug")
        self.closures()
        self.duplicates("alerts", lambda item: item["title"]["en"], "alert title")
        self.duplicates(
            "official_accounts",
            lambda item: (item["kind"], item["platform"], item["value"].strip().lower()),
            "official account",
        )
        self.duplicates(
            "known_impostors",
            lambda item: (item["kind"], item["value"].strip().lower()),
            "known impostor",
        )
        self.duplicates(
            "guidance", lambda item: (item["region"], item["title"]["en"]), "guidance title"
        )
        self.duplicates("macros", lambda item: item["title"]["en"], "canned reply title")
        self.duplicates("pictures", lambda item: item["name"], "picture name")
        self.picture_alts()
        self.slugs()
        self.articles()
        self.synonyms()

    def duplicates(self, name, key, label):
        seen = set()
        for item in getattr(self.content, name):
            value = key(item)
            if value in seen:
                self.problem(item["_where"], f"duplicate {label} {_show(value)}")
            seen.add(value)

    def regions_known(self):
        for name in ("channels", "closures", "known_impostors", "guidance"):
            for item in getattr(self.content, name):
                if item["region"] is not None and item["region"] not in self.region_codes:
                    self.problem(item["_where"], _unknown("region", item["region"]), "region")
        for item in self.content.alerts:
            self.known_regions(item["_where"], item["regions"])

    def known_regions(self, where, codes):
        for code in codes:
            if code not in self.region_codes:
                self.problem(where, _unknown("region", code), "regions")

    def hours(self):
        for item in self.content.channels:
            rows = []
            for text in item["hours"]:
                try:
                    rows += parse_hours(text)
                except ValueError:
                    self.problem(
                        item["_where"],
                        f"hours {text!r}: write days and times as 'mon-fri 09:00-18:00' "
                        f"(days: {', '.join(DAY_NAMES)}, ranges such as sat-sun, or daily)",
                        "hours",
                    )
            item["hours_rows"] = sorted(set(rows))

    def closures(self):
        channels = {
            channel_key(item["kind"], item["value"], item["region"])
            for item in self.content.channels
        }
        for item in self.content.closures:
            ref = item["channel"]
            if (item["region"] is None) == (ref is None):
                self.problem(item["_where"], "give either a region or a channel, not both")
            elif ref is not None and channel_key(ref["kind"], ref["value"], ref["region"]) not in (
                channels
            ):
                self.problem(item["_where"], _unknown("channel", ref["value"]), "channel")

    def slugs(self):
        """A slug names one category (one article) in every language."""
        owners = {}
        for item in self.content.categories:
            for slug in set(item["slug"].values()) - {""}:
                if owners.setdefault(slug, item["slug"]["en"]) != item["slug"]["en"]:
                    self.problem(item["_where"], f"duplicate category slug {slug!r}", "slug")
        owners = {}
        for article in self.content.articles:
            for code, texts in article.texts.items():
                slug = texts["slug"]
                if slug and owners.setdefault(slug, article.slug) != article.slug:
                    where = article.where.get(code, article.where["meta"])
                    self.problem(
                        where,
                        f"duplicate article slug {slug!r} (also {owners[slug]!r})",
                        "slug",
                    )

    def articles(self):
        categories = {item["slug"]["en"]: item for item in self.content.categories}
        articles = {article.slug: article for article in self.content.articles}
        for article in self.content.articles:
            meta, where = article.meta, article.where["meta"]
            if meta["category"] not in categories:
                self.problem(where, _unknown("category", meta["category"]), "category")
            self.known_regions(where, meta["regions"])
            for slug in meta["related"]:
                if slug not in articles:
                    self.problem(where, _unknown("related article", slug), "related")
            for code, texts in article.texts.items():
                if code in article.where:
                    self.links(article, code, texts, categories, articles)
                    self.picture_tokens(article, code, texts)
                    self.contact_values(article, code, texts)
        for item in self.content.alerts:
            for slug in item["articles"]:
                if slug not in articles:
                    self.problem(item["_where"], _unknown("article", slug), "articles")

    def picture_alts(self):
        for item in self.content.pictures:
            for code in languages():
                if not item["alt"][code].strip():
                    self.problem(item["_where"], f"'alt' needs a text in {code}", "alt")

    def picture_tokens(self, article, code, texts):
        names = {item["name"] for item in self.content.pictures}
        for line, text in self._text_lines(article, code, texts):
            for key in IMAGE_TOKEN.findall(text):
                if key not in names:
                    self.problem(
                        article.where[code],
                        f"[[image:{key}]] names no picture of {PICTURES_FILE}",
                        line=line,
                    )

    def _text_lines(self, article, code, texts):
        """(line number, text) of the language file's front matter values and body."""
        where = article.where[code]
        for key in ("title", "summary", "keywords"):
            if texts[key]:
                yield where.line(key), texts[key]
        first = article.where[f"{code}:body"]
        for offset, line in enumerate(texts["body"].splitlines()):
            yield first + offset, line

    def links(self, article, code, texts, categories, articles):
        by_slug = {}
        for slug, item in categories.items():
            for value in item["slug"].values():
                by_slug.setdefault(value, slug)
        article_by_slug = {}
        for other in articles.values():
            for value in (t["slug"] for t in other.texts.values()):
                if value:
                    article_by_slug.setdefault(value, other)
        for line, text in self._text_lines(article, code, texts):
            for match in _FAQ_LINK.finditer(text):
                target = match.group(0)
                category = by_slug.get(match["category"])
                other = article_by_slug.get(match["article"]) if match["article"] else None
                if match["language"] not in languages():
                    reason = f"{match['language']!r} is not one of the site's languages"
                elif category is None:
                    reason = f"no category {match['category']!r}"
                elif match["article"] and other is None:
                    reason = f"no article {match['article']!r}"
                elif other is not None and other.meta["category"] != category:
                    reason = f"article {other.slug!r} is in category {other.meta['category']!r}"
                elif (
                    other is not None
                    and article.meta["status"] == "published"
                    and other.meta["status"] != "published"
                ):
                    reason = f"article {other.slug!r} is not published"
                else:
                    continue
                self.problem(article.where[code], f"broken link {target}: {reason}", line=line)

    def official_values(self):
        """Normal forms of the folder's official values: {kind: set}, and confirmed impostors."""
        if not hasattr(self, "_official"):
            official = {kind: set() for kind in ("phone", "email", "domain", "host", "handle")}
            for item in self.content.channels:
                if not item["is_active"]:
                    continue
                if item["kind"] == "phone":
                    official["phone"].add(normalise_phone(item["value"], item["region"]))
                elif item["kind"] == "email":
                    official["email"].add(normalise_email(item["value"]))
                elif item["kind"] == "social":
                    official["handle"].add(normalise_handle(item["value"]))
                else:
                    official["host"].add(normalise_host(item["value"]))
            for item in self.content.official_accounts:
                if item["is_active"] and item["kind"] == "email":
                    official["email"].add(normalise_email(item["value"]))
                elif item["is_active"] and item["kind"] == "domain":
                    official["domain"].add(normalise_host(item["value"]))
                elif item["is_active"]:
                    official["handle"].add(normalise_handle(item["value"]))
            impostors = {
                (item["kind"], _impostor_value(item))
                for item in self.content.known_impostors
                if item["is_confirmed"]
            }
            self._official = {kind: values - {""} for kind, values in official.items()}, impostors
        return self._official

    def channel_slugs(self):
        return {item["slug"] for item in self.content.channels if item["slug"]}

    def contact_values(self, article, code, texts):
        """Phone numbers, e-mail addresses, web hosts and handles in article text must be ours.

        The one exception is a confirmed known impostor quoted as a warning: on a
        blockquote line (starting with ">"), so that an article can show what a
        scam looks like without ever presenting the value as ours. Channels are
        best named by token ([[channel:slug]]): a token must name a channel.
        """
        official, impostors = self.official_values()
        region_codes = [None, *article.meta["regions"], *sorted(self.region_codes)]
        slugs = self.channel_slugs()
        for line, raw in self._text_lines(article, code, texts):
            for slug in channel_slugs(raw):
                if slug not in slugs:
                    self.problem(article.where[code], _unknown("channel token", slug), line=line)
            for found in contact_values(raw):
                forms = _forms(found, region_codes)
                if forms is None or _is_official(found.kind, forms, official):
                    continue
                if found.on_warning_line and _is_impostor(found.kind, forms, impostors):
                    continue
                self.problem(
                    article.where[code],
                    f"{_KIND_NAMES[found.kind]} {found.value!r} is not one of "
                    f"{'our channels' if found.kind == ValueKind.PHONE else 'ours'} (name a "
                    "channel with a token such as [[channel:slug]]; quote a confirmed known "
                    "impostor only on a '>' warning line)",
                    line=line,
                )

    def synonyms(self):
        for code, groups in self.content.synonyms.items():
            seen = set()
            for terms in groups:
                if terms in seen:
                    self.folder.problem(
                        SYNONYMS_FILE, f"duplicate {code} synonym group {terms!r}", None
                    )
                seen.add(terms)


def _impostor_value(item):
    if item["kind"] == "phone":
        return normalise_phone(item["value"], item["region"])
    if item["kind"] == "email":
        return normalise_email(item["value"])
    if item["kind"] == "web":
        return normalise_host(item["value"])
    return normalise_handle(item["value"])


_KIND_NAMES = {
    ValueKind.PHONE: "phone number",
    ValueKind.EMAIL: "e-mail address",
    ValueKind.WEB: "web address",
    ValueKind.HANDLE: "social handle",
}


def _forms(found, region_codes):
    """Normal forms the value may have; None when it is not a value of its kind at all."""
    if found.kind == ValueKind.PHONE:
        forms = {normalise_phone(found.value, rc) for rc in region_codes} - {""}
        return forms or None
    if found.kind == ValueKind.EMAIL:
        return {normalise_email(found.value)} - {""} or {found.value}
    if found.kind == ValueKind.WEB:
        return {normalise_host(found.value)} - {""} or {found.value}
    return {normalise_handle(found.value)} - {""} or {found.value}


def _is_official(kind, forms, official):
    if kind == ValueKind.PHONE:
        return bool(forms & official["phone"])
    if kind == ValueKind.HANDLE:
        return bool(forms & official["handle"])
    (value,) = forms
    host = value.rpartition("@")[2]
    if kind == ValueKind.EMAIL and value in official["email"]:
        return True
    if not is_plain_host(host):
        return False
    if kind == ValueKind.WEB and host in official["host"]:
        return True
    return any(host_within(host, domain) for domain in official["domain"])


def _is_impostor(kind, forms, impostors):
    if kind == ValueKind.EMAIL:
        (address,) = forms
        host = address.rpartition("@")[2]
        return ("email", address) in impostors or any(
            ("web", h) in impostors for h in host_suffixes(host)
        )
    if kind == ValueKind.WEB:
        (host,) = forms
        return any(("web", h) in impostors for h in host_suffixes(host))
    name = "social" if kind == ValueKind.HANDLE else "phone"
    return any((name, form) in impostors for form in forms)


def _unknown(label, value):
    return f"unknown {label} {value!r}"


def _show(value):
    if isinstance(value, tuple):
        return " ".join(str(part) for part in value if part)
    return repr(value)
