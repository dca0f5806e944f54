"""Keeping the search tables in shape: migrations on a database that already
holds documents, and the rebuild command's clean-up (SQLite and PostgreSQL)."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from faq.models import SearchDocument
from faq.search import search_articles
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
            "FROM pg_stat_user_tables WHERE relname IN ('faq_searchdocument', 'faq_searchterm') "
            "ORDER BY relname"
        )
        assert cursor.fetchall() == [
            ("faq_searchdocument", True, True),
            ("faq_searchterm", True, True),
        ]
