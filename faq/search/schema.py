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
per language, to find a common word's best candidates), a narrow matching
table (faq_searchmatch: the id, language, article and full vector, for
counting) kept in step by statement triggers, with a GIN index per language,
and a GIN index over the Latin vocabulary's trigram tokens (typo candidates,
as on SQLite).

This is the runtime's description of those structures as they are now, for
`rebuild_search_index` (which re-creates anything missing: a migration that
makes SQLite rebuild faq_searchdocument drops its triggers) and the engines.
The migrations (faq/migrations/0003-0006, 0013) carry their own frozen copies of
the SQL they ran; keep the two in step when the structures change (a new
migration, and this module). The per-language parts follow settings.LANGUAGES.
"""

from django.conf import settings

DOCUMENT_FTS = "faq_searchdocument_fts"
TERM_FTS = "faq_searchterm_fts"

# The document index's columns: the three token columns, which queries
# search, and the language code, which they never search: its token ("en",
# "hans", "hant") is in every document of the language, so a ranking query can
# say "any of these words, or simply being in this language" (faq.search.engine).
DOCUMENT_TEXT_COLUMNS = ["title_tokens", "summary_tokens", "body_tokens"]
DOCUMENT_FTS_COLUMNS = [*DOCUMENT_TEXT_COLUMNS, "language"]


def languages():
    """The site's language codes, read from settings on every call."""
    return [code for code, _name in settings.LANGUAGES]


def language_column_tokens():
    """What SQLite's FTS5 tokenizer makes of the codes in the document index's
    language column: for "en", "zh-hans", "zh-hant": "en"; "zh" and "hans"; "zh" and "hant"."""
    return frozenset(part for code in languages() for part in code.lower().split("-"))


def language_token(language):
    """The token in the language column that only `language`'s documents have."""
    return language.rsplit("-", 1)[-1]  # "en", "hans", "hant"


def _sqlite_fts(fts, table, columns, extra=""):
    """An external-content FTS5 table over `table` and the triggers that keep it in step."""
    names = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    insert = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new});"
    delete = f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old});"
    return [
        f"""CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5(
    {names}, content='{table}', content_rowid='id',
    tokenize='unicode61 remove_diacritics 0'{extra});""",
        f"""CREATE TRIGGER IF NOT EXISTS {fts}_insert AFTER INSERT ON {table} BEGIN
    {insert}
END;""",
        f"""CREATE TRIGGER IF NOT EXISTS {fts}_delete AFTER DELETE ON {table} BEGIN
    {delete}
END;""",
        f"""CREATE TRIGGER IF NOT EXISTS {fts}_update AFTER UPDATE OF {names} ON {table} BEGIN
    {delete}
    {insert}
END;""",
    ]


def _sqlite_install():
    return [
        # Prefix indexes make "withdraw*" a lookup rather than a scan of the terms.
        *_sqlite_fts(
            DOCUMENT_FTS, "faq_searchdocument", DOCUMENT_FTS_COLUMNS, ", prefix='3 4 5 6'"
        ),
        *_sqlite_fts(TERM_FTS, "faq_searchterm", ["trigrams"]),
    ]


def _postgres_vector(column, weights):
    parts = "\n        || ".join(
        f"setweight(to_tsvector('simple'::regconfig, {field}), '{weight}')"
        for field, weight in weights
    )
    return f"""ALTER TABLE faq_searchdocument ADD COLUMN IF NOT EXISTS {column} tsvector
    GENERATED ALWAYS AS (
        {parts}
    ) STORED;"""


def _postgres_install():
    statements = [
        _postgres_vector(
            "search_vector", [("title_tokens", "A"), ("summary_tokens", "B"), ("body_tokens", "D")]
        ),
        _postgres_vector("rank_vector", [("title_tokens", "A"), ("summary_tokens", "B")]),
        "ALTER TABLE faq_searchdocument ALTER COLUMN rank_vector SET STORAGE MAIN;",
        "ALTER TABLE faq_searchdocument SET (toast_tuple_target = 128);",
        # No parallel workers: starting them cost more (5-20 ms) than the scans they share.
        "ALTER TABLE faq_searchdocument SET (parallel_workers = 0);",
    ]
    # Per language: the full vector (matching) and the title + summary vector
    # (a common word's best documents, faq.search.engine.RANK_ALL).
    for prefix, column in (("vector", "search_vector"), ("rank", "rank_vector")):
        statements += [
            f"""CREATE INDEX IF NOT EXISTS faq_searchdocument_{prefix}_{code.replace("-", "_")}
    ON faq_searchdocument USING gin ({column}) WHERE language = '{code}';"""
            for code in languages()
        ]
    statements += _postgres_matching()
    # Typo candidates: a GIN index on the vocabulary's trigram tokens (pg_trgm's
    # GiST nearest-neighbour search read most of the vocabulary, 20-30 ms).
    statements.append(
        """CREATE INDEX IF NOT EXISTS faq_searchterm_trigrams ON faq_searchterm
    USING gin (to_tsvector('simple'::regconfig, trigrams)) WHERE trigrams <> '';"""
    )
    return statements


MATCH_TABLE = "faq_searchmatch"
# What each statement trigger does with the rows it saw (transition tables).
_MATCH_COPY = f"""INSERT INTO {MATCH_TABLE} (id, language, article_id, vector)
    SELECT id, language, article_id, search_vector FROM new_documents;"""
_MATCH_DROP = f"DELETE FROM {MATCH_TABLE} m USING old_documents o WHERE m.id = o.id;"
_MATCH_TRIGGERS = {
    "insert": ("INSERT", "NEW TABLE AS new_documents", [_MATCH_COPY]),
    "update": (
        "UPDATE",
        "OLD TABLE AS old_documents NEW TABLE AS new_documents",
        [_MATCH_DROP, _MATCH_COPY],
    ),
    "delete": ("DELETE", "OLD TABLE AS old_documents", [_MATCH_DROP]),
    # A TRUNCATE cannot run inside a TRUNCATE's trigger (the table is in use).
    "truncate": ("TRUNCATE", "", [f"DELETE FROM {MATCH_TABLE};"]),
}


def _postgres_matching():
    """The narrow matching table: the document's id, language, article and full vector.

    Matching and counting read its rows of a few dozen bytes (the vector goes
    to TOAST, which a GIN match without recheck never reads) instead of the
    documents' rows of ~1 KB. Statement triggers keep it in step with
    faq_searchdocument in the same transaction, whoever writes (the index
    services, a cascade from a deleted article, a TRUNCATE by Django's flush).
    """
    statements = [
        f"""CREATE TABLE IF NOT EXISTS {MATCH_TABLE} (
    id bigint PRIMARY KEY,
    language varchar(10) NOT NULL,
    article_id bigint NOT NULL,
    vector tsvector NOT NULL
) WITH (toast_tuple_target = 128, parallel_workers = 0);"""
    ]
    for name, (event, referencing, body) in _MATCH_TRIGGERS.items():
        function = f"{MATCH_TABLE}_{name}"
        statements += [
            f"""CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    {"\n    ".join(body)}
    RETURN NULL;
END $$;""",
            f"""CREATE OR REPLACE TRIGGER {function} AFTER {event} ON faq_searchdocument
    {"REFERENCING " + referencing if referencing else ""}
    FOR EACH STATEMENT EXECUTE FUNCTION {function}();""",
        ]
    statements += [
        f"""CREATE INDEX IF NOT EXISTS {MATCH_TABLE}_vector_{code.replace("-", "_")}
    ON {MATCH_TABLE} USING gin (vector) WHERE language = '{code}';"""
        for code in languages()
    ]
    return statements


def install_statements(vendor):
    """The statements that create whatever is missing of the structures (none elsewhere)."""
    return {"sqlite": _sqlite_install, "postgresql": _postgres_install}.get(vendor, list)()


def ensure(cursor, vendor):
    """Re-create missing structures (e.g. SQLite triggers lost to a table rebuild)."""
    if vendor == "postgresql":
        cursor.execute(
            "SELECT 1 FROM information_schema.columns "
            "WHERE table_name = 'faq_searchdocument' AND column_name = 'search_vector'"
            f" AND to_regclass('{MATCH_TABLE}') IS NOT NULL"
        )
        if cursor.fetchone():
            return  # ALTER TABLE is not allowed after writes in the same transaction
    for statement in install_statements(vendor):
        cursor.execute(statement)


# After a bulk load: SQLite merges its FTS segments; PostgreSQL moves the rows
# waiting in each GIN index's pending list (fastupdate) into the index proper,
# which every search would otherwise scan one by one until autovacuum does it
# (a rebuild leaves thousands there: 15-25 ms more per search).
OPTIMIZE = {
    "sqlite": [
        f"INSERT INTO {DOCUMENT_FTS}({DOCUMENT_FTS}) VALUES ('optimize');",
        f"INSERT INTO {TERM_FTS}({TERM_FTS}) VALUES ('optimize');",
    ],
    "postgresql": [
        """SELECT gin_clean_pending_list(i.indexrelid::regclass) FROM pg_index i
    JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
    WHERE a.amname = 'gin'
    AND i.indrelid IN (
        'faq_searchdocument'::regclass, 'faq_searchterm'::regclass, 'faq_searchmatch'::regclass
    );""",
    ],
}


def optimize(cursor, vendor):
    for statement in OPTIMIZE.get(vendor, ()):
        cursor.execute(statement)


SEARCH_TABLES = ("faq_searchdocument", "faq_searchterm", MATCH_TABLE)


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
