"""In-process render times of the public pages with the page cache off.

    .venv/bin/python -m tests.bench.render                  # median ms per page
    .venv/bin/python -m tests.bench.render --profile "faq index"  # + cProfile top
    .venv/bin/python -m tests.bench.render --cold           # fragments never stored

Every request goes through Django's middleware and the view (the test client),
on SQLite with the demo content, `DEBUG` off, `PAGE_CACHE_SECONDS=0`: the cost
of a miss without the network or the server. Fragments of pages
(helpdesk.lib.fragments) are stored as in production, so a render reuses them
as it does between two content edits; `--cold` empties the cache before every
render: the cost of the first request after an edit. Times are this process's
CPU time (time.process_time), which other work on a loaded machine inflates far
less than wall-clock time (shared caches and frequency still move it: compare
runs taken side by side).
"""

import argparse
import cProfile
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# The pages `make bench` measures (tests/bench/run.py) with GET.
PAGES = [
    ("article", "/en/faq/sign-in-password/reset-forgotten-password/"),
    ("faq index", "/en/faq/"),
    ("category", "/en/faq/sign-in-password/"),
    ("home", "/en/"),
    ("search", "/en/search/?q=withdrawal"),
    ("contact", "/en/contact/hk/"),
    ("status form", "/en/status/"),
]


def prepare(database):
    """The environment of a portal with the demo content in `database` (made once)."""
    env = {
        "DEBUG": "false",
        "SECRET_KEY": "render-bench-" + "x" * 50,
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "SECURE_HSTS_SECONDS": "0",
        "RATELIMIT_ENABLE": "false",
        "PAGE_CACHE_SECONDS": "0",
        "DATABASE_URL": f"sqlite:///{database}",
    }
    if not Path(database).exists():
        manage = [sys.executable, "manage.py"]
        for command in (["collectstatic", "--no-input", "-v0"], ["migrate", "-v0"], ["load_demo"]):
            subprocess.run([*manage, *command], cwd=ROOT, env={**os.environ, **env}, check=True)
    for name in [name for name in os.environ if name.startswith(("DATABASE_", "REDIS_"))]:
        del os.environ[name]
    os.environ.update(env)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "helpdesk.settings")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--renders", type=int, default=200, help="per page")
    parser.add_argument("--database", default=str(Path(tempfile.gettempdir()) / "render.sqlite3"))
    parser.add_argument("--profile", help="a page name: print its cProfile top entries")
    parser.add_argument("--pages", nargs="*", help="page names (default: all)")
    parser.add_argument("--cold", action="store_true", help="empty the cache before each render")
    args = parser.parse_args()
    prepare(args.database)

    import django

    django.setup()
    from django.core.cache import cache
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    pages = [(n, p) for n, p in PAGES if not args.pages or n in args.pages]
    before = cache.clear if args.cold else lambda: None
    print(
        f"{'page':<12} {'CPU ms p50':>10} {'p10':>6} {'p90':>6}  ({args.renders} renders"
        f"{', cache emptied before each' if args.cold else ''})"
    )
    for name, path in pages:
        for _ in range(10):  # warm: imports, template loading, cached inputs
            assert client.get(path).status_code == 200, path
        times = []
        for _ in range(args.renders):
            before()
            started = time.process_time()
            response = client.get(path)
            times.append((time.process_time() - started) * 1000)
            assert "X-Page-Cache" not in response, path
        deciles = statistics.quantiles(times, n=10)
        print(f"{name:<12} {statistics.median(times):10.2f} {deciles[0]:6.2f} {deciles[-1]:6.2f}")
        if args.profile == name:
            profile = cProfile.Profile()
            profile.enable()
            for _ in range(args.renders):
                client.get(path)
            profile.disable()
            pstats.Stats(profile).sort_stats("cumulative").print_stats(45)
            pstats.Stats(profile).sort_stats("tottime").print_stats(30)


if __name__ == "__main__":
    main()
