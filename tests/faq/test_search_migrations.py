"""The search migrations stand alone and add up to the runtime's structures.

Migrations 0003-0006, 0013 and 0015 carry the SQL they ran as text (importing project code
would let later edits rewrite history); faq.search.schema describes the same
end state for `rebuild_search_index`, from settings.LANGUAGES. Migrating runs
on the test database (SQLite, or PostgreSQL with DATABASE_URL).
"""

import ast
import importlib
from pathlib import Path

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import override_settings

from faq import migrations as faq_migrations
from faq.models import Article
from faq.search import schema, search_articles
from faq.search.index import index_rebuild
from tests.factories import make_article

PROJECT_PACKAGES = {"faq", "contacts", "feedback", "helpdesk"}
SNIPPETS = "0006_search_snippets_and_language"
MATCHING = "0013_search_matching_table"
LATEST = "0015_search_rank_table"
STEPS = [
    "0002_article_alerts",
    "0003_search",
    "0004_search_ranking",
    "0005_search_candidate_indexes",
    SNIPPETS,
    MATCHING,
    LATEST,
]


def project_imports(path):
    """The imports in a source file that reach a project package (or are relative)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            modules = ["." * node.level + (node.module or "")]
        else:
            continue
        found += [
            module
            for module in modules
            if module.startswith(".") or module.split(".")[0] in PROJECT_PACKAGES
        ]
    return found


# Django writes a FileField's storage callable into migrations as an import; it
# decides where files go, never what the schema or the data become.
STORAGE_REFERENCES = {"0011_article_pictures.py": ["helpdesk.lib.publicmedia"]}


def test_no_faq_migration_imports_a_project_package():
    files = sorted(Path(faq_migrations.__file__).parent.glob("*.py"))
    assert {path.stem for path in files} >= set(STEPS)
    assert {path.name: project_imports(path) for path in files} == {
        path.name: STORAGE_REFERENCES.get(path.name, []) for path in files
    }


def test_the_import_check_sees_project_and_relative_imports(tmp_path):
    source = tmp_path / "0099_example.py"
    source.write_text(
        "import re\nimport faq.search\nfrom django.db import migrations\n"
        "from helpdesk import settings\nfrom . import other\nfrom contacts.models import Region\n"
    )
    assert project_imports(source) == ["faq.search", "helpdesk", ".", "contacts.models"]


def test_languages_come_from_settings_when_called():
    codes = [("en", "English"), ("pt-br", "Brazilian Portuguese")]
    with override_settings(LANGUAGES=codes):
        assert schema.language_column_tokens() == {"en", "pt", "br"}
        postgres = "\n".join(schema.install_statements("postgresql"))
    assert "faq_searchdocument_vector_pt_br" in postgres
    assert "faq_searchdocument_rank_pt_br" in postgres
    assert "WHERE language = 'pt-br'" in postgres
    assert "zh_hans" not in postgres
    assert schema.language_column_tokens() == {"en", "zh", "hans", "hant"}
    assert schema.language_token("zh-hant") == "hant"


def test_migration_0006_extracts_snippet_text_with_its_own_rules():
    """Frozen plain text (the same as faq.search.index gave when 0006 was written,
    checked then on the demo content); later changes to the site's rules must not
    change it, so this compares with literal text, not with today's code."""
    migration = importlib.import_module(f"faq.migrations.{SNIPPETS}")
    article = Article(
        summary_en="When money comes back.",
        body_en=(
            "# Refunds\n\n**Refunds** follow [the rules](/en/faq/x/) and ![a chart](c.png).\n"
            "- one\n- `two`\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n```\ncode\n```\n"
            "<b>bold</b> ~~old~~"
        ),
        summary_zh_hans="",
        body_zh_hans="## 退款\n\n__到账__需要三天。",
        body_zh_hant="",
    )
    english = (
        "When money comes back. Refunds Refunds follow the rules and a chart. "
        "one two a b 1 2 code bold old"
    )
    assert migration.snippet_text(article, "en") == english
    assert migration.snippet_text(article, "zh-hant") == english  # all from the English
    assert (
        migration.snippet_text(article, "zh-hans") == "When money comes back. 退款 到账需要三天。"
    )


def migrate_faq(name):
    executor = MigrationExecutor(connection)
    executor.migrate([("faq", name)])


def faq_leaf():
    """The newest faq migration: where the models (and later tests) expect the schema."""
    graph = MigrationExecutor(connection).loader.graph
    return next(name for app, name in graph.leaf_nodes() if app == "faq")


@pytest.fixture
def back_to_the_newest():
    """Walks down the migrations may fail half-way: the schema is the newest again after."""
    yield
    migrate_faq(faq_leaf())


def search_structures():
    """What the search migrations make, as the database describes it."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master "
                "WHERE name LIKE 'faq\\_search%\\_fts%' ESCAPE '\\' ORDER BY name"
            )
            return {"sqlite_master": cursor.fetchall()}
        tables = ("faq_searchdocument", "faq_searchterm", "faq_searchmatch", "faq_searchrank")
        cursor.execute(
            "SELECT c.table_name, c.column_name, c.data_type, c.is_generated, "
            "c.generation_expression, a.attstorage FROM information_schema.columns c "
            "JOIN pg_attribute a ON a.attrelid = c.table_name::text::regclass "
            "AND a.attname = c.column_name "
            "WHERE c.table_schema = current_schema() AND c.table_name = ANY(%s) ORDER BY 1, 2",
            [list(tables)],
        )
        columns = cursor.fetchall()
        cursor.execute(
            "SELECT tablename, indexname, indexdef FROM pg_indexes "
            "WHERE schemaname = current_schema() AND tablename = ANY(%s) ORDER BY 2",
            [list(tables)],
        )
        indexes = cursor.fetchall()
        cursor.execute(
            "SELECT relname, reloptions FROM pg_class WHERE relkind = 'r' "
            "AND relnamespace = current_schema()::regnamespace AND relname = ANY(%s) ORDER BY 1",
            [list(tables)],
        )
        reloptions = cursor.fetchall()
        cursor.execute(
            "SELECT t.tgname, pg_get_triggerdef(t.oid), p.prosrc FROM pg_trigger t "
            "JOIN pg_proc p ON p.oid = t.tgfoid WHERE NOT t.tgisinternal "
            "AND t.tgrelid::regclass::text = ANY(%s) ORDER BY 1",
            [list(tables)],
        )
        triggers = cursor.fetchall()
        return {
            "columns": columns,
            "indexes": indexes,
            "reloptions": reloptions,
            "triggers": triggers,
        }


def search_finds(query, slug):
    return [article.slug_en for article in search_articles(query, language="en")] == [slug]


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("back_to_the_newest")
def test_back_to_0002_and_forward_again_leaves_the_same_search_structures():
    make_article(slug_en="refunds", title_en="Refunds", summary_en="When money comes back.")
    before = search_structures()
    assert all(before.values())

    migrate_faq("0002_article_alerts")
    assert not any(search_structures().values())
    migrate_faq(LATEST)

    assert search_structures() == before
    migrate_faq(faq_leaf())  # the later migrations' columns, which the models use
    assert search_structures() == before
    make_article(slug_en="okapi", title_en="Okapi sightings")
    assert search_finds("okapi", "okapi")
    # The documents went with their table at 0002: a rebuild brings them back.
    assert not search_finds("refunds", "refunds")
    index_rebuild()
    assert search_finds("refunds", "refunds")


def step_shape():
    """Per step, what tells the migrations' intents apart on this database."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM pragma_table_info('faq_searchdocument_fts')")
            fts_columns = [row[0] for row in cursor.fetchall()]
            cursor.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' "
                "AND name LIKE 'faq\\_search%\\_fts\\_%' ESCAPE '\\' ORDER BY name"
            )
            return fts_columns, [row[0] for row in cursor.fetchall()]
        cursor.execute(
            "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
            "AND indexname ~ "
            "'^faq_search(document_(vector|rank)|term_(trgm|trigrams)|match_vector|rank_pkey)' "
            "ORDER BY 1"
        )
        indexes = [row[0] for row in cursor.fetchall()]
        cursor.execute(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = 'faq_searchdocument' "
            "AND column_name LIKE '%\\_vector' ORDER BY 1"
        )
        return indexes, [row[0] for row in cursor.fetchall()]


TRIGGERS = [
    f"{fts}_{event}"
    for fts in ("faq_searchdocument_fts", "faq_searchterm_fts")
    for event in ("delete", "insert", "update")
]
TOKENS = ["title_tokens", "summary_tokens", "body_tokens"]
PER_LANGUAGE = ["en", "zh_hans", "zh_hant"]
VECTORS = [f"faq_searchdocument_vector_{code}" for code in PER_LANGUAGE]
RANKS = [f"faq_searchdocument_rank_{code}" for code in PER_LANGUAGE]
MATCHES = [f"faq_searchmatch_vector_{code}" for code in PER_LANGUAGE]
EXPECTED = {
    "sqlite": {
        "0002_article_alerts": ([], []),
        "0003_search": (TOKENS, TRIGGERS),
        "0004_search_ranking": (TOKENS, TRIGGERS),
        "0005_search_candidate_indexes": (TOKENS, TRIGGERS),
        SNIPPETS: ([*TOKENS, "language"], TRIGGERS),
        MATCHING: ([*TOKENS, "language"], TRIGGERS),
        LATEST: ([*TOKENS, "language"], TRIGGERS),
    },
    "postgresql": {
        "0002_article_alerts": ([], []),
        "0003_search": (
            ["faq_searchdocument_vector", "faq_searchterm_trgm"],
            ["search_vector"],
        ),
        "0004_search_ranking": (
            [*VECTORS, "faq_searchterm_trgm"],
            ["rank_vector", "search_vector"],
        ),
        "0005_search_candidate_indexes": (
            sorted([*RANKS, *VECTORS, "faq_searchterm_trigrams"]),
            ["rank_vector", "search_vector"],
        ),
        SNIPPETS: (
            sorted([*RANKS, *VECTORS, "faq_searchterm_trigrams"]),
            ["rank_vector", "search_vector"],
        ),
        MATCHING: (
            sorted([*RANKS, *VECTORS, *MATCHES, "faq_searchterm_trigrams"]),
            ["rank_vector", "search_vector"],
        ),
        LATEST: (
            sorted([*RANKS, *VECTORS, *MATCHES, "faq_searchrank_pkey", "faq_searchterm_trigrams"]),
            ["rank_vector", "search_vector"],
        ),
    },
}


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("back_to_the_newest")
def test_each_search_migration_makes_what_it_stands_for_both_ways():
    expected = EXPECTED[connection.vendor]
    walk = [*reversed(STEPS), *STEPS[1:]]  # down to 0002, then up again
    seen = {}
    for step in walk:
        migrate_faq(step)
        seen.setdefault(step, []).append(step_shape())
    assert seen == {step: [expected[step]] * walk.count(step) for step in STEPS}


@pytest.mark.django_db(transaction=True)
def test_rebuild_re_creates_missing_structures_as_the_migrations_made_them():
    migrated = search_structures()
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            for trigger in TRIGGERS:
                cursor.execute(f"DROP TRIGGER {trigger}")
            cursor.execute("DROP TABLE faq_searchdocument_fts")
            cursor.execute("DROP TABLE faq_searchterm_fts")
        else:
            cursor.execute(
                "ALTER TABLE faq_searchdocument DROP COLUMN search_vector, "
                "DROP COLUMN rank_vector, RESET (toast_tuple_target, parallel_workers)"
            )
            cursor.execute("DROP INDEX faq_searchterm_trigrams")
            for table in ("faq_searchmatch", "faq_searchrank"):
                for event in ("insert", "update", "delete", "truncate"):
                    cursor.execute(f"DROP TRIGGER {table}_{event} ON faq_searchdocument")
                cursor.execute(f"DROP TABLE {table}")
    assert search_structures() != migrated

    index_rebuild()

    assert search_structures() == migrated
    make_article(slug_en="okapi", title_en="Okapi sightings")
    assert search_finds("okapi", "okapi")
