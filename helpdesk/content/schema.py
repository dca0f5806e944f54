"""The keys each content file may hold, their types and defaults.

One description serves both directions: reading checks every item against it
(unknown keys, wrong types, missing required values), writing uses it to put
keys in a stable order and to leave out values equal to their default.
Translated values are tables keyed by language code: `title = { en = "..." }`.
"""

import datetime
from dataclasses import dataclass, field

from helpdesk.content.files import languages, line_of

REQUIRED = object()


@dataclass(frozen=True)
class Field:
    name: str
    # str, int, bool, date, time, datetime, list (of strings), translated, slug,
    # table (nested, with `fields`) or tables (a list of nested tables)
    kind: str
    default: object = ""
    always: bool = False  # written even when it equals the default
    fields: tuple = ()  # a nested table's own fields

    @property
    def required(self):
        return self.default is REQUIRED


@dataclass(frozen=True)
class Table:
    name: str  # the [[name]] of each item; None for a file that is one table
    fields: tuple = field(default_factory=tuple)

    def field_names(self):
        return [spec.name for spec in self.fields]


def text(name, *, required=False):
    """A translated text; `required` means the English text may not be empty."""
    return Field(name, "translated", REQUIRED if required else "")


CHANNEL_REF = (
    Field("region", "str", None),
    Field("kind", "str", REQUIRED),
    Field("value", "str", REQUIRED),
)

REGION = Table(
    "region",
    (
        Field("code", "str", REQUIRED),
        Field("order", "int", 100),
        Field("time_zone", "str", "UTC"),
        Field("default_language", "str", "en"),
        Field("is_active", "bool", True),
        text("name", required=True),
        text("best_time_hint"),
    ),
)
CHANNEL = Table(
    "channel",
    (
        *CHANNEL_REF,
        Field("slug", "str", ""),
        Field("order", "int", 100),
        Field("always_open", "bool", False),
        Field("time_zone", "str", ""),
        Field("hours", "list", ()),
        Field("platform", "str", ""),
        Field("profile_url", "str", ""),
        Field("is_active", "bool", True),
        text("label", required=True),
        text("description"),
        text("audience"),
        text("languages"),
        text("response_time"),
    ),
)
CLOSURE = Table(
    "closure",
    (
        Field("region", "str", None),
        Field("starts_on", "date", REQUIRED),
        Field("ends_on", "date", REQUIRED),
        Field("opens", "time", None),
        Field("closes", "time", None),
        Field("channel", "table", None, fields=CHANNEL_REF),
        text("reason", required=True),
    ),
)
ALERT = Table(
    "alert",
    (
        Field("level", "str", "scam", always=True),
        Field("starts_at", "datetime", REQUIRED),
        Field("ends_at", "datetime", None),
        Field("is_published", "bool", True),
        Field("regions", "list", ()),
        Field("articles", "list", ()),
        text("title", required=True),
        text("body"),
    ),
)
OFFICIAL_ACCOUNT = Table(
    "account",
    (
        Field("kind", "str", REQUIRED),
        Field("platform", "str", ""),
        Field("value", "str", REQUIRED),
        Field("is_active", "bool", True),
        text("note"),
    ),
)
KNOWN_IMPOSTOR = Table(
    "impostor",
    (
        Field("kind", "str", REQUIRED),
        Field("value", "str", REQUIRED),
        Field("region", "str", None),
        Field("source", "str", ""),
        Field("reported_at", "date", REQUIRED),
        Field("is_confirmed", "bool", False, always=True),
    ),
)
GUIDANCE = Table(
    "guidance",
    (
        Field("region", "str", None),
        Field("order", "int", 100),
        Field("is_active", "bool", True),
        text("title", required=True),
        text("body", required=True),
    ),
)
CATEGORY = Table(
    "category",
    (
        Field("slug", "slug", REQUIRED),
        Field("order", "int", 100),
        Field("icon", "str", ""),
        text("title", required=True),
        text("description"),
    ),
)
MACRO = Table(
    "macro",
    (
        Field("order", "int", 100),
        Field("set_status", "str", ""),
        Field("is_active", "bool", True),
        text("title", required=True),
        text("body", required=True),
    ),
)
PICTURE = Table(
    "picture",
    (
        Field("name", "str", REQUIRED),
        text("alt", required=True),
    ),
)
ARTICLE_META = Table(
    None,
    (
        Field("category", "str", REQUIRED),
        Field("status", "str", REQUIRED),
        Field("publish_at", "datetime", None),
        Field("regions", "list", (), always=True),
        Field("related", "list", (), always=True),
    ),
)
FRONT_MATTER = Table(
    None,
    (
        Field("title", "str", ""),
        Field("slug", "str", None),
        Field("summary", "str", ""),
        Field("keywords", "str", ""),
    ),
)

CONTACT_TABLES = {
    "regions": REGION,
    "channels": CHANNEL,
    "closures": CLOSURE,
    "alerts": ALERT,
    "official_accounts": OFFICIAL_ACCOUNT,
    "known_impostors": KNOWN_IMPOSTOR,
    "guidance": GUIDANCE,
}

_EXPECTED = {
    "str": "a string",
    "int": "a whole number",
    "bool": "true or false",
    "date": "a date such as 2026-12-24",
    "time": "a time such as 09:00:00",
    "datetime": "a date and time with an offset such as 2026-11-01T00:00:00Z",
    "list": "a list of strings",
    "translated": 'a table keyed by language, such as { en = "..." }',
    "slug": 'a string, or a table keyed by language such as { en = "..." }',
    "table": "a table",
    "tables": "a list of tables",
}


def _type_ok(kind, value):
    if kind == "str":
        return isinstance(value, str)
    if kind == "int":
        return type(value) is int
    if kind == "bool":
        return type(value) is bool
    if kind == "date":
        return type(value) is datetime.date
    if kind == "time":
        return type(value) is datetime.time and value.tzinfo is None
    if kind == "datetime":
        return type(value) is datetime.datetime and value.tzinfo is not None
    if kind == "list":
        return isinstance(value, list) and all(isinstance(item, str) for item in value)
    if kind == "table":
        return isinstance(value, dict)
    return False


class ItemReader:
    """Checks items of one file against a table description, recording problems."""

    def __init__(self, folder, relative, source_text, *, line_offset=0):
        self.folder = folder
        self.relative = relative
        self.text = source_text
        self.line_offset = line_offset

    def line(self, table, index, key):
        return line_of(self.text, key, table=table.name, index=index, line_offset=self.line_offset)

    def problem(self, table, index, key, message):
        self.folder.problem(self.relative, message, self.line(table, index, key))

    def items(self, document, table):
        """The [[table]] items of a parsed file (the file may hold nothing else)."""
        for key in document:
            if key != table.name:
                self.folder.problem(
                    self.relative,
                    f"unknown key {key!r}: this file holds [[{table.name}]] items only",
                    line_of(self.text, key),
                )
        items = document.get(table.name, [])
        if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
            self.folder.problem(self.relative, f"{table.name!r} must be [[{table.name}]] items")
            return []
        return [self.item(table, index, item) for index, item in enumerate(items)]

    def item(self, table, index, item, fields=None, label=None):
        """The item's values with defaults filled in; None when it has a problem."""
        fields = fields or table.fields
        label = label or (f"[[{table.name}]] number {index + 1}" if table.name else "")
        prefix = f"{label}: " if label else ""
        known = {spec.name: spec for spec in fields}
        ok = True
        for key in item:
            if key not in known:
                allowed = ", ".join(known)
                self.problem(table, index, key, f"{prefix}unknown key {key!r} (allowed: {allowed})")
                ok = False
        values = {}
        for spec in fields:
            value = item.get(spec.name)
            if spec.name not in item:
                if spec.required:
                    self.problem(table, index, None, f"{prefix}{spec.name!r} is missing")
                    ok = False
                    continue
                value = self._default(spec)
            elif spec.kind in {"translated", "slug"}:
                value = self._translated(table, index, spec, value, prefix)
                if value is None:
                    ok = False
                    continue
            elif spec.kind == "tables":
                value = self._tables(table, index, spec, value, prefix)
                if value is None:
                    ok = False
                    continue
            elif spec.kind == "table":
                if not _type_ok("table", value):
                    self._wrong_type(table, index, spec, prefix)
                    ok = False
                    continue
                if spec.fields:  # else free-form: the caller checks it
                    value = self.item(table, index, value, spec.fields, f"{prefix}{spec.name}")
                    if value is None:
                        ok = False
                        continue
            elif not _type_ok(spec.kind, value):
                self._wrong_type(table, index, spec, prefix)
                ok = False
                continue
            values[spec.name] = value
        return values if ok else None

    def _tables(self, table, index, spec, value, prefix):
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self._wrong_type(table, index, spec, prefix)
            return None
        items = [
            self.item(table, index, v, spec.fields, f"{prefix}{spec.name} number {n + 1}")
            for n, v in enumerate(value)
        ]
        return None if None in items else items

    def _default(self, spec):
        if spec.kind == "translated":
            return dict.fromkeys(languages(), "")
        if spec.kind in {"list", "tables"}:
            return []
        return None if spec.default is REQUIRED else spec.default

    def _wrong_type(self, table, index, spec, prefix):
        expected = _EXPECTED[spec.kind]
        self.problem(table, index, spec.name, f"{prefix}{spec.name!r} must be {expected}")

    def _translated(self, table, index, spec, value, prefix):
        if spec.kind == "slug" and isinstance(value, str):
            return dict.fromkeys(languages(), value)
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            self._wrong_type(table, index, spec, prefix)
            return None
        unknown = [code for code in value if code not in languages()]
        if unknown:
            self.problem(
                table,
                index,
                spec.name,
                f"{prefix}{spec.name!r}: language {unknown[0]!r} is not one of the site's "
                f"languages ({', '.join(languages())})",
            )
            return None
        if (spec.required or spec.kind == "slug") and not value.get("en"):
            self.problem(table, index, spec.name, f"{prefix}{spec.name!r} needs English (en)")
            return None
        return {code: value.get(code, "") for code in languages()}


def dump_item(fields, values):
    """The item as it is written: schema order, defaults and empty texts left out."""
    out = {}
    for spec in fields:
        value = values.get(spec.name)
        if spec.kind in {"translated", "slug"}:
            present = {code: value[code] for code in languages() if value.get(code)}
            if spec.kind == "slug" and len(set(value.values())) == 1:
                out[spec.name] = value["en"]
            elif present or spec.required:
                out[spec.name] = present or {"en": ""}
            continue
        if spec.kind == "table":
            if value is not None:
                out[spec.name] = dump_item(spec.fields, value)
            continue
        if spec.kind == "list":
            value = list(value or ())
            if value or spec.always:
                out[spec.name] = value
            continue
        if value is None:
            continue
        if spec.always or spec.required or value != spec.default:
            out[spec.name] = value
    return out
