"""Abuse limits as attackers meet them: 4 gunicorn workers sharing Redis, many requests at once.

100 simultaneous submissions from one client against a limit of 5: at most 5
are stored. A forged X-Forwarded-For buys no fresh limit unless the proxy in
front is configured as trusted (TRUSTED_PROXY_COUNT), and then only the
address the proxy appended counts. Honeypot submissions store nothing.
"""

from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.reliability.server import feedback_post

CONCURRENT = 100
LIMIT = 5

pytestmark = pytest.mark.django_db(transaction=False)


def fire(server, count, headers_for=lambda n: {}, data_for=None):
    browser = server.browser()
    token = browser.csrf_token()
    cookies = dict(browser.cookies)

    def one(n):
        client = server.browser(**headers_for(n))
        client.cookies = dict(cookies)
        data = data_for(token, n) if data_for else feedback_post(token, n)
        return client.post("/en/feedback/", data).status

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(one, range(count)))


def new_rows(server_database, since):
    return server_database.count("feedback_submission") - since


def test_100_concurrent_submissions_from_one_client_store_at_most_5(gunicorn, server_database):
    before = server_database.count("feedback_submission")
    with gunicorn(FEEDBACK_SUBMIT_RATE=f"{LIMIT}/h", FEEDBACK_POST_RATE="1000/h") as server:
        statuses = fire(server, CONCURRENT)
        log = server.log()
    accepted = statuses.count(302)
    print(f"{CONCURRENT} concurrent submissions, limit {LIMIT}: {accepted} accepted")
    assert set(statuses) <= {302, 429}, statuses
    assert 1 <= accepted <= LIMIT
    assert new_rows(server_database, before) == accepted
    assert "Traceback" not in log


def test_a_forged_x_forwarded_for_buys_no_fresh_limit(gunicorn, server_database):
    before = server_database.count("feedback_submission")
    with gunicorn(FEEDBACK_SUBMIT_RATE=f"{LIMIT}/h", FEEDBACK_POST_RATE="1000/h") as server:
        statuses = fire(server, 30, headers_for=lambda n: {"X-Forwarded-For": f"203.0.113.{n + 1}"})
    assert statuses.count(302) <= LIMIT
    assert new_rows(server_database, before) <= LIMIT


def test_behind_a_trusted_proxy_only_the_address_it_appended_counts(gunicorn, server_database):
    with gunicorn(
        FEEDBACK_SUBMIT_RATE=f"{LIMIT}/h", FEEDBACK_POST_RATE="1000/h", TRUSTED_PROXY_COUNT="1"
    ) as server:
        before = server_database.count("feedback_submission")
        # Ten different customers behind the proxy: each has a limit of its own.
        customers = fire(server, 10, headers_for=lambda n: {"X-Forwarded-For": f"198.51.100.{n}"})
        assert customers == [302] * 10
        assert new_rows(server_database, before) == 10
        # One client forging the left-hand part; the proxy appended its real address.
        before = server_database.count("feedback_submission")
        forged = fire(
            server,
            30,
            headers_for=lambda n: {"X-Forwarded-For": f"203.0.113.{n + 1}, 192.0.2.50"},
        )
        assert forged.count(302) <= LIMIT
        assert new_rows(server_database, before) <= LIMIT


def test_honeypot_submissions_store_nothing(gunicorn, server_database):
    before = server_database.count("feedback_submission")
    with gunicorn(RATELIMIT_ENABLE="false") as server:
        statuses = fire(
            server,
            20,
            data_for=lambda token, n: feedback_post(token, n, website="https://spam.example"),
        )
    assert statuses == [302] * 20  # looks like success to the bot
    assert new_rows(server_database, before) == 0
