"""Keeping the search tables in shape: migrations on a database that already
holds documents, and the rebuild command's clean-up (SQLite and PostgreSQL)."""

import io
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from faq.models import SearchDocument
from faq.search import schema, search_articles
from faq.search.index import article_index_update, index_rebuild
from tests.factories import make_article

pytestmark = pytest.mark.django_db(transaction=True)


def migrate(target=None):
    """To `target`, or back to the latest migrations."""
    executor = MigrationExecutor(connection)
    executor.migrate(target or executor.loader.graph.leaf_nodes())


def test_snippet_text_migration_fills_documents_and_keeps_the_index_in_step():
    article = make_article(
        slug_en="refunds",
        title_en="Refunds",
        summary_en="When money comes back.",
        body_en="**Refunds** follow [the rules](/en/faq/x/).",
    )
    migrate([("faq", "0005_search_candidate_indexes")])
    migrate()

    document = SearchDocument.objects.get(article=article, language="en")
    assert document.snippet_text == "When money comes back. Refunds follow the rules."
    # SQLite rebuilt the table for the new column; its FTS triggers are back,
    # so an article written now is found.
    make_article(slug_en="okapi", title_en="Okapi sightings")
    assert [a.slug_en for a in search_articles("okapi", language="en")] == ["okapi"]


def test_rebuild_command_vacuums_the_search_tables_on_postgresql():
    make_article(slug_en="refunds", title_en="Refunds")
    out = io.StringIO()
    call_command("rebuild_search_index", stdout=out)
    assert "Search index rebuilt: 3 documents." in out.getvalue()
    if connection.vendor != "postgresql":
        assert "vacuumed" not in out.getvalue()
        return
    assert "Search tables vacuumed and analysed." in out.getvalue()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname, last_vacuum IS NOT NULL, last_analyze IS NOT NULL "
            "FROM pg_stat_user_tables "
            "WHERE relname = ANY(%s) ORDER BY relname",
            [list(schema.SEARCH_TABLES)],
        )
        assert cursor.fetchall() == [
            ("faq_searchdocument", True, True),
            ("faq_searchmatch", True, True),
            ("faq_searchrank", True, True),
            ("faq_searchterm", True, True),
        ]


def matching_rows():
    """PostgreSQL: the narrow matching table's rows, and the documents' as they should be."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, language, article_id, vector::text FROM faq_searchmatch ORDER BY id"
        )
        rows = cursor.fetchall()
        cursor.execute(
            "SELECT id, language, article_id, search_vector::text "
            "FROM faq_searchdocument ORDER BY id"
        )
        return rows, cursor.fetchall()


TSVECTOR_ENTRY = re.compile(r"'((?:[^']|'')*)'(?::(\S+))?")


def lexemes(vector_text):
    """{lexeme: number of positions} of a tsvector's text form ('a':1,3A 'b')."""
    return {
        lexeme.replace("''", "'"): len(positions.split(",")) if positions else 0
        for lexeme, positions in TSVECTOR_ENTRY.findall(vector_text)
    }


def ranking_rows():
    """PostgreSQL: the ranking table's rows as (id, length, lexemes), and what
    they should be, worked out here from the documents' full vectors."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, length, vector::text FROM faq_searchrank ORDER BY id")
        rows = [(id_, length, lexemes(vector)) for id_, length, vector in cursor.fetchall()]
        cursor.execute("SELECT id, search_vector::text FROM faq_searchdocument ORDER BY id")
        expected = []
        for id_, vector in cursor.fetchall():
            full = lexemes(vector)
            # ts_rank's length: every position, and a lexeme without any once.
            length = sum(max(count, 1) for count in full.values())
            kept = {k: n for k, n in full.items() if k not in schema.COMMON_CHARACTERS}
            expected.append((id_, length, kept))
        return rows, expected


def in_step():
    """PostgreSQL: both tables derived from the documents hold what they should;
    their rows (matching, ranking)."""
    matching, documents = matching_rows()
    assert matching == documents
    ranking, expected = ranking_rows()
    assert ranking == expected
    assert len(ranking) == len(matching)
    return matching, ranking


def test_the_matching_and_ranking_tables_follow_every_write_to_the_documents():
    if connection.vendor != "postgresql":
        # Both tables are PostgreSQL's; SQLite counts and ranks through its FTS index.
        tables = connection.introspection.table_names()
        assert not {"faq_searchmatch", "faq_searchrank"} & set(tables)
        return
    kept = make_article(
        slug_en="kept",
        title_en="Okapi",
        title_zh_hans="重置密码",
        body_zh_hans="您的密码可以在设置里重置。",
    )
    gone = make_article(slug_en="gone", title_en="Quokka", title_zh_hans="袋鼠")
    matching, ranking = in_step()
    assert len(matching) == 6
    chinese = dict((row[0], row) for row in ranking)[SearchDocument.document_id(kept.pk, "zh-hans")]
    assert "密码" in chinese[2]
    assert "的" not in chinese[2]  # in the full vector, and counted in the length
    assert chinese[1] > sum(chinese[2].values())

    kept.title_en = "Okapi and wombat"
    kept.body_zh_hans = "您的新密码要记好。"
    kept.save()
    article_index_update(article=kept)
    matching, ranking = in_step()
    assert any("wombat" in row[3] for row in matching)
    assert any("新密" in row[2] for row in ranking)
    assert search_articles("wombat", language="en").count() == 1

    gone.delete()  # a cascade, without the index service
    matching, _ranking = in_step()
    assert {row[2] for row in matching} == {kept.pk}
    assert search_articles("quokka", language="en").count() == 0

    index_rebuild()
    matching, _ranking = in_step()
    assert len(matching) == 3

    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE faq_searchdocument")  # as Django's flush does
    assert in_step() == ([], [])
