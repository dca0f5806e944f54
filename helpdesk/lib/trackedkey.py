"""One Redis key kept in the process, with Redis telling us when it changes.

The content version (helpdesk.lib.contentversion) is read on every request,
stored pages included, and a round trip to Redis was the largest single part
of answering a stored page. A `TrackedKey` keeps the key's value in the
process and holds one connection of its own in RESP3 with `CLIENT TRACKING
ON`: from the moment it reads the key, Redis pushes an invalidation on that
connection when any client changes or deletes the key or flushes the
database. A read only checks whether the connection has something to read (a
poll, no round trip) and asks Redis again when it has.

This is Redis's server-assisted client-side caching, which redis-py offers
only from Redis 7.4; tracking itself is in Redis 6 and later. As with any
such cache, the one window is a push still on its way while a read checks.

A connection error drops the value and the connection and is raised, as
`cache.get` raises it; the next read connects again.
"""

import os
import threading

from redis import ConnectionPool
from redis.exceptions import RedisError


class TrackedKey:
    def __init__(self, url: str, key: str, *, timeout: float = 2.0):
        self.key = key
        # Used only to build connections from the URL and options as redis-py
        # parses them; the one connection is kept here, never returned to it.
        self._pool = ConnectionPool.from_url(
            url, protocol=3, socket_timeout=timeout, socket_connect_timeout=timeout
        )
        self._lock = threading.Lock()
        self._pid = None
        self._connection = None
        self._value = None

    def get(self) -> bytes | None:
        """The key's value (None when it is not set)."""
        with self._lock:
            try:
                return self._read()
            except (RedisError, OSError):
                # Redis restarted, or the connection was cut: once more on a new one.
                self._drop()
            try:
                return self._read()
            except (RedisError, OSError):
                self._drop()
                raise

    def _read(self):
        if self._pid != os.getpid():  # a new process (a fork): a connection of its own
            self._pid, self._connection, self._value = os.getpid(), None, None
        connection = self._connection
        if connection is None:
            connection = self._pool.make_connection()
            connection.connect()
            connection.send_command("CLIENT", "TRACKING", "ON")
            connection.read_response()
            self._connection = connection
        elif self._value is not None and not connection.can_read():
            return self._value
        # Whatever arrived (invalidations; a closed connection raises) is read
        # and the key asked for again, which also tracks it again.
        while connection.can_read():
            connection.read_response(push_request=True)
        connection.send_command("GET", self.key)
        self._value = connection.read_response(disable_decoding=True)
        return self._value

    def forget(self) -> None:
        """Read the key from Redis next time: for a process that just wrote it,
        which must not wait for the push (Redis sends it after the write's reply)."""
        with self._lock:
            self._value = None

    def _drop(self):
        connection, self._connection, self._value = self._connection, None, None
        if connection is not None:
            connection.disconnect()

    def close(self):
        with self._lock:
            self._drop()
