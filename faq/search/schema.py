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
counting) with a GIN index per language, a ranking table (faq_searchrank: the
id, the full vector's length and the vector without the commonest Chinese
characters, kept in the row, for the second ranking pass), both kept in step
by statement triggers, and a GIN index over the Latin vocabulary's trigram
tokens (typo candidates, as on SQLite).

This is the runtime's description of those structures as they are now, for
`rebuild_search_index` (which re-creates anything missing: a migration that
makes SQLite rebuild faq_searchdocument drops its triggers) and the engines.
The migrations (faq/migrations/0003-0006, 0013, 0015) carry their own frozen copies of
the SQL they ran; keep the two in step when the structures change (a new
migration, and this module). The per-language parts follow settings.LANGUAGES.
"""

from itertools import batched

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
    statements += _postgres_ranking()
    # Typo candidates: a GIN index on the vocabulary's trigram tokens (pg_trgm's
    # GiST nearest-neighbour search read most of the vocabulary, 20-30 ms).
    statements.append(
        """CREATE INDEX IF NOT EXISTS faq_searchterm_trigrams ON faq_searchterm
    USING gin (to_tsvector('simple'::regconfig, trigrams)) WHERE trigrams <> '';"""
    )
    return statements


MATCH_TABLE = "faq_searchmatch"
RANK_TABLE = "faq_searchrank"

# The single characters left out of the ranking table's vectors: those in more
# than a fifth of the Simplified or Traditional documents of the search bench's
# content (10,000 articles per language built from the demo articles'
# sentences), where a query never scores with them (faq.search.query drops a
# character in more than UNIGRAM_MAX_SHARE of the documents as a clause of its
# own; the bigrams that hold it still count). The list only decides how small
# the vectors get, never a result: a query that does score with one of these
# characters is ranked with the full vector (faq.search.engine). Changing it
# takes a migration that rewrites the ranking table (0015 holds this list).
COMMON_CHARACTERS = frozenset(
    "一上下不与且两並个中为举么之也了争于些交人仍从他付代以们件任份会传但位住体何余作使來例供依保"
    "信修個們借值假做停備傳儲元充先免入內全兩关其具内冊册再冒写决况冻准凍几出击分列別别到制則前办"
    "加务动助動務包匯区區協单卡即卻原参參及双反发取受另只可台号各同名后向否启告周和哪商問啟單嗎器"
    "回因国图國圖在地址報填境处备复外多大天失好如姓子存安完官定实审客家密實審寫对将將專對小就工已"
    "币帮帳常幣年并幾应度建开式当录往後得從心必快怎息您情意應成我或截戶户所手才打扣把护报拍拒择持"
    "按换据接提換援擇操支收改放效数整數文料新方於无日时明易是显時暂暫更最會有服期未本机权来果查样"
    "核案業樣機檢權次款止正此步每求汇決沒没況法注流消港準点為無照爭片版率现現理生用由申电畫當疑登"
    "發的盗盜直相看真知短码确確碼示社种程稱立站笔符第筆等算管箱簡系紀索組結絕絡給經網線編續级线经"
    "结给绝续编网置美考者而联聯能自至致與般若英获處號融行表被装裝裡複要見規见解計訊設訴註詐詢試話"
    "詳認誤說請證識議護變计订认让议记设证识诈诉试话询详误说请費資账费资起路身載輸轉转载输辦辨过还"
    "这进追退送选透這通速連進過道選還邮部郵都重金銀錄錢錯鎖鐘钟钱银链销错閉開間關闭问间阅附陆限除"
    "陸際隨雙電需面頁項須領額顯页项须题额餘騙驗验骗體高麼點"
)


def _text_array(words):
    """A text[] literal of `words`, sorted, 40 to a line (whitespace between
    the elements of an array literal is ignored)."""
    lines = (",".join(line) for line in batched(sorted(words), 40))
    return "'{" + ",\n            ".join(lines) + "}'::text[]"


# What each statement trigger does with the documents' rows it saw (transition tables).
_MATCH_COPY = f"""INSERT INTO {MATCH_TABLE} (id, language, article_id, vector)
    SELECT id, language, article_id, search_vector FROM new_documents;"""
# The length is what ts_rank's normalisation 1 divides by (tsrank.c's
# cnt_length): the number of positions, a lexeme without any counting once.
_RANK_COPY = f"""INSERT INTO {RANK_TABLE} (id, length, vector)
    SELECT id,
        (SELECT COALESCE(SUM(GREATEST(COALESCE(array_length(u.positions, 1), 0), 1)), 0)
            FROM unnest(search_vector) u),
        ts_delete(search_vector, {_text_array(COMMON_CHARACTERS)})
    FROM new_documents;"""


def _copy_triggers(table, copy):
    """Statement triggers that keep `table` (rows by document id) in step with
    faq_searchdocument in the same transaction, whoever writes (the index
    services, a cascade from a deleted article, a TRUNCATE by Django's flush):
    `copy` inserts the derived rows of new_documents."""
    drop = f"DELETE FROM {table} m USING old_documents o WHERE m.id = o.id;"
    triggers = {
        "insert": ("INSERT", "NEW TABLE AS new_documents", [copy]),
        "update": (
            "UPDATE",
            "OLD TABLE AS old_documents NEW TABLE AS new_documents",
            [drop, copy],
        ),
        "delete": ("DELETE", "OLD TABLE AS old_documents", [drop]),
        # A TRUNCATE cannot run inside a TRUNCATE's trigger (the table is in use).
        "truncate": ("TRUNCATE", "", [f"DELETE FROM {table};"]),
    }
    statements = []
    for name, (event, referencing, body) in triggers.items():
        function = f"{table}_{name}"
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
    return statements


def _postgres_matching():
    """The narrow matching table: the document's id, language, article and full vector.

    Matching and counting read its rows of a few dozen bytes (the vector goes
    to TOAST, which a GIN match without recheck never reads) instead of the
    documents' rows of ~1 KB.
    """
    statements = [
        f"""CREATE TABLE IF NOT EXISTS {MATCH_TABLE} (
    id bigint PRIMARY KEY,
    language varchar(10) NOT NULL,
    article_id bigint NOT NULL,
    vector tsvector NOT NULL
) WITH (toast_tuple_target = 128, parallel_workers = 0);""",
        *_copy_triggers(MATCH_TABLE, _MATCH_COPY),
    ]
    statements += [
        f"""CREATE INDEX IF NOT EXISTS {MATCH_TABLE}_vector_{code.replace("-", "_")}
    ON {MATCH_TABLE} USING gin (vector) WHERE language = '{code}';"""
        for code in languages()
    ]
    return statements


def _postgres_ranking():
    """The ranking table: the document's id, its full vector's length, and the
    vector without COMMON_CHARACTERS, kept in the row (storage MAIN).

    The second ranking pass reads its 100 candidates' vectors here: a Chinese
    vector loses about a third of its bytes (8.1 KB on average in the bench,
    5.3 KB here) and is one heap page, where the full one is several TOAST
    chunks behind an index. With the stored length, `ts_rank` over it gives
    the full vector's rank exactly (faq.search.engine).
    """
    return [
        f"""CREATE TABLE IF NOT EXISTS {RANK_TABLE} (
    id bigint PRIMARY KEY,
    length integer NOT NULL,
    vector tsvector NOT NULL
) WITH (parallel_workers = 0);""",
        f"ALTER TABLE {RANK_TABLE} ALTER COLUMN vector SET STORAGE MAIN;",
        *_copy_triggers(RANK_TABLE, _RANK_COPY),
    ]


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
            f" AND to_regclass('{RANK_TABLE}') IS NOT NULL"
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


SEARCH_TABLES = ("faq_searchdocument", "faq_searchterm", MATCH_TABLE, RANK_TABLE)


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
