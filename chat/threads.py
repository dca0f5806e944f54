"""The threads that run the chat's database work on PostgreSQL.

Channels sends database work to one thread per process, so every connection's
handshake and every message would wait for all the others. PostgreSQL serves
several connections at once: these threads (each with its own connection, kept
for CONN_MAX_AGE) let the work of different chats run side by side. SQLite
allows one writer at a time, so there the work stays in Channels' single thread.
"""

import threading
from concurrent.futures import ThreadPoolExecutor

from asgiref.sync import SyncToAsync
from channels.db import database_sync_to_async
from django.conf import settings
from django.db import connection, connections

pool = ThreadPoolExecutor(
    max_workers=settings.CHAT_DATABASE_THREADS, thread_name_prefix="chat-database"
)


def in_parallel(function):
    """`function` in one of the chat's threads on PostgreSQL, else in Channels' thread.

    For work that keeps no transaction or lock open between calls, which is all
    of the chat's work: every call is complete in itself.
    """
    if connection.vendor == "sqlite":
        return database_sync_to_async(function)
    return database_sync_to_async(function, thread_sensitive=False, executor=pool)


def close_connections() -> None:
    """Close the database connections of every thread the chat's work may have used
    (before a test database is dropped, or at shutdown)."""
    workers = settings.CHAT_DATABASE_THREADS
    # Each call waits until all have started, so each runs in a thread of its own.
    everyone = threading.Barrier(workers)

    def close():
        everyone.wait(timeout=10)
        connections.close_all()

    for done in [pool.submit(close) for _ in range(workers)]:
        done.result()
    SyncToAsync.single_thread_executor.submit(connections.close_all).result()
