"""The fixed cast of users every permission test uses, and site-wide fixtures."""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.utils import translation

from helpdesk import roles

PASSWORD = "correct-horse-battery"


@pytest.fixture(autouse=True)
def _isolated(settings):
    settings.FAQ_VIEW_FLUSH_EVERY = 1
    settings.FAQ_VIEW_BUFFER_SECONDS = 0
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()
    # Requests activate their page's language in this thread; start each test in English.
    translation.activate("en")


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
