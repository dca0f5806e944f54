"""gunicorn settings for `make serve` and production (values from the environment)."""

import gc
import multiprocessing
import os

bind = os.environ.get("BIND", f"127.0.0.1:{os.environ.get('PORT', '8000')}")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2))
worker_class = "sync"
# Load the app once in the master: workers share its memory and start fast.
preload_app = True
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then so that a slow leak cannot grow without bound;
# rarely, since a new worker starts with cold per-process caches (at 5,000 the
# benchmark's p99 reached one second as workers restarted under load).
max_requests = 100_000
max_requests_jitter = 10_000
# Only the proxy in front may say which client and scheme a request came from.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-" if os.environ.get("ACCESS_LOG", "").lower() in {"1", "true", "yes"} else None
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
# The control socket has one default path per user, which two servers on one
# machine (the benchmark runs two) would fight over; nothing here uses it.
control_socket_disable = True


def pre_fork(server, worker):
    """What the master loaded (Django, the apps and their models, the middleware)
    lives as long as the worker: frozen, the worker's full garbage collections skip
    it, which shortens their pause (the longest stall of a request: 65-84 ms, 12 ms
    frozen) and does not write the collector's bookkeeping into the memory pages the
    worker shares with the master. See docs/performance.md."""
    gc.freeze()
