"""`make bench`: the portal's public pages against a hello-world Django view.

Serves both with gunicorn and the same settings (the portal in its `make serve`
profile on SQLite with the demo content), drives them alternately with wrk and
prints requests/s, p50/p99 latency and the portal/hello-world ratio per page,
then the RSS of the portal's workers. Each GET page is measured twice: on a
portal with the page cache (stored pages) and on a second portal with it off
(`PAGE_CACHE_SECONDS=0`: every request renders the page). A benchmark, not a
test: it asserts nothing and prints the goals beside the figures.
"""

import argparse
import gzip
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent
P99_GOAL_MS = 50

# name, path, goal ratio with the page cache, goal ratio without it
PAGES = [
    ("article", "/en/faq/sign-in-password/reset-forgotten-password/", 0.85, 0.12),
    ("faq index", "/en/faq/", 0.85, 0.12),
    ("category", "/en/faq/sign-in-password/", None, 0.12),
    ("home", "/en/", None, 0.12),
    ("search", "/en/search/?q=withdrawal", 0.50, 0.15),
    ("contact", "/en/contact/hk/", 0.85, 0.12),
    ("status form", "/en/status/", None, None),
]

# The JSON API's cached reads, each against the cached page it answers like:
# name, API path, page path; goal: API req/s >= API_READ_GOAL x the page's.
API_READS = [
    (
        "api article",
        "/api/v1/articles/reset-forgotten-password?lang=en",
        "/en/faq/sign-in-password/reset-forgotten-password/",
    ),
    ("api categories", "/api/v1/categories?lang=en", "/en/faq/"),
    ("api search", "/api/v1/search?q=withdrawal&lang=en", "/en/search/?q=withdrawal"),
    ("api channels", "/api/v1/regions/hk/channels?lang=en", "/en/contact/hk/"),
]
API_READ_GOAL = 0.80

# A group of columns for each portal (cached, uncached), then hello-world's.
PORTAL_COLUMNS = [("req/s", 7), ("p50", 7), ("p99", 7), ("ratio", 7), ("goal", 7)]
COLUMNS = [
    ("page", -14),
    *PORTAL_COLUMNS,
    ("|", 2),
    *PORTAL_COLUMNS,
    ("|", 2),
    ("hello", 7),
    ("h p99", 7),
    ("non-2xx", 9),
    ("goals", 7),
]

LATENCY = re.compile(r"^\s+(50|99)(?:\.0+)?%\s+([\d.]+)(us|ms|s)\s*$", re.MULTILINE)
RPS = re.compile(r"Requests/sec:\s+([\d.]+)")
NON_2XX = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")
REQUESTS = re.compile(r"(\d+) requests in ")


def to_ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def pinned(command, cpus):
    """Run on the given CPUs only, so that load generator and servers do not
    take each other's cores and the two servers compete on equal terms."""
    return ["taskset", "-c", cpus, *command] if cpus else command


def wrk(url, *, seconds, connections, threads, script=None, cpus=None):
    command = pinned(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency"], cpus
    )
    if script:
        command += ["-s", script]
    output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    latencies = {p: to_ms(v, u) for p, v, u in LATENCY.findall(output)}
    errors = NON_2XX.search(output)
    return {
        "rps": float(RPS.search(output).group(1)),
        "p50": latencies.get("50"),
        "p99": latencies.get("99"),
        "non2xx": int(errors.group(1)) if errors else 0,
        "requests": int(REQUESTS.search(output).group(1)),
    }


def free_port():
    """A port nothing listens on now, so that runs on a shared machine do not
    measure each other's servers."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.status
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {timeout}s")


def page_status(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def start(app, port, env, workers, cpus):
    return subprocess.Popen(
        pinned([str(VENV_BIN / "gunicorn"), "-c", str(ROOT / "gunicorn.conf.py"), app], cpus),
        cwd=ROOT,
        env={**env, "PORT": str(port), "WEB_CONCURRENCY": str(workers), "LOG_LEVEL": "warning"},
        start_new_session=True,
    )


def worker_rss_mb(master_pid):
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    sizes = []
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        sizes.append(int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024)
    return sizes


def page_cache_state(url):
    """The X-Page-Cache header of the second of two GETs: "hit" when stored."""
    for _ in range(2):
        with urllib.request.urlopen(url, timeout=5) as response:
            state = response.headers.get("X-Page-Cache", "none")
    return state


def summary(runs, hello_runs):
    """Medians of the rounds: one disturbed round does not move the figure.

    Each portal round is paired with the hello-world round next to it, so
    load that drifts over the run moves both sides of a ratio."""
    return {
        "rps": statistics.median(r["rps"] for r in runs),
        "p50": statistics.median(r["p50"] for r in runs),
        "p99": statistics.median(r["p99"] for r in runs),
        "ratio": statistics.median(
            p["rps"] / h["rps"] for p, h in zip(runs, hello_runs, strict=True)
        ),
        "non2xx": sum(r["non2xx"] for r in runs),
    }


def portal_cells(result, goal):
    if result is None:
        return f"{'-':>7}" * 5
    goal_text = f">={goal:.0%}" if goal else "-"
    return (
        f"{result['rps']:>7.0f}{result['p50']:>7.1f}{result['p99']:>7.1f}"
        f"{result['ratio']:>7.0%}{goal_text:>7}"
    )


def goals_met(results_and_goals):
    """Whether every ratio meets its goal and every p99 is under P99_GOAL_MS."""
    for result, goal in results_and_goals:
        if result is None:
            continue
        if (goal and result["ratio"] < goal) or result["p99"] >= P99_GOAL_MS:
            return "no"
    return "yes"


def home_transfer(base):
    """Bytes on the wire for the home page and everything it links (gzip accepted).

    HTML is sent uncompressed by the app (compression is the proxy's job), so its
    gzip size is computed here as a proxy would send it."""

    def fetch(path):
        request = urllib.request.Request(base + path, headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.read(), response.headers.get("Content-Encoding", "")

    html, _encoding = fetch("/en/")
    assets = re.findall(rb'(?:href|src)="(/static/[^"]+\.(?:css|js|svg))"', html)
    sizes = {"html (gzip)": len(gzip.compress(html))}
    for asset in assets:
        body, encoding = fetch(asset.decode())
        sizes[f"{asset.decode().rsplit('/', 1)[-1]} ({encoding or 'identity'})"] = len(body)
    return sizes


def returning_visitor_script(workdir):
    """GETs with a CSRF cookie, as a browser sends after its first page here."""
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    secret = "".join(secrets.choice(alphabet) for _ in range(32))
    script = Path(workdir) / "get.lua"
    script.write_text(f'wrk.headers["Cookie"] = "csrftoken={secret}"\n')
    return str(script)


def feedback_post_script(base, workdir):
    """A wrk Lua script posting valid feedback with a real CSRF pair.

    Each request carries a new form token (the form's idempotency key), so
    that every POST stores a submission, as a customer's would."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
    html = opener.open(f"{base}/en/feedback/", timeout=5).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    cookie = next(c for c in opener.handlers if isinstance(c, urllib.request.HTTPCookieProcessor))
    csrf_cookie = next(c.value for c in cookie.cookiejar if c.name == "csrftoken")
    fields = {
        "csrfmiddlewaretoken": token,
        "kind": "feedback",
        "topic": "app",
        "description": "The app closes when I open the card page after the update.",
        "email": "bench@example.com",
        "consent": "on",
    }
    body = "&".join(f"{k}={urllib.parse.quote_plus(v)}" for k, v in fields.items())
    script = Path(workdir) / "post.lua"
    script.write_text(
        'wrk.method = "POST"\n'
        'wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"\n'
        f'wrk.headers["Cookie"] = "csrftoken={csrf_cookie}"\n'
        f'wrk.headers["Referer"] = "{base}/en/feedback/"\n'
        "local threads = 0\n"
        "function setup(thread)\n"
        "  threads = threads + 1\n"
        '  thread:set("seed", os.time() * 100 + threads)\n'
        "end\n"
        "function init(args)\n"
        "  math.randomseed(seed)\n"
        "end\n"
        "function request()\n"
        '  local token = string.format("%08x-%04x-4%03x-a%03x-%06x%06x",\n'
        "    math.random(0, 0xffffffff), math.random(0, 0xffff), math.random(0, 0xfff),\n"
        "    math.random(0, 0xfff), math.random(0, 0xffffff), math.random(0, 0xffffff))\n"
        f'  return wrk.format(nil, nil, nil, "{body}&token=" .. token)\n'
        "end\n"
    )
    return str(script)


def feedback_stored(env, workdir):
    """How many submissions the benchmark stored (each valid POST stores one)."""
    count = subprocess.run(
        [
            str(VENV_BIN / "python"),
            "manage.py",
            "shell",
            "--no-imports",
            "-c",
            "from feedback.models import Submission; print(Submission.objects.count())",
        ],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return int(count.stdout.strip())


def api_reads(portal_base, *, rounds, script, **options):
    """The API rows: each cached API read against its cached page, alternately."""
    print(f"\n{'API read':<16}{'req/s':>7}{'p50':>7}{'p99':>7}{'page':>7}{'ratio':>7}{'goal':>7}")
    for name, api_path, page_path in API_READS:
        status = page_status(portal_base + api_path)
        if status != 200:
            print(f"{name:<16}skipped: GET {api_path} answered {status}")
            continue
        api_runs, page_runs = [], []
        for _ in range(rounds):
            api_runs.append(wrk(portal_base + api_path, script=script, **options))
            page_runs.append(wrk(portal_base + page_path, script=script, **options))
        result = summary(api_runs, page_runs)
        page_rps = statistics.median(r["rps"] for r in page_runs)
        met = "yes" if result["ratio"] >= API_READ_GOAL else "no"
        print(
            f"{name:<16}{result['rps']:>7.0f}{result['p50']:>7.1f}{result['p99']:>7.1f}"
            f"{page_rps:>7.0f}{result['ratio']:>7.2f}{API_READ_GOAL:>7.2f}  {met}"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=6)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2)
    # One sync worker per server CPU: more workers than cores on CPU-bound,
    # cached pages only add context switches (p99 113 ms with 2 on one core,
    # 33 ms with 1, measured on the FAQ index).
    parser.add_argument("--workers", type=int, default=None, help="default: server CPUs")
    parser.add_argument("--rounds", type=int, default=5, help="alternations per page")
    parser.add_argument(
        "--pages",
        nargs="+",
        metavar="NAME",
        help='only these rows: page names ("faq index"), "feedback POST", "api" (default: all)',
    )
    parser.add_argument(
        "--server-cpus",
        default="1" if os.cpu_count() >= 2 else "",
        help="CPUs for the servers (taskset list); wrk gets the others. Empty: no pinning.",
    )
    args = parser.parse_args()

    workdir = tempfile.mkdtemp(prefix="bench-")
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_", "REDIS_"))},
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "SECURE_HSTS_SECONDS": "0",
        "RATELIMIT_ENABLE": "false",
        "DATABASE_URL": f"sqlite:///{workdir}/bench.sqlite3",
        "MEDIA_ROOT": f"{workdir}/media",
    }
    manage = [str(VENV_BIN / "python"), "manage.py"]
    for command in (["collectstatic", "--no-input", "-v0"], ["migrate", "-v0"], ["load_demo"]):
        subprocess.run([*manage, *command], cwd=ROOT, env=env, check=True, capture_output=True)

    server_cpus = args.server_cpus
    load_cpus = (
        ",".join(
            str(c) for c in sorted(os.sched_getaffinity(0)) if str(c) not in server_cpus.split(",")
        )
        if server_cpus
        else None
    )
    if args.workers is None:
        args.workers = len(server_cpus.split(",")) if server_cpus else os.cpu_count()
    ports = [free_port() for _ in range(3)]
    portal = start("helpdesk.wsgi", ports[0], env, args.workers, server_cpus)
    uncached = start(
        "helpdesk.wsgi", ports[1], {**env, "PAGE_CACHE_SECONDS": "0"}, args.workers, server_cpus
    )
    hello = start("tests.bench.hello", ports[2], env, args.workers, server_cpus)
    try:
        portal_base, uncached_base, hello_base = (f"http://127.0.0.1:{port}" for port in ports)
        wait_for(portal_base + "/healthz")
        wait_for(uncached_base + "/healthz")
        wait_for(hello_base + "/")
        for process in (portal, uncached, hello):
            if process.poll() is not None:
                raise RuntimeError(f"a server exited with {process.returncode}")
        wanted = set(args.pages) if args.pages else None
        get_script = returning_visitor_script(workdir)
        pages = [
            (name, path, *goals, get_script)
            for name, path, *goals in PAGES
            if wanted is None or name in wanted
        ]
        if (wanted is None or "feedback POST" in wanted) and page_status(
            portal_base + "/en/feedback/"
        ) == 200:
            script = feedback_post_script(portal_base, workdir)
            pages.append(("feedback POST", "/en/feedback/", None, None, script))
        print(
            f"wrk {args.threads} threads, {args.connections} connections, {args.seconds}s x "
            f"{args.rounds} rounds each (medians; ratio: median of paired rounds), "
            f"{args.workers} gunicorn workers, "
            f"{os.cpu_count()} cores; servers on CPU {server_cpus or 'any'}, "
            f"wrk on CPU {load_cpus or 'any'}; GETs carry a CSRF cookie like a returning browser"
        )
        print(
            "cached: page cache on (stored pages); uncached: PAGE_CACHE_SECONDS=0; "
            "ratio: portal req/s / hello-world req/s; ms: latency; "
            f"goals: the ratio goals shown and p99 < {P99_GOAL_MS} ms on every page"
        )
        header = "".join(
            f"{title:>{width}}" if width > 0 else f"{title:<{-width}}" for title, width in COLUMNS
        )
        group = 7 * len(PORTAL_COLUMNS)
        print(f"{'':<14}{'cached':^{group}}{'':>2}{'uncached':^{group}}{'':>2}{'hello-world':^14}")
        print(header)
        print("-" * len(header))
        for name, path, goal, uncached_goal, script in pages:
            status = page_status(portal_base + path)
            if status != 200:
                print(f"{name:<14}skipped: GET {path} answered {status}")
                continue
            post = script != get_script
            if not post and page_cache_state(uncached_base + path) == "hit":
                raise RuntimeError(f"{path} came from the page cache with PAGE_CACHE_SECONDS=0")
            stored_before = feedback_stored(env, workdir) if post else None
            cached_runs, uncached_runs, hello_runs = [], [], []
            options = {
                "seconds": args.seconds,
                "connections": args.connections,
                "threads": args.threads,
                "cpus": load_cpus,
            }
            # cached, hello-world, uncached: each portal run is next to the
            # hello-world run it is compared with.
            for _ in range(args.rounds):
                cached_runs.append(wrk(portal_base + path, script=script, **options))
                hello_runs.append(wrk(hello_base + "/", script=get_script, **options))
                if not post:
                    uncached_runs.append(wrk(uncached_base + path, script=script, **options))
            cached = summary(cached_runs, hello_runs)
            uncached_result = summary(uncached_runs, hello_runs) if uncached_runs else None
            hello_rps = statistics.median(r["rps"] for r in hello_runs)
            hello_p99 = statistics.median(r["p99"] for r in hello_runs)
            non2xx = cached["non2xx"] + (uncached_result["non2xx"] if uncached_result else 0)
            # The POST is a write, measured for information only.
            met = "-" if post else goals_met([(cached, goal), (uncached_result, uncached_goal)])
            print(
                f"{name:<14}{portal_cells(cached, goal)}{'|':>2}"
                f"{portal_cells(uncached_result, uncached_goal)}{'|':>2}"
                f"{hello_rps:>7.0f}{hello_p99:>7.1f}{non2xx:>9}{met:>7}"
            )
            if stored_before is not None:
                stored = feedback_stored(env, workdir) - stored_before
                sent = sum(r["requests"] for r in cached_runs)
                print(
                    f"{'':<14}{sent} POSTs answered in the timed runs, {stored} submissions stored"
                )
        if wanted is None or "api" in wanted:
            api_reads(
                portal_base,
                rounds=args.rounds,
                script=get_script,
                seconds=args.seconds,
                connections=args.connections,
                threads=args.threads,
                cpus=load_cpus,
            )
        transfer = home_transfer(portal_base)
        parts = ", ".join(f"{name} {size / 1024:.1f} KB" for name, size in transfer.items())
        print(
            f"home page transfer: {sum(transfer.values()) / 1024:.1f} KB ({parts}; goal < 120 KB)"
        )
        for label, process in (("portal", portal), ("uncached portal", uncached)):
            sizes = worker_rss_mb(process.pid)
            print(
                f"{label} worker RSS after the run: {', '.join(f'{s:.0f}' for s in sizes)} MB "
                f"(max {max(sizes):.0f} MB; goal < 120 MB)"
            )
    finally:
        for process in (portal, uncached, hello):
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
