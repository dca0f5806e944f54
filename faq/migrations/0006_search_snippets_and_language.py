import re

from django.db import migrations, models
from django.utils.html import strip_tags

# SQLite: the document index re-created with the language column (or, going
# back, without it), filled from faq_searchdocument, with its triggers, which
# adding or removing a field (a rebuild of the table on SQLite) has dropped.
# Frozen as written: later changes to faq.search.schema (the runtime's copy of
# the current structures) must not change this step of history.
# Nothing on PostgreSQL beyond the new field.
_DROP_DOCUMENT_INDEX = [
    "DROP TRIGGER IF EXISTS faq_searchdocument_fts_insert;",
    "DROP TRIGGER IF EXISTS faq_searchdocument_fts_delete;",
    "DROP TRIGGER IF EXISTS faq_searchdocument_fts_update;",
    "DROP TABLE IF EXISTS faq_searchdocument_fts;",
]
_FILL_DOCUMENT_INDEX = [
    "INSERT INTO faq_searchdocument_fts(faq_searchdocument_fts) VALUES ('rebuild');",
    "INSERT INTO faq_searchdocument_fts(faq_searchdocument_fts) VALUES ('optimize');",
]

LANGUAGE_COLUMN_FORWARDS = {
    "sqlite": [
        *_DROP_DOCUMENT_INDEX,
        """CREATE VIRTUAL TABLE IF NOT EXISTS faq_searchdocument_fts USING fts5(
    title_tokens, summary_tokens, body_tokens, language, content='faq_searchdocument', content_rowid='id',
    tokenize='unicode61 remove_diacritics 0', prefix='3 4 5 6');""",
        """CREATE TRIGGER IF NOT EXISTS faq_searchdocument_fts_insert AFTER INSERT ON faq_searchdocument BEGIN
    INSERT INTO faq_searchdocument_fts(rowid, title_tokens, summary_tokens, body_tokens, language) VALUES (new.id, new.title_tokens, new.summary_tokens, new.body_tokens, new.language);
END;""",
        """CREATE TRIGGER IF NOT EXISTS faq_searchdocument_fts_delete AFTER DELETE ON faq_searchdocument BEGIN
    INSERT INTO faq_searchdocument_fts(faq_searchdocument_fts, rowid, title_tokens, summary_tokens, body_tokens, language) VALUES ('delete', old.id, old.title_tokens, old.summary_tokens, old.body_tokens, old.language);
END;""",
        """CREATE TRIGGER IF NOT EXISTS faq_searchdocument_fts_update AFTER UPDATE OF title_tokens, summary_tokens, body_tokens, language ON faq_searchdocument BEGIN
    INSERT INTO faq_searchdocument_fts(faq_searchdocument_fts, rowid, title_tokens, summary_tokens, body_tokens, language) VALUES ('delete', old.id, old.title_tokens, old.summary_tokens, old.body_tokens, old.language);
    INSERT INTO faq_searchdocument_fts(rowid, title_tokens, summary_tokens, body_tokens, language) VALUES (new.id, new.title_tokens, new.summary_tokens, new.body_tokens, new.language);
END;""",
        *_FILL_DOCUMENT_INDEX,
    ],
}

# The document index as migration 0003 made it (a deliberate copy of its
# statements: each migration stands alone).
LANGUAGE_COLUMN_BACKWARDS = {
    "sqlite": [
        *_DROP_DOCUMENT_INDEX,
        """CREATE VIRTUAL TABLE IF NOT EXISTS faq_searchdocument_fts USING fts5(
    title_tokens, summary_tokens, body_tokens, content='faq_searchdocument', content_rowid='id',
    tokenize='unicode61 remove_diacritics 0', prefix='3 4 5 6');""",
        """CREATE TRIGGER IF NOT EXISTS faq_searchdocument_fts_insert AFTER INSERT ON faq_searchdocument BEGIN
    INSERT INTO faq_searchdocument_fts(rowid, title_tokens, summary_tokens, body_tokens) VALUES (new.id, new.title_tokens, new.summary_tokens, new.body_tokens);
END;""",
        """CREATE TRIGGER IF NOT EXISTS faq_searchdocument_fts_delete AFTER DELETE ON faq_searchdocument BEGIN
    INSERT INTO faq_searchdocument_fts(faq_searchdocument_fts, rowid, title_tokens, summary_tokens, body_tokens) VALUES ('delete', old.id, old.title_tokens, old.summary_tokens, old.body_tokens);
END;""",
        """CREATE TRIGGER IF NOT EXISTS faq_searchdocument_fts_update AFTER UPDATE OF title_tokens, summary_tokens, body_tokens ON faq_searchdocument BEGIN
    INSERT INTO faq_searchdocument_fts(faq_searchdocument_fts, rowid, title_tokens, summary_tokens, body_tokens) VALUES ('delete', old.id, old.title_tokens, old.summary_tokens, old.body_tokens);
    INSERT INTO faq_searchdocument_fts(rowid, title_tokens, summary_tokens, body_tokens) VALUES (new.id, new.title_tokens, new.summary_tokens, new.body_tokens);
END;""",
        *_FILL_DOCUMENT_INDEX,
    ],
}


# Deliberately repeated in each search migration rather than shared: a
# migration imports no project module, so that it stays as written.
def _run(schema_editor, statements):
    """Runs this database vendor's statements (none for other vendors)."""
    for statement in statements.get(schema_editor.connection.vendor, ()):
        schema_editor.execute(statement, params=None)


def language_column_forwards(apps, schema_editor):
    _run(schema_editor, LANGUAGE_COLUMN_FORWARDS)


def language_column_backwards(apps, schema_editor):
    _run(schema_editor, LANGUAGE_COLUMN_BACKWARDS)


# Markdown syntax and link targets out of a body, as the site did it when this
# was written: (pattern, replacement), in this order.
_MARKDOWN = [
    (re.compile(r"^```.*$", re.MULTILINE), " "),  # code fences
    (re.compile(r"^\s*\|?\s*:?-{3,}[\s:|-]*$", re.MULTILINE), " "),  # table rules
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images: their text
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links: their text
    (re.compile(r"^\s{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])\s+", re.MULTILINE), ""),  # line marks
    (re.compile(r"(\*\*|__|\*|`|~~)"), ""),  # emphasis, code
    (re.compile(r"\|"), " "),  # table cells
]


def _plain_text(markdown):
    text = strip_tags(markdown or "")
    for pattern, replacement in _MARKDOWN:
        text = pattern.sub(replacement, text)
    return " ".join(text.split())


def _localized(article, field, language):
    """The article's `field` in `language`, else in English (the site's fallback)."""
    value = getattr(article, f"{field}_{language.replace('-', '_')}", "") or ""
    return value or getattr(article, f"{field}_en", "") or ""


def snippet_text(article, language):
    """The summary and the body as plain text, one string."""
    texts = (_localized(article, "summary", language), _plain_text(_localized(article, "body", language)))
    return " ".join(text for text in texts if text)


def fill_snippet_text(apps, schema_editor):
    """Give every existing document the plain text its result snippets are cut from.

    Derived data, extracted here with the rules of the day: the next save of
    an article, or `manage.py rebuild_search_index`, rewrites it with the
    site's current rules (faq.search.index).
    """
    SearchDocument = apps.get_model("faq", "SearchDocument")
    alias = schema_editor.connection.alias
    documents = SearchDocument.objects.using(alias).select_related("article").order_by("pk")
    last_pk = None
    while True:
        batch = list((documents if last_pk is None else documents.filter(pk__gt=last_pk))[:500])
        if not batch:
            break
        for document in batch:
            document.snippet_text = snippet_text(document.article, document.language)
        SearchDocument.objects.using(alias).bulk_update(batch, ["snippet_text"])
        last_pk = batch[-1].pk


class Migration(migrations.Migration):
    """Result snippets from the index's own plain text (searches no longer load
    and strip every shown article's Markdown body); on SQLite, the language in
    the document index, for ranking with every word at the cost of the rarest."""

    dependencies = [
        ("faq", "0005_search_candidate_indexes"),
    ]

    operations = [
        # Undone last: the document index as before, and its triggers, which
        # removing the field (a rebuild of the table on SQLite) has dropped.
        migrations.RunPython(migrations.RunPython.noop, language_column_backwards),
        migrations.AddField(
            model_name="searchdocument",
            name="snippet_text",
            field=models.TextField(blank=True),
        ),
        # SQLite: the document index gains the language column (and, as adding
        # the field rebuilt faq_searchdocument, its triggers come back).
        migrations.RunPython(language_column_forwards, migrations.RunPython.noop),
        migrations.RunPython(fill_snippet_text, migrations.RunPython.noop),
    ]
