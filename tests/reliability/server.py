"""The production profile as a black box: gunicorn, 4 workers, DEBUG off, Redis.

Tests start a server with `serve(database, **env)` and talk HTTP to it with
`Browser` (cookies, the CSRF token, raw sockets for malformed requests). The
database is a real one of its own (`ServerDatabase`): a migrated SQLite file,
or, when DATABASE_URL names PostgreSQL (make test-postgres), a throwaway
database created beside the test database and dropped afterwards.

Redis must be running on 127.0.0.1:6379 (CI always has it): these tests fail
with a clear message instead of skipping. Every server gets its own cache key
prefix, so nothing is flushed and parallel runs do not meet.
"""

import contextlib
import fcntl
import hashlib
import http.client
import os
import re
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse
import uuid
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
REDIS_URL = os.environ.get("HARDENING_REDIS_URL", "redis://127.0.0.1:6379/14")
SECRET_KEY = "hardening-tests-" + "k" * 40  # known, so tests can look for it in output


def require_redis():
    parsed = urllib.parse.urlsplit(REDIS_URL)
    try:
        with socket.create_connection((parsed.hostname, parsed.port or 6379), timeout=2):
            return
    except OSError:
        pytest.fail(
            f"Redis is needed at {REDIS_URL} for the multi-process tests (CI has it): "
            "start redis-server, or set HARDENING_REDIS_URL."
        )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def base_env(**overrides) -> dict:
    env = {
        **os.environ,
        "DEBUG": "false",
        "SECRET_KEY": SECRET_KEY,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "SECURE_HSTS_SECONDS": "0",
        "LOG_LEVEL": "WARNING",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.update({key: str(value) for key, value in overrides.items()})
    return env


def manage(*args, env):
    subprocess.run(
        [PYTHON, "manage.py", *args], cwd=BASE_DIR, env=env, check=True, capture_output=True
    )


class ServerDatabase:
    """A migrated database for servers, and a way to count its rows."""

    def __init__(self, tmp_dir: Path):
        configured = os.environ.get("DATABASE_URL", "")
        self.postgres = configured.startswith(("postgres://", "postgresql://"))
        if self.postgres:
            parsed = urllib.parse.urlsplit(configured)
            worker = os.environ.get("PYTEST_XDIST_WORKER", "main")  # one per parallel worker
            self.name = f"{parsed.path.lstrip('/') or 'helpdesk'}_gunicorn_{worker}"
            self.admin_url = parsed._replace(path="/postgres").geturl()
            self.url = parsed._replace(path=f"/{self.name}").geturl()
        else:
            self.path = tmp_dir / "server.sqlite3"
            self.url = f"sqlite:///{self.path}"

    def create(self):
        if self.postgres:
            self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
            self._admin(f'CREATE DATABASE "{self.name}"')
        manage("migrate", "--no-input", "-v0", env=base_env(DATABASE_URL=self.url, DEBUG="true"))

    def drop(self):
        if self.postgres:
            self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')

    def _admin(self, sql):
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as connection:
            connection.execute(sql)

    def scalar(self, sql, params=()):
        if self.postgres:
            import psycopg

            with psycopg.connect(self.url) as connection:
                return connection.execute(sql.replace("?", "%s"), params).fetchone()[0]
        with contextlib.closing(sqlite3.connect(self.path, timeout=30)) as connection:
            return connection.execute(sql, params).fetchone()[0]

    def count(self, table, where="1=1", params=()):
        return self.scalar(f"SELECT COUNT(*) FROM {table} WHERE {where}", params)  # noqa: S608


class Server:
    def __init__(self, database_url, log_path: Path, workers=4, **env):
        self.port = free_port()
        self.log_path = log_path
        self.env = base_env(
            DATABASE_URL=database_url,
            REDIS_URL=REDIS_URL,
            CACHE_KEY_PREFIX=f"hardening-{uuid.uuid4().hex[:12]}",
            WEB_CONCURRENCY=workers,
            PORT=self.port,
            BIND=f"127.0.0.1:{self.port}",
            MEDIA_ROOT=log_path.parent / "media",
            **env,
        )
        self.process = None

    def __enter__(self):
        self._log = open(self.log_path, "wb")  # closed in __exit__
        self.process = subprocess.Popen(
            [GUNICORN, "-c", "gunicorn.conf.py", "helpdesk.wsgi"],
            cwd=BASE_DIR,
            env=self.env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"gunicorn exited:\n{self.log()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return self
            except OSError:
                time.sleep(0.1)
        raise AssertionError(f"gunicorn did not start:\n{self.log()}")

    def __exit__(self, *exc):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._log.close()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def browser(self, **headers):
        return Browser(self.port, headers)

    def raw(self, request: bytes, timeout=10) -> bytes:
        """Send bytes as they are (what no HTTP client library would send) and read the answer."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=timeout) as sock:
            sock.sendall(request)
            chunks = []
            with contextlib.suppress(TimeoutError, ConnectionResetError):
                while chunk := sock.recv(65536):
                    chunks.append(chunk)
            return b"".join(chunks)


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")


class Browser:
    """One client: its own connection per request, cookies kept, like a browser tab."""

    def __init__(self, port, headers=None):
        self.port = port
        self.headers = headers or {}
        self.cookies = {}

    def request(self, method, path, body=None, headers=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        all_headers = {"Host": "127.0.0.1", **self.headers, **(headers or {})}
        if self.cookies:
            all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        try:
            connection.request(method, path, body=body, headers=all_headers)
            raw = connection.getresponse()
            response = Response(raw.status, raw.headers, raw.read())
        finally:
            connection.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        return response

    def get(self, path, **headers):
        return self.request("GET", path, headers=headers)

    def post(self, path, data, **headers):
        body = urllib.parse.urlencode(data, doseq=True)
        headers = {"Content-Type": "application/x-www-form-urlencoded", **headers}
        return self.request("POST", path, body=body, headers=headers)

    def csrf_token(self, path="/en/feedback/"):
        """The form's CSRF token (the cookie comes with it), as a browser has it."""
        page = self.get(path)
        assert page.status == 200, (page.status, page.text[:500])
        match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
        assert match, "no CSRF token on the form"
        return match.group(1)


def feedback_post(csrf_token, n=0, **overrides):
    """A valid feedback form, with a fresh form token (one submission each)."""
    return {
        "csrfmiddlewaretoken": csrf_token,
        "token": str(uuid.uuid4()),
        "kind": "feedback",
        "topic": "app",
        "description": f"Load and abuse test number {n}: the app froze on the activity page.",
        "email": f"load{n}@example.com",
        "website": "",
        **overrides,
    }


_collected = False


def collect_static():
    """DEBUG off serves hashed files from STATIC_ROOT: collect them once per run.

    Parallel workers (pytest-xdist) share STATIC_ROOT: the first collects under a file
    lock and writes the run's id beside it; the others wait, see the id, and skip."""
    global _collected
    if _collected:
        return
    run = os.environ.get("PYTEST_XDIST_TESTRUNUID", str(os.getpid()))
    checkout = hashlib.sha256(str(BASE_DIR).encode()).hexdigest()[:12]
    lock_path = Path(tempfile.gettempdir()) / f"helpdesk-collectstatic-{checkout}.lock"
    with lock_path.open("a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        lock.seek(0)
        if lock.read() != run:
            manage("collectstatic", "--no-input", "-v0", env=base_env())
            lock.seek(0)
            lock.truncate()
            lock.write(run)
    _collected = True
