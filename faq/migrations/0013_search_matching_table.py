from django.db import migrations

# Frozen as written (later changes to faq.search.schema must not change this
# step of history), for the languages the site had then.
# PostgreSQL: a narrow table for matching and counting (the document id, its
# language and article, and the full vector, which goes to TOAST), kept in
# step with faq_searchdocument by statement triggers (TRUNCATE included, which
# Django's test flush uses; a TRUNCATE cannot run inside it, a DELETE can),
# filled from the documents there are, with a GIN index per language. Nothing
# on SQLite.
FORWARDS = {
    "postgresql": [
        """CREATE TABLE IF NOT EXISTS faq_searchmatch (
    id bigint PRIMARY KEY,
    language varchar(10) NOT NULL,
    article_id bigint NOT NULL,
    vector tsvector NOT NULL
) WITH (toast_tuple_target = 128, parallel_workers = 0);""",
        """CREATE OR REPLACE FUNCTION faq_searchmatch_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO faq_searchmatch (id, language, article_id, vector)
    SELECT id, language, article_id, search_vector FROM new_documents;
    RETURN NULL;
END $$;""",
        """CREATE OR REPLACE FUNCTION faq_searchmatch_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM faq_searchmatch m USING old_documents o WHERE m.id = o.id;
    INSERT INTO faq_searchmatch (id, language, article_id, vector)
    SELECT id, language, article_id, search_vector FROM new_documents;
    RETURN NULL;
END $$;""",
        """CREATE OR REPLACE FUNCTION faq_searchmatch_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM faq_searchmatch m USING old_documents o WHERE m.id = o.id;
    RETURN NULL;
END $$;""",
        """CREATE OR REPLACE FUNCTION faq_searchmatch_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM faq_searchmatch;
    RETURN NULL;
END $$;""",
        """CREATE OR REPLACE TRIGGER faq_searchmatch_insert AFTER INSERT ON faq_searchdocument
    REFERENCING NEW TABLE AS new_documents
    FOR EACH STATEMENT EXECUTE FUNCTION faq_searchmatch_insert();""",
        """CREATE OR REPLACE TRIGGER faq_searchmatch_update AFTER UPDATE ON faq_searchdocument
    REFERENCING OLD TABLE AS old_documents NEW TABLE AS new_documents
    FOR EACH STATEMENT EXECUTE FUNCTION faq_searchmatch_update();""",
        """CREATE OR REPLACE TRIGGER faq_searchmatch_delete AFTER DELETE ON faq_searchdocument
    REFERENCING OLD TABLE AS old_documents
    FOR EACH STATEMENT EXECUTE FUNCTION faq_searchmatch_delete();""",
        """CREATE OR REPLACE TRIGGER faq_searchmatch_truncate AFTER TRUNCATE ON faq_searchdocument
    FOR EACH STATEMENT EXECUTE FUNCTION faq_searchmatch_truncate();""",
        """INSERT INTO faq_searchmatch (id, language, article_id, vector)
    SELECT id, language, article_id, search_vector FROM faq_searchdocument
    ORDER BY language, id ON CONFLICT (id) DO NOTHING;""",
        """CREATE INDEX IF NOT EXISTS faq_searchmatch_vector_en
    ON faq_searchmatch USING gin (vector) WHERE language = 'en';""",
        """CREATE INDEX IF NOT EXISTS faq_searchmatch_vector_zh_hans
    ON faq_searchmatch USING gin (vector) WHERE language = 'zh-hans';""",
        """CREATE INDEX IF NOT EXISTS faq_searchmatch_vector_zh_hant
    ON faq_searchmatch USING gin (vector) WHERE language = 'zh-hant';""",
    ],
}

BACKWARDS = {
    "postgresql": [
        "DROP TRIGGER IF EXISTS faq_searchmatch_insert ON faq_searchdocument;",
        "DROP TRIGGER IF EXISTS faq_searchmatch_update ON faq_searchdocument;",
        "DROP TRIGGER IF EXISTS faq_searchmatch_delete ON faq_searchdocument;",
        "DROP TRIGGER IF EXISTS faq_searchmatch_truncate ON faq_searchdocument;",
        "DROP FUNCTION IF EXISTS faq_searchmatch_insert();",
        "DROP FUNCTION IF EXISTS faq_searchmatch_update();",
        "DROP FUNCTION IF EXISTS faq_searchmatch_delete();",
        "DROP FUNCTION IF EXISTS faq_searchmatch_truncate();",
        "DROP TABLE IF EXISTS faq_searchmatch;",
    ],
}


# Deliberately repeated in each search migration rather than shared: a
# migration imports no project module, so that it stays as written.
def _run(schema_editor, statements):
    """Runs this database vendor's statements (none for other vendors)."""
    for statement in statements.get(schema_editor.connection.vendor, ()):
        schema_editor.execute(statement, params=None)


def matching_forwards(apps, schema_editor):
    _run(schema_editor, FORWARDS)


def matching_backwards(apps, schema_editor):
    _run(schema_editor, BACKWARDS)


class Migration(migrations.Migration):
    """PostgreSQL: a narrow table of the documents' vectors for matching and
    counting (a common word's count reads its small rows, not the documents')."""

    dependencies = [
        ("faq", "0012_articleimage_name"),
    ]

    operations = [
        migrations.RunPython(matching_forwards, matching_backwards),
    ]
