"""The fixed cast of users every permission test uses, and site-wide fixtures.

`make test` runs the suite in parallel (pytest-xdist): each worker has its own test
database (pytest-django adds the worker's name) and, on Redis, its own cache keys.
"""

import io
import os
import shutil
from pathlib import Path

import pytest
import redis
from django.conf import settings as django_settings
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.utils import translation

from helpdesk import roles
from helpdesk.lib import contentversion, pagecache
from tests.smtp import SMTPServer
from tests.snapshots import DatabaseSnapshot

pytest_plugins = ["tests.e2e.reporting"]

PASSWORD = "correct-horse-battery"
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")


@pytest.fixture(scope="session", autouse=True)
def _static_files_from_their_sources():
    """Pages rendered in the test process serve static files from their sources (the
    finders, as configured with DEBUG on), not from STATIC_ROOT: the gunicorn tests
    collect into STATIC_ROOT while other workers run, and whitenoise, which reads the
    whole folder whenever a test client starts, fails on a file being replaced."""
    with override_settings(STATIC_ROOT=None):
        yield


def _redis_location():
    default = django_settings.CACHES["default"]
    return default["LOCATION"] if default["BACKEND"].endswith(".RedisCache") else None


@pytest.fixture(scope="session", autouse=True)
def _cache_keys_of_this_worker():
    """Workers share one Redis database, where `cache.clear()` (FLUSHDB) would wipe the
    keys of every worker and of gunicorn servers under test: each worker writes under a
    prefix of its own instead and deletes only those keys (`clear_cache`)."""
    location = _redis_location()
    if location is None:
        yield None
        return
    default = django_settings.CACHES["default"]
    prefix = f"{default.get('KEY_PREFIX', '')}-test-{WORKER}-{os.getpid()}"
    with (
        redis.Redis.from_url(location) as client,
        override_settings(CACHES={"default": {**default, "KEY_PREFIX": prefix}}),
    ):
        yield client
        clear_cache(client)


def clear_cache(client=None):
    """Empty this worker's cache: its own Redis keys, or the local memory cache, and
    the stored pages this process keeps beside it."""
    pagecache.recent_pages.clear()
    if client is None:
        cache.clear()
        return
    keys = list(client.scan_iter(match=f"{cache.key_prefix}:*", count=1000))
    if keys:
        client.delete(*keys)
    # The process's copy of the content version, gone with the keys: read it
    # again rather than wait for Redis's push.
    tracked = contentversion._tracked_version()
    if tracked is not None:
        tracked.forget()


@pytest.fixture(autouse=True)
def _public_media_of_this_test(settings, tmp_path):
    """Pictures (the demo's too) are stored in the test's own folder, never in var/."""
    settings.PUBLIC_MEDIA_ROOT = tmp_path / "public-media"


@pytest.fixture(autouse=True)
def _isolated(settings, _cache_keys_of_this_worker):
    settings.FAQ_VIEW_FLUSH_EVERY = 1
    settings.FAQ_VIEW_BUFFER_SECONDS = 0
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    clear_cache(_cache_keys_of_this_worker)
    # Requests activate their page's language in this thread; start each test in English.
    translation.activate("en")


@pytest.fixture(scope="session")
def _demo_snapshot():
    return []  # filled by the first test that asks for `demo` in this process


@pytest.fixture
def demo(transactional_db, _demo_snapshot, settings, tmp_path_factory):
    """The demo content (34 articles in 3 languages, regions, channels, submissions), for
    transactional tests: the browser tests, and tests that read the demo (mark them
    `django_db(transaction=True)`). `manage.py load_demo` runs once per process; later
    tests get the database exactly as it left it, from a snapshot (tests/snapshots.py),
    and the demo's picture files copied into their own public media folder.
    Tests that load the demo themselves (to test loading it) call the command."""
    if _demo_snapshot:
        snapshot, pictures = _demo_snapshot
        snapshot.restore(connection)
        shutil.copytree(pictures, settings.PUBLIC_MEDIA_ROOT, dirs_exist_ok=True)
        return
    call_command("load_demo", stdout=io.StringIO())
    pictures = tmp_path_factory.mktemp("demo-public-media")
    if Path(settings.PUBLIC_MEDIA_ROOT).exists():
        shutil.copytree(settings.PUBLIC_MEDIA_ROOT, pictures, dirs_exist_ok=True)
    _demo_snapshot.extend([DatabaseSnapshot.take(connection), pictures])


def _staff(django_user_model, username, group=None, **extra):
    user = django_user_model.objects.create_user(
        username=username, password=PASSWORD, email=f"{username}@example.com", **extra
    )
    if group:
        roles.sync_roles()
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def customer(django_user_model):
    """A signed-up user who is not staff (the public side needs no login)."""
    return _staff(django_user_model, "customer")


@pytest.fixture
def editor(django_user_model):
    return _staff(django_user_model, "editor", roles.CONTENT_EDITORS, is_staff=True)


@pytest.fixture
def agent(django_user_model):
    return _staff(django_user_model, "agent", roles.SUPPORT_AGENTS, is_staff=True)


@pytest.fixture
def analyst(django_user_model):
    return _staff(django_user_model, "analyst", roles.SECURITY_ANALYSTS, is_staff=True)


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser(
        username="root", password=PASSWORD, email="root@example.com"
    )


@pytest.fixture
def cast(customer, editor, agent, analyst, superuser):
    return {
        "anonymous": None,
        "customer": customer,
        "editor": editor,
        "agent": agent,
        "analyst": analyst,
        "superuser": superuser,
    }


@pytest.fixture(scope="session")
def server_database(tmp_path_factory):
    """A migrated database for gunicorn servers (tests/reliability/server.py)."""
    from tests.reliability.server import ServerDatabase, collect_static, require_redis

    require_redis()
    collect_static()
    database = ServerDatabase(tmp_path_factory.mktemp("server"))
    database.create()
    yield database
    database.drop()


@pytest.fixture
def gunicorn(server_database, tmp_path):
    """Start servers: `with gunicorn(RATELIMIT_ENABLE="false") as server: ...`."""
    from tests.reliability.server import Server

    counter = iter(range(100))

    def start(database_url=None, **env):
        log = tmp_path / f"gunicorn-{next(counter)}.log"
        return Server(database_url or server_database.url, log, **env)

    return start


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server (tests/smtp.py) that Django's default mailer sends to."""
    server = SMTPServer().start()
    settings.MAILERS = server.mailer_settings()
    try:
        yield server
    finally:
        server.stop()
