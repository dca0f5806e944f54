"""A Redis key kept in the process: read once, read again only after Redis says
it changed; and the content version read that way when the cache is Redis.

Against the Redis CI always has (127.0.0.1:6379), each test with keys of its own.
"""

import os
import select
import signal
import uuid

import pytest
import redis
from redis.exceptions import ConnectionError as RedisConnectionError

from helpdesk.lib import contentversion
from helpdesk.lib.contentversion import VERSION_KEY, bump_content_version, content_version
from helpdesk.lib.trackedkey import TrackedKey

URL = "redis://127.0.0.1:6379/11"


@pytest.fixture
def writer():
    with redis.Redis.from_url(URL) as client:
        yield client


@pytest.fixture
def key(writer):
    name = f"tracked-test:{uuid.uuid4().hex}"
    yield name
    writer.delete(name)


@pytest.fixture
def tracked(key):
    tracked = TrackedKey(URL, key)
    yield tracked
    tracked.close()


def pushed(tracked):
    """Wait (at most 2 s) until Redis has sent something on the tracked connection."""
    return tracked._connection.can_read(timeout=2)


def sent_commands(tracked, monkeypatch):
    sent = []
    connection = tracked._connection
    original = connection.send_command

    def spy(*args, **kwargs):
        sent.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(connection, "send_command", spy)
    return sent


def test_a_value_is_read_once_and_then_kept(tracked, key, writer, monkeypatch):
    writer.set(key, "v1")
    assert tracked.get() == b"v1"
    sent = sent_commands(tracked, monkeypatch)
    assert [tracked.get() for _ in range(3)] == [b"v1"] * 3
    assert sent == []


def test_a_change_by_another_client_is_seen_on_the_next_read(tracked, key, writer):
    writer.set(key, "v1")
    assert tracked.get() == b"v1"
    writer.set(key, "v2")
    assert pushed(tracked)
    assert tracked.get() == b"v2"
    writer.set(key, "v3")  # tracked again after the second read
    assert pushed(tracked)
    assert tracked.get() == b"v3"


def test_a_deleted_key_reads_as_none_and_a_missing_one_is_not_kept(
    tracked, key, writer, monkeypatch
):
    writer.set(key, "v1")
    assert tracked.get() == b"v1"
    writer.delete(key)
    assert pushed(tracked)
    assert tracked.get() is None
    sent = sent_commands(tracked, monkeypatch)
    writer.set(key, "v2")
    assert tracked.get() == b"v2"
    assert sent == [("GET", key)]


def test_a_cut_connection_is_replaced_on_the_next_read(tracked, key, writer):
    writer.set(key, "v1")
    assert tracked.get() == b"v1"
    first = tracked._connection
    first.send_command("CLIENT", "ID")
    writer.client_kill_filter(_id=first.read_response())
    with pytest.raises(RedisConnectionError):  # the close has arrived
        pushed(tracked)
    writer.set(key, "v2")
    assert tracked.get() == b"v2"
    assert tracked._connection is not first


def test_after_forget_the_next_read_asks_redis_without_waiting_for_a_push(
    tracked, key, writer, monkeypatch
):
    """What a process that wrote the key does: Redis pushes only after the reply."""
    writer.set(key, "v1")
    assert tracked.get() == b"v1"
    sent = sent_commands(tracked, monkeypatch)
    tracked.forget()
    assert tracked.get() == b"v1"
    assert sent == [("GET", key)]


def test_redis_down_raises_redis_errors():
    tracked = TrackedKey("redis://127.0.0.1:1/0", "anything")  # nothing listens on port 1
    with pytest.raises(RedisConnectionError):
        tracked.get()


# Other tests leave threads running in this process; the child only reads on a
# new connection and leaves with os._exit, and the wait for it is bounded.
@pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning")
def test_a_forked_process_reads_on_a_connection_of_its_own(tracked, key, writer):
    writer.set(key, "v1")
    assert tracked.get() == b"v1"
    parent_connection = tracked._connection
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        try:
            value = tracked.get()
            other = tracked._connection is not parent_connection
            os.write(write_end, b"%s %d" % (value, other))
        finally:
            os._exit(0)
    os.close(write_end)
    answered, _, _ = select.select([read_end], [], [], 10)
    if not answered:
        os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    assert answered, "the forked process did not answer"
    assert os.read(read_end, 100) == b"v1 1"
    os.close(read_end)
    # The child's exit left this process's connection working and tracked.
    writer.set(key, "v2")
    assert pushed(tracked)
    assert tracked.get() == b"v2"
    assert tracked._connection is parent_connection


@pytest.fixture
def redis_cache(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": URL,
            "KEY_PREFIX": f"tracked-test-{uuid.uuid4().hex}",
        }
    }
    from django.core.cache import cache

    yield cache
    cache.delete(VERSION_KEY)


def test_with_a_redis_cache_the_version_is_kept_and_follows_other_processes(
    redis_cache, monkeypatch
):
    first = content_version()  # made here: the key was not set
    assert first == str(redis_cache.get(VERSION_KEY))
    assert content_version() == first  # read and kept
    tracked = contentversion._tracked_version()
    assert tracked is not None
    sent = sent_commands(tracked, monkeypatch)
    assert content_version() == first
    assert sent == []
    # Another process replaces it (the same cache.set bump_content_version does).
    redis_cache.set(VERSION_KEY, 12345, timeout=None)
    assert pushed(tracked)
    assert content_version() == "12345"
    bump_content_version()
    assert content_version() not in (first, "12345")


def test_an_older_token_in_the_cache_is_still_read(redis_cache):
    redis_cache.set(VERSION_KEY, "0f3a", timeout=None)  # pickled, as releases before stored it
    assert content_version() == "0f3a"


def test_other_caches_read_the_version_through_the_cache(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert contentversion._tracked_version() is None
    assert content_version() == content_version()
