from django.db import migrations

# Frozen as written (later changes to faq.search.schema must not change this
# step of history), for the languages the site had then.
# PostgreSQL: per-language GIN indexes on the ranking vector, a GIN index on
# the vocabulary's trigram tokens replacing pg_trgm's GiST index, and no
# parallel workers (starting them cost more than the scans they share).
# Nothing on SQLite.
FORWARDS = {
    "postgresql": [
        """CREATE INDEX IF NOT EXISTS faq_searchdocument_rank_en
    ON faq_searchdocument USING gin (rank_vector) WHERE language = 'en';""",
        """CREATE INDEX IF NOT EXISTS faq_searchdocument_rank_zh_hans
    ON faq_searchdocument USING gin (rank_vector) WHERE language = 'zh-hans';""",
        """CREATE INDEX IF NOT EXISTS faq_searchdocument_rank_zh_hant
    ON faq_searchdocument USING gin (rank_vector) WHERE language = 'zh-hant';""",
        "ALTER TABLE faq_searchdocument SET (parallel_workers = 0);",
        """CREATE INDEX IF NOT EXISTS faq_searchterm_trigrams
    ON faq_searchterm USING gin (to_tsvector('simple'::regconfig, trigrams)) WHERE trigrams <> '';""",
        "DROP INDEX IF EXISTS faq_searchterm_trgm;",
    ],
}

BACKWARDS = {
    "postgresql": [
        "DROP INDEX IF EXISTS faq_searchdocument_rank_en;",
        "DROP INDEX IF EXISTS faq_searchdocument_rank_zh_hans;",
        "DROP INDEX IF EXISTS faq_searchdocument_rank_zh_hant;",
        "ALTER TABLE faq_searchdocument RESET (parallel_workers);",
        """CREATE INDEX IF NOT EXISTS faq_searchterm_trgm
    ON faq_searchterm USING gist (term gist_trgm_ops) WHERE trigrams <> '';""",
        "DROP INDEX IF EXISTS faq_searchterm_trigrams;",
    ],
}


# Deliberately repeated in each search migration rather than shared: a
# migration imports no project module, so that it stays as written.
def _run(schema_editor, statements):
    """Runs this database vendor's statements (none for other vendors)."""
    for statement in statements.get(schema_editor.connection.vendor, ()):
        schema_editor.execute(statement, params=None)


def candidates_forwards(apps, schema_editor):
    _run(schema_editor, FORWARDS)


def candidates_backwards(apps, schema_editor):
    _run(schema_editor, BACKWARDS)


class Migration(migrations.Migration):
    """PostgreSQL: GIN indexes that find candidates without ranking every match
    (a common word's best documents; typo corrections), no parallel workers."""

    dependencies = [
        ("faq", "0004_search_ranking"),
    ]

    operations = [
        migrations.RunPython(candidates_forwards, candidates_backwards),
    ]
