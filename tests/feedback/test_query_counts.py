"""The customer pages run a fixed number of queries however much is stored."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from feedback import links
from tests.factories import make_region, make_submission

pytestmark = pytest.mark.django_db

BUDGETS = {"feedback": 2, "report": 2, "status": 0, "status_lookup": 1, "case": 5}


def count(client, method, url, data=None):
    with CaptureQueriesContext(connection) as captured:
        response = getattr(client, method)(url, data or {}, HTTP_COOKIE="region=hk")
    assert response.status_code in {200, 302}, url
    return len(captured)


def measure(client, submission):
    return {
        "feedback": count(client, "get", "/en/feedback/"),
        "report": count(client, "get", "/en/report/"),
        "status": count(client, "get", "/en/status/"),
        "status_lookup": count(
            client,
            "post",
            "/en/status/",
            {"reference": submission.reference, "email": submission.email},
        ),
        "case": count(client, "get", f"/en/status/r/{links.case_token(submission)}/"),
    }


def test_query_counts_do_not_grow(client, agent):
    from feedback import services

    make_region("hk")
    submission = make_submission()
    services.reply_create(submission=submission, author=agent, body="First")
    small = measure(client, submission)
    for code in ["cn", "tw", "us", "gb", "au", "sg"]:
        make_region(code)
    for _ in range(30):
        make_submission()
        services.reply_create(submission=submission, author=agent, body="More")
    large = measure(client, submission)
    assert small == large
    for name, budget in BUDGETS.items():
        assert large[name] <= budget, (name, large[name])
