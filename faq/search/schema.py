"""The engines' own index structures beside the portable search tables.

SQLite: FTS5 tables reading their text from faq_searchdocument (the tokens,
and the language code, which no query searches but a ranking query uses as
"any document of this language") and faq_searchterm (typo trigrams), kept in
step by triggers, so every write to those tables updates the index in the
same transaction.
PostgreSQL: a generated tsvector column (title A, summary and keywords B,
body D) with a GIN index per language (partial indexes, so the planner sees
how few rows a term selects within one language), a small second tsvector
without the body for a cheap first ranking pass (kept in the row, while the
long columns go to TOAST so that a search visits few pages; also GIN-indexed
per language, to find a common word's best candidates), and a GIN index over
the Latin vocabulary's trigram tokens (typo candidates, as on SQLite).

Used by migrations and by `rebuild_search_index`, which re-creates anything
missing: a later migration that makes SQLite rebuild faq_searchdocument
drops its triggers, and the command (or the tests) would bring them back.
"""

DOCUMENT_FTS = "faq_searchdocument_fts"
TERM_FTS = "faq_searchterm_fts"

_SQLITE_FTS = """
CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5(
    {columns}, content='{table}', content_rowid='id',
    tokenize='unicode61 remove_diacritics 0'{extra});
CREATE TRIGGER IF NOT EXISTS {fts}_insert AFTER INSERT ON {table} BEGIN
    INSERT INTO {fts}(rowid, {columns}) VALUES (new.id, {new});
END;
CREATE TRIGGER IF NOT EXISTS {fts}_delete AFTER DELETE ON {table} BEGIN
    INSERT INTO {fts}({fts}, rowid, {columns}) VALUES ('delete', old.id, {old});
END;
CREATE TRIGGER IF NOT EXISTS {fts}_update AFTER UPDATE OF {columns} ON {table} BEGIN
    INSERT INTO {fts}({fts}, rowid, {columns}) VALUES ('delete', old.id, {old});
    INSERT INTO {fts}(rowid, {columns}) VALUES (new.id, {new});
END;
"""


def _sqlite_fts(fts, table, columns, extra=""):
    return _SQLITE_FTS.format(
        fts=fts,
        table=table,
        columns=", ".join(columns),
        new=", ".join(f"new.{c}" for c in columns),
        old=", ".join(f"old.{c}" for c in columns),
        extra=extra,
    )


# The document index's columns: the three token columns, which queries
# search, and the language code, which they never search: its token ("en",
# "hans", "hant") is in every document of the language, so a ranking query can
# say "any of these words, or simply being in this language" (faq.search.engine).
DOCUMENT_TEXT_COLUMNS = ["title_tokens", "summary_tokens", "body_tokens"]
DOCUMENT_FTS_COLUMNS = [*DOCUMENT_TEXT_COLUMNS, "language"]


def _document_fts(columns):
    # Prefix indexes make "withdraw*" a lookup rather than a scan of the terms.
    return _sqlite_fts(DOCUMENT_FTS, "faq_searchdocument", columns, extra=", prefix='3 4 5 6'")


SQLITE_INSTALL = _document_fts(DOCUMENT_FTS_COLUMNS) + _sqlite_fts(
    TERM_FTS, "faq_searchterm", ["trigrams"]
)

SQLITE_UNINSTALL = f"""
DROP TABLE IF EXISTS {DOCUMENT_FTS};
DROP TABLE IF EXISTS {TERM_FTS};
"""

POSTGRES_INSTALL = """
ALTER TABLE faq_searchdocument ADD COLUMN IF NOT EXISTS search_vector tsvector
    GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, title_tokens), 'A')
        || setweight(to_tsvector('simple'::regconfig, summary_tokens), 'B')
        || setweight(to_tsvector('simple'::regconfig, body_tokens), 'D')
    ) STORED;
CREATE INDEX IF NOT EXISTS faq_searchdocument_vector
    ON faq_searchdocument USING gin (search_vector);
CREATE INDEX IF NOT EXISTS faq_searchterm_trgm
    ON faq_searchterm USING gist (term gist_trgm_ops) WHERE trigrams <> '';
"""

# Added by migration 0004 (faq.search.engine's two-pass ranking).
LANGUAGES = ("en", "zh-hans", "zh-hant")
# What SQLite's FTS5 tokenizer makes of the codes in the document index's
# language column: "en"; "zh" and "hans"; "zh" and "hant".
LANGUAGE_COLUMN_TOKENS = frozenset(part for code in LANGUAGES for part in code.split("-"))


def language_token(language):
    """The token in the language column that only `language`'s documents have."""
    return language.rsplit("-", 1)[-1]  # "en", "hans", "hant"


POSTGRES_INSTALL_RANKING = (
    """
ALTER TABLE faq_searchdocument ADD COLUMN IF NOT EXISTS rank_vector tsvector
    GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, title_tokens), 'A')
        || setweight(to_tsvector('simple'::regconfig, summary_tokens), 'B')
    ) STORED;
ALTER TABLE faq_searchdocument ALTER COLUMN rank_vector SET STORAGE MAIN;
ALTER TABLE faq_searchdocument SET (toast_tuple_target = 128);
"""
    + "".join(
        f"""
CREATE INDEX IF NOT EXISTS faq_searchdocument_vector_{code.replace("-", "_")}
    ON faq_searchdocument USING gin (search_vector) WHERE language = '{code}';
"""
        for code in LANGUAGES
    )
    + """
DROP INDEX IF EXISTS faq_searchdocument_vector;
"""
)

POSTGRES_UNINSTALL_RANKING = (
    """
CREATE INDEX IF NOT EXISTS faq_searchdocument_vector
    ON faq_searchdocument USING gin (search_vector);
"""
    + "".join(
        f"""
DROP INDEX IF EXISTS faq_searchdocument_vector_{code.replace("-", "_")};
"""
        for code in LANGUAGES
    )
    + """
ALTER TABLE faq_searchdocument RESET (toast_tuple_target);
ALTER TABLE faq_searchdocument DROP COLUMN IF EXISTS rank_vector;
"""
)

# Added by migration 0005, to find candidates without ranking every match: a
# GIN index per language on the title + summary vector (a common word's best
# documents, faq.search.engine.RANK_ALL) and one on the vocabulary's trigram
# tokens, replacing pg_trgm's GiST index, whose nearest-neighbour search read
# most of the vocabulary (20-30 ms for one typo among 40,000 terms).
# No parallel workers: starting them cost more (5-20 ms) than the scans they share.
POSTGRES_INSTALL_CANDIDATES = (
    "".join(
        f"""
CREATE INDEX IF NOT EXISTS faq_searchdocument_rank_{code.replace("-", "_")}
    ON faq_searchdocument USING gin (rank_vector) WHERE language = '{code}';
"""
        for code in LANGUAGES
    )
    + """
ALTER TABLE faq_searchdocument SET (parallel_workers = 0);
CREATE INDEX IF NOT EXISTS faq_searchterm_trigrams
    ON faq_searchterm USING gin (to_tsvector('simple'::regconfig, trigrams)) WHERE trigrams <> '';
DROP INDEX IF EXISTS faq_searchterm_trgm;
"""
)
POSTGRES_UNINSTALL_CANDIDATES = (
    "".join(
        f"""
DROP INDEX IF EXISTS faq_searchdocument_rank_{code.replace("-", "_")};
"""
        for code in LANGUAGES
    )
    + """
ALTER TABLE faq_searchdocument RESET (parallel_workers);
CREATE INDEX IF NOT EXISTS faq_searchterm_trgm
    ON faq_searchterm USING gist (term gist_trgm_ops) WHERE trigrams <> '';
DROP INDEX IF EXISTS faq_searchterm_trigrams;
"""
)

POSTGRES_UNINSTALL = """
DROP INDEX IF EXISTS faq_searchterm_trgm;
DROP INDEX IF EXISTS faq_searchdocument_vector;
ALTER TABLE faq_searchdocument DROP COLUMN IF EXISTS search_vector;
"""


def _statements(script):
    """Split on ";" at line ends, keeping trigger bodies (BEGIN ... END;) whole."""
    statements, current = [], []
    for line in script.strip().splitlines():
        current.append(line)
        stripped = line.strip()
        if stripped.endswith(";") and (
            not any(part.strip().startswith("CREATE TRIGGER") for part in current)
            or stripped == "END;"
        ):
            statements.append("\n".join(current))
            current = []
    return statements


def install_statements(vendor):
    script = {"sqlite": SQLITE_INSTALL, "postgresql": POSTGRES_INSTALL}.get(vendor, "")
    return _statements(script)


def uninstall_statements(vendor):
    script = {"sqlite": SQLITE_UNINSTALL, "postgresql": POSTGRES_UNINSTALL}.get(vendor, "")
    return _statements(script)


def _run(schema_editor, script, vendor="postgresql"):
    if schema_editor.connection.vendor == vendor:
        for statement in _statements(script):
            schema_editor.execute(statement, params=None)


def ranking_forwards(apps, schema_editor):
    _run(schema_editor, POSTGRES_INSTALL_RANKING)


def ranking_backwards(apps, schema_editor):
    _run(schema_editor, POSTGRES_UNINSTALL_RANKING)


def candidates_forwards(apps, schema_editor):
    _run(schema_editor, POSTGRES_INSTALL_CANDIDATES)


def candidates_backwards(apps, schema_editor):
    _run(schema_editor, POSTGRES_UNINSTALL_CANDIDATES)


def migrate_forwards(apps, schema_editor):
    for statement in install_statements(schema_editor.connection.vendor):
        schema_editor.execute(statement, params=None)


def _recreate_document_fts(schema_editor, columns):
    """SQLite: the document index anew with `columns`, filled from faq_searchdocument."""
    script = "".join(
        f"DROP TRIGGER IF EXISTS {DOCUMENT_FTS}_{event};\n"
        for event in ("insert", "delete", "update")
    )
    script += f"DROP TABLE IF EXISTS {DOCUMENT_FTS};\n" + _document_fts(columns)
    for command in ("rebuild", "optimize"):
        script += f"INSERT INTO {DOCUMENT_FTS}({DOCUMENT_FTS}) VALUES ('{command}');\n"
    _run(schema_editor, script, vendor="sqlite")


def language_column_forwards(apps, schema_editor):
    # Also brings back the triggers when adding a column rebuilt faq_searchdocument.
    _recreate_document_fts(schema_editor, DOCUMENT_FTS_COLUMNS)


def language_column_backwards(apps, schema_editor):
    _recreate_document_fts(schema_editor, DOCUMENT_TEXT_COLUMNS)


def migrate_backwards(apps, schema_editor):
    for statement in uninstall_statements(schema_editor.connection.vendor):
        schema_editor.execute(statement, params=None)


# After a bulk load: SQLite merges its FTS segments; PostgreSQL moves the rows
# waiting in each GIN index's pending list (fastupdate) into the index proper,
# which every search would otherwise scan one by one until autovacuum does it
# (a rebuild leaves thousands there: 15-25 ms more per search).
SQLITE_OPTIMIZE = """
INSERT INTO faq_searchdocument_fts(faq_searchdocument_fts) VALUES ('optimize');
INSERT INTO faq_searchterm_fts(faq_searchterm_fts) VALUES ('optimize');
"""
POSTGRES_OPTIMIZE = """
SELECT gin_clean_pending_list(i.indexrelid::regclass) FROM pg_index i
    JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
    WHERE a.amname = 'gin'
    AND i.indrelid IN ('faq_searchdocument'::regclass, 'faq_searchterm'::regclass);
"""


def optimize(cursor, vendor):
    script = {"sqlite": SQLITE_OPTIMIZE, "postgresql": POSTGRES_OPTIMIZE}.get(vendor, "")
    for statement in _statements(script):
        cursor.execute(statement)


SEARCH_TABLES = ("faq_searchdocument", "faq_searchterm")


def vacuum(connection):
    """PostgreSQL, after a rebuild has committed: VACUUM (ANALYZE) the search tables.

    A rebuild (or a migration) rewrites every row; until autovacuum comes by,
    searches also step over the dead row versions and the planner works from
    stale statistics. VACUUM cannot run in a transaction: inside one (a test,
    or a caller's atomic block) this does nothing.
    """
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        return False
    with connection.cursor() as cursor:
        for table in SEARCH_TABLES:
            cursor.execute(f"VACUUM (ANALYZE) {table}")
    return True


def ensure(cursor, vendor):
    """Re-create missing structures (e.g. SQLite triggers lost to a table rebuild)."""
    if vendor == "postgresql":
        cursor.execute(
            "SELECT 1 FROM information_schema.columns "
            "WHERE table_name = 'faq_searchdocument' AND column_name = 'search_vector'"
        )
        if cursor.fetchone():
            return  # ALTER TABLE is not allowed after writes in the same transaction
    for statement in install_statements(vendor):
        cursor.execute(statement)
    if vendor == "postgresql":
        for statement in _statements(POSTGRES_INSTALL_RANKING + POSTGRES_INSTALL_CANDIDATES):
            cursor.execute(statement)
