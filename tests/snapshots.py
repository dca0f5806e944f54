"""A copy of the test database's rows that a transactional test can put back in milliseconds.

The browser tests each start from the demo content, and pytest-django empties the
database after every transactional test. Loading the demo (`manage.py load_demo`)
takes seconds; the `demo` fixture (tests/conftest.py) loads it once per process,
takes a snapshot, and restores the snapshot for every later test. Only rows are
copied (files under MEDIA_ROOT are not), so content that stores files would need more.

SQLite (the in-memory test database): SQLite's online backup copies the whole database,
FTS tables and sequences included. PostgreSQL: every table is copied out with COPY,
and put back by TRUNCATE and COPY in one transaction, sequences set as they were.
"""

import sqlite3

from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from faq.search import schema


class DatabaseSnapshot:
    """`take(connection)` copies the database as it is; `restore(connection)` puts it back."""

    @classmethod
    def take(cls, connection):
        kinds = {"sqlite": SQLiteSnapshot, "postgresql": PostgreSQLSnapshot}
        if connection.vendor not in kinds:
            raise NotImplementedError(f"no database snapshot for {connection.vendor}")
        connection.ensure_connection()
        return kinds[connection.vendor](connection)

    def restore(self, connection):
        connection.ensure_connection()
        self._restore(connection)
        # Row ids of content types changed under the cache (flush re-creates them).
        ContentType.objects.clear_cache()

    def _restore(self, connection):
        raise NotImplementedError


class SQLiteSnapshot(DatabaseSnapshot):
    def __init__(self, connection):
        self.copy = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(self.copy)

    def _restore(self, connection):
        self.copy.backup(connection.connection)


class PostgreSQLSnapshot(DatabaseSnapshot):
    def __init__(self, connection):
        quote = connection.ops.quote_name
        names = connection.introspection.table_names(include_views=False)
        # The search's matching and ranking tables are filled by triggers on the
        # documents' table as the documents are copied back (faq.search.schema).
        skipped = {"django_migrations", schema.MATCH_TABLE, schema.RANK_TABLE}
        self.tables = [quote(name) for name in names if name not in skipped]
        self.rows = {}
        with connection.cursor() as cursor:
            for table in self.tables:
                with cursor.cursor.copy(f"COPY {table} TO STDOUT (FORMAT BINARY)") as copy:
                    self.rows[table] = b"".join(bytes(block) for block in copy)
            cursor.execute(
                "SELECT format('%I.%I', schemaname, sequencename), last_value FROM pg_sequences"
                " WHERE schemaname = current_schema()"
            )
            self.sequences = cursor.fetchall()

    def _restore(self, connection):
        # Django's foreign keys are DEFERRABLE INITIALLY DEFERRED: checked at commit.
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            cursor.execute(f"TRUNCATE {', '.join(self.tables)}")
            for table, rows in self.rows.items():
                with cursor.cursor.copy(f"COPY {table} FROM STDIN (FORMAT BINARY)") as copy:
                    copy.write(rows)
            for sequence, last_value in self.sequences:
                # A sequence never used has no last value: its next value is its start.
                cursor.execute(
                    "SELECT setval(%s, %s, %s)", [sequence, last_value or 1, last_value is not None]
                )
