from django.db import migrations

# Frozen as written (later changes to faq.search.schema must not change this
# step of history), for the languages the site had then.
# PostgreSQL: the body-less ranking vector, kept in the row while long values
# go to TOAST, and per-language partial GIN indexes replacing the single one.
# Nothing on SQLite.
FORWARDS = {
    "postgresql": [
        """ALTER TABLE faq_searchdocument ADD COLUMN IF NOT EXISTS rank_vector tsvector
    GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, title_tokens), 'A')
        || setweight(to_tsvector('simple'::regconfig, summary_tokens), 'B')
    ) STORED;""",
        "ALTER TABLE faq_searchdocument ALTER COLUMN rank_vector SET STORAGE MAIN;",
        "ALTER TABLE faq_searchdocument SET (toast_tuple_target = 128);",
        """CREATE INDEX IF NOT EXISTS faq_searchdocument_vector_en
    ON faq_searchdocument USING gin (search_vector) WHERE language = 'en';""",
        """CREATE INDEX IF NOT EXISTS faq_searchdocument_vector_zh_hans
    ON faq_searchdocument USING gin (search_vector) WHERE language = 'zh-hans';""",
        """CREATE INDEX IF NOT EXISTS faq_searchdocument_vector_zh_hant
    ON faq_searchdocument USING gin (search_vector) WHERE language = 'zh-hant';""",
        "DROP INDEX IF EXISTS faq_searchdocument_vector;",
    ],
}

BACKWARDS = {
    "postgresql": [
        """CREATE INDEX IF NOT EXISTS faq_searchdocument_vector
    ON faq_searchdocument USING gin (search_vector);""",
        "DROP INDEX IF EXISTS faq_searchdocument_vector_en;",
        "DROP INDEX IF EXISTS faq_searchdocument_vector_zh_hans;",
        "DROP INDEX IF EXISTS faq_searchdocument_vector_zh_hant;",
        "ALTER TABLE faq_searchdocument RESET (toast_tuple_target);",
        "ALTER TABLE faq_searchdocument DROP COLUMN IF EXISTS rank_vector;",
    ],
}


DOCUMENTS_TERM = "#documents"  # faq.search.index.DOCUMENTS_TERM when this was written


def count_documents(apps, schema_editor):
    SearchDocument = apps.get_model("faq", "SearchDocument")
    SearchTerm = apps.get_model("faq", "SearchTerm")
    languages = SearchDocument.objects.values_list("language", flat=True).distinct()
    for language in languages:
        SearchTerm.objects.update_or_create(
            term=DOCUMENTS_TERM,
            language=language,
            defaults={"df": SearchDocument.objects.filter(language=language).count()},
        )


def uncount_documents(apps, schema_editor):
    apps.get_model("faq", "SearchTerm").objects.filter(term=DOCUMENTS_TERM).delete()


# Deliberately repeated in each search migration rather than shared: a
# migration imports no project module, so that it stays as written.
def _run(schema_editor, statements):
    """Runs this database vendor's statements (none for other vendors)."""
    for statement in statements.get(schema_editor.connection.vendor, ()):
        schema_editor.execute(statement, params=None)


def ranking_forwards(apps, schema_editor):
    _run(schema_editor, FORWARDS)


def ranking_backwards(apps, schema_editor):
    _run(schema_editor, BACKWARDS)


class Migration(migrations.Migration):
    """Search at scale: a document counter in the vocabulary (all databases);
    on PostgreSQL per-language GIN indexes, a body-less ranking vector and
    narrow rows (rebuild_search_index re-stores existing rows that way)."""

    dependencies = [
        ("faq", "0003_search"),
    ]

    operations = [
        migrations.RunPython(count_documents, uncount_documents),
        migrations.RunPython(ranking_forwards, ranking_backwards),
    ]
