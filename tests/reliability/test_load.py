"""Load without loss: 500 submissions over 50 simultaneous connections, limits off.

Runs on SQLite in `make test` and on PostgreSQL in `make test-postgres`
(whichever DATABASE_URL the suite has). Every submission is stored once, with
its confirmation mail queued (outbox row + task row); no 5xx; SQLite never
answers "database is locked" (WAL, IMMEDIATE transactions, busy timeout).
"""

from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.reliability.server import feedback_post

SUBMISSIONS = 500
CONNECTIONS = 50

pytestmark = pytest.mark.django_db(transaction=False)


def test_500_submissions_over_50_connections_lose_nothing(gunicorn, server_database):
    tables = ["feedback_submission", "feedback_notification", "django_tasks_database_dbtaskresult"]
    before = {table: server_database.count(table) for table in tables}
    with gunicorn(RATELIMIT_ENABLE="false") as server:
        browser = server.browser()
        token = browser.csrf_token()
        cookies = dict(browser.cookies)
        marker = f"load-{server.port}"

        def one(n):
            client = server.browser()
            client.cookies = dict(cookies)
            data = feedback_post(token, n, name=f"Load {n % 10}", transaction_id=f"{marker}-{n}")
            return client.post("/en/feedback/", data).status

        with ThreadPoolExecutor(max_workers=CONNECTIONS) as pool:
            statuses = list(pool.map(one, range(SUBMISSIONS)))
        log = server.log()
    engine = "PostgreSQL" if server_database.postgres else "SQLite"
    print(f"{engine}: {SUBMISSIONS} submissions over {CONNECTIONS} connections: {set(statuses)}")
    assert statuses == [302] * SUBMISSIONS, sorted(set(statuses))
    stored = server_database.count("feedback_submission", "transaction_id LIKE ?", [f"{marker}-%"])
    assert stored == SUBMISSIONS
    assert server_database.count("feedback_submission") - before["feedback_submission"] == 500
    queued = server_database.count(
        "feedback_notification n JOIN feedback_submission s ON s.id = n.submission_id",
        "s.transaction_id LIKE ? AND n.purpose = 'confirmation' AND n.state = 'pending'",
        [f"{marker}-%"],
    )
    assert queued == SUBMISSIONS
    tasks = server_database.count("django_tasks_database_dbtaskresult")
    assert tasks - before["django_tasks_database_dbtaskresult"] == SUBMISSIONS
    assert "database is locked" not in log
    assert "Traceback" not in log
