"""Keeping the search tables in shape: migrations on a database that already
holds documents, and the rebuild command's clean-up (SQLite and PostgreSQL)."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from faq.models import SearchDocument
from faq.search import search_articles
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
            "WHERE relname IN ('faq_searchdocument', 'faq_searchterm', 'faq_searchmatch') "
            "ORDER BY relname"
        )
        assert cursor.fetchall() == [
            ("faq_searchdocument", True, True),
            ("faq_searchmatch", True, True),
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


def test_the_matching_table_follows_every_write_to_the_documents():
    if connection.vendor != "postgresql":
        # The narrow table is PostgreSQL's; SQLite counts through its FTS index.
        assert "faq_searchmatch" not in connection.introspection.table_names()
        return
    kept = make_article(slug_en="kept", title_en="Okapi")
    gone = make_article(slug_en="gone", title_en="Quokka")
    rows, documents = matching_rows()
    assert len(rows) == 6
    assert rows == documents

    kept.title_en = "Okapi and wombat"
    kept.save()
    article_index_update(article=kept)
    rows, documents = matching_rows()
    assert any("wombat" in row[3] for row in rows)
    assert rows == documents
    assert search_articles("wombat", language="en").count() == 1

    gone.delete()  # a cascade, without the index service
    rows, documents = matching_rows()
    assert {row[2] for row in rows} == {kept.pk}
    assert rows == documents
    assert search_articles("quokka", language="en").count() == 0

    index_rebuild()
    rows, documents = matching_rows()
    assert len(rows) == 3
    assert rows == documents

    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE faq_searchdocument")  # as Django's flush does
    assert matching_rows() == ([], [])
