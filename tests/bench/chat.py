"""Live chat under load (`make bench-chat`): customers and agents on daphne with Redis.

    make bench-chat                       # 500 customers, 25 agents, 30 s
    python -m tests.bench.chat --customers 100 --seconds 10

Production profile: DEBUG off, PostgreSQL (BENCH_CHAT_DB_URL), the Redis channel
layer and cache (BENCH_CHAT_REDIS_URL), --servers daphne processes (clients are
spread over them in turn, as a proxy would). Abuse limits are off (every client
comes from 127.0.0.1). The desks connect first, then the customers at
--connect-rate per second; the traffic starts when everyone is connected. Each
agent holds its share of the chats; every customer sends a message every
--interval seconds (jittered) and each agent answers one message in five.
Measured: handshake time, round trip (a customer's send until its own message
comes back numbered from the server), messages per second, the servers' memory
per open connection, and, per chat, messages lost (sent, never received) or
received twice, and gaps in the sequence numbers a page saw.
"""

import argparse
import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DB_URL = os.environ.get(
    "BENCH_CHAT_DB_URL", "postgres://postgres@127.0.0.1:5432/helpdesk_chat_bench"
)
REDIS_URL = os.environ.get("BENCH_CHAT_REDIS_URL", "redis://127.0.0.1:6379/12")
ASGI_APP = "helpdesk.asgi:application"
PREFIX = f"chat-bench-{uuid.uuid4().hex[:8]}"
ENV = {
    "DEBUG": "false",
    "SECRET_KEY": "chat-bench-" + uuid.uuid4().hex * 2,
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "SECURE_SSL_REDIRECT": "false",
    "SECURE_COOKIES": "false",
    "SECURE_HSTS_SECONDS": "0",
    "DATABASE_URL": DB_URL,
    "REDIS_URL": REDIS_URL,
    "CACHE_KEY_PREFIX": PREFIX,
    "CHANNEL_LAYER_PREFIX": PREFIX,
    "RATELIMIT_ENABLE": "false",
    "CHAT_AGENT_MAX_CHATS": "1000",
}
os.environ.update(ENV)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "helpdesk.settings")


def create_database():
    import psycopg

    base, name = DB_URL.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')


def prepare(customers, agents):
    """Migrate, then chats already with their agents, and the cookies to reach them."""
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from django.test import Client
    from django.utils import timezone
    from django.utils.module_loading import import_string

    from chat.models import Chat, State
    from chat.tokens import token_for
    from helpdesk import roles

    call_command("migrate", verbosity=0)
    roles.sync_roles()
    group = Group.objects.get(name=roles.CHAT_AGENTS)
    cookie = settings.SESSION_COOKIE_NAME
    agent_cookies, users = [], []
    for n in range(agents):
        user = get_user_model().objects.create_user(f"bench-agent-{n}", is_staff=True)
        user.groups.add(group)
        browser = Client()
        browser.force_login(user)
        agent_cookies.append(f"{cookie}={browser.cookies[cookie].value}")
        users.append(user)
    store_class = import_string(settings.SESSION_ENGINE + ".SessionStore")
    chats = []
    for n in range(customers):
        store = store_class()
        store.create()
        chat = Chat.objects.create(
            language="en",
            question=f"Question {n}",
            session_key=store.session_key,
            state=State.CONNECTED,
            agent=users[n % agents],
            queued_at=timezone.now(),
            accepted_at=timezone.now(),
        )
        chats.append((chat.pk, token_for(chat), f"{cookie}={store.session_key}"))
    return agent_cookies, chats


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_kib(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


class Tally:
    def __init__(self):
        self.round_trips = []
        self.sent = {}  # client id -> send time
        self.echoed = set()
        self.duplicates = 0
        self.gaps = 0
        self.delivered = 0
        self.errors = []
        self.handshakes = []


async def customer(url, token, cookie, tally, go, window, interval):
    import websockets

    headers = {"Origin": "http://127.0.0.1", "Cookie": cookie}
    started = time.perf_counter()
    async with websockets.connect(
        f"{url}/ws/chat/?token={token}", additional_headers=headers
    ) as ws:
        tally.handshakes.append(time.perf_counter() - started)
        seen = set()
        last = 0

        async def reader():
            nonlocal last
            async for raw in ws:
                event = json.loads(raw)
                if event["type"] == "error":
                    tally.errors.append(event["code"])
                if event["type"] != "message":
                    continue
                tally.delivered += 1
                if event["seq"] in seen:
                    tally.duplicates += 1
                    continue
                seen.add(event["seq"])
                if event["seq"] != last + 1:
                    tally.gaps += 1
                last = max(last, event["seq"])
                sent_at = tally.sent.get(event["client_id"])
                if sent_at is not None and event["client_id"] not in tally.echoed:
                    tally.echoed.add(event["client_id"])
                    tally.round_trips.append(time.perf_counter() - sent_at)

        task = asyncio.create_task(reader())
        await go.wait()
        stop_at = time.monotonic() + window
        await asyncio.sleep(random.uniform(0, interval))
        while time.monotonic() < stop_at:
            client_id = str(uuid.uuid4())
            tally.sent[client_id] = time.perf_counter()
            await ws.send(
                json.dumps(
                    {"type": "message", "client_id": client_id, "body": "Is my top-up through yet?"}
                )
            )
            await asyncio.sleep(interval * random.uniform(0.8, 1.2))
        await asyncio.sleep(3)  # the last answers arrive
        task.cancel()


async def agent(url, cookie, tally, go, window, connected):
    import websockets

    headers = {"Origin": "http://127.0.0.1", "Cookie": cookie}
    async with websockets.connect(f"{url}/ws/chat/desk/", additional_headers=headers) as ws:
        connected.release()
        await go.wait()
        stop_at = time.monotonic() + window
        while time.monotonic() < stop_at + 3:
            try:
                raw = await asyncio.wait_for(ws.recv(), timeout=1)
            except TimeoutError:
                continue
            event = json.loads(raw)
            if event["type"] == "message":
                tally.delivered += 1
                if (
                    event["author"] == "customer"
                    and random.random() < 0.2
                    and time.monotonic() < stop_at
                ):
                    await ws.send(
                        json.dumps(
                            {
                                "type": "message",
                                "chat": event["chat"],
                                "client_id": str(uuid.uuid4()),
                                "body": "Checking that now.",
                            }
                        )
                    )


async def run(urls, pids, agent_cookies, chats, seconds, interval, rate):
    """The desks connect, then the customers at `rate` per second; then `seconds` of traffic."""
    tally = Tally()
    idle = sum(rss_kib(pid) for pid in pids)
    go = asyncio.Event()
    desks = asyncio.Semaphore(0)
    tasks = [
        asyncio.create_task(agent(urls[n % len(urls)], c, tally, go, seconds, desks))
        for n, c in enumerate(agent_cookies)
    ]
    # Every desk open (a desk that failed is counted among the errors at the end).
    for task in tasks:
        acquired = asyncio.ensure_future(desks.acquire())
        await asyncio.wait([acquired, task], timeout=60, return_when=asyncio.FIRST_COMPLETED)
        acquired.cancel()
    customers = []
    for n, (_pk, token, cookie) in enumerate(chats):
        url = urls[n % len(urls)]
        customers.append(
            asyncio.create_task(customer(url, token, cookie, tally, go, seconds, interval))
        )
        await asyncio.sleep(1 / rate)
    # Everyone who will connect has (or has given up: websockets waits 10 s at most).
    deadline = time.monotonic() + 15
    while len(tally.handshakes) < len(chats) and time.monotonic() < deadline:
        if all(task.done() for task in customers):
            break
        await asyncio.sleep(0.1)
    connected = sum(rss_kib(pid) for pid in pids)
    go.set()
    results = await asyncio.gather(*tasks, *customers, return_exceptions=True)
    sides = ["desk"] * len(tasks) + ["customer"] * len(customers)
    tally.errors += [
        f"{side}: {type(result).__name__} ({result})"
        for side, result in zip(sides, results, strict=True)
        if isinstance(result, BaseException)
    ]
    return tally, idle, connected, seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=500)
    parser.add_argument("--agents", type=int, default=25)
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument(
        "--interval", type=float, default=5.0, help="seconds between a customer's messages"
    )
    parser.add_argument(
        "--connect-rate", type=float, default=50.0, help="customers connecting per second"
    )
    parser.add_argument("--servers", type=int, default=1, help="daphne processes")
    args = parser.parse_args()
    create_database()
    agent_cookies, chats = prepare(args.customers, args.agents)
    ports = [free_port() for _ in range(args.servers)]
    log = open(os.environ.get("BENCH_CHAT_SERVER_LOG", os.devnull), "w")  # noqa: SIM115
    servers = [
        subprocess.Popen(
            [sys.executable, "-m", "daphne", "-b", "127.0.0.1", "-p", str(port), ASGI_APP],
            cwd=ROOT,
            env={**os.environ, **ENV},
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
        for port in ports
    ]
    try:
        deadline = time.monotonic() + 30
        for port in ports:
            while time.monotonic() < deadline:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.2)
        tally, idle_kib, connected_kib, elapsed = asyncio.run(
            run(
                [f"ws://127.0.0.1:{port}" for port in ports],
                [server.pid for server in servers],
                agent_cookies,
                chats,
                args.seconds,
                args.interval,
                args.connect_rate,
            )
        )
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            server.wait(10)
    trips = sorted(tally.round_trips)
    lost = len(tally.sent) - len(tally.echoed)
    connections = args.customers + args.agents

    def pct(p):
        return trips[min(len(trips) - 1, int(len(trips) * p))] * 1000 if trips else float("nan")

    per_connection = (connected_kib - idle_kib) / connections
    p99_max = trips[-1] * 1000 if trips else float("nan")
    shakes = sorted(tally.handshakes)

    def shake(p):
        return shakes[min(len(shakes) - 1, int(len(shakes) * p))] * 1000 if shakes else float("nan")

    print(
        f"chat bench: {args.customers} customers ({args.connect_rate:g}/s), {args.agents} agents, "
        f"{elapsed:.0f} s of traffic on {args.servers} daphne + Redis + PostgreSQL"
    )
    print(
        f"  customers connected: {len(shakes)} of {args.customers}; "
        f"handshake p50 {shake(0.5):.0f} ms, p99 {shake(0.99):.0f} ms"
    )
    print(
        f"  messages sent by customers: {len(tally.sent)} "
        f"({len(tally.sent) / elapsed:.0f}/s); deliveries to pages, both sides: "
        f"{tally.delivered} ({tally.delivered / elapsed:.0f}/s)"
    )
    print(f"  round trip p50 {pct(0.50):.1f} ms, p99 {pct(0.99):.1f} ms, max {p99_max:.1f} ms")
    print(
        f"  daphne memory (all servers): {idle_kib / 1024:.0f} MiB idle, "
        f"{connected_kib / 1024:.0f} MiB "
        f"with {connections} connections: {per_connection:.0f} KiB per connection"
    )
    print(
        f"  lost: {lost}, duplicated: {tally.duplicates}, sequence gaps: {tally.gaps}, "
        f"errors: {len(tally.errors)} {sorted(set(tally.errors))}"
    )


if __name__ == "__main__":
    main()
