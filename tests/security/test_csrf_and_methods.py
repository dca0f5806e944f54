"""CSRF and methods: no POST without a token, no change by GET, no csrf_exempt anywhere."""

import subprocess
from pathlib import Path

import pytest
from django.apps import apps
from django.test import Client

from tests.security.test_authorisation import matrix, objects  # noqa: F401 (fixture)

SIGNED_BY_PROVIDER = {"mailgun_inbound"}
# The JSON API authenticates by header (a staff token), never by cookie, so a forged
# cross-site POST carries no credentials: it gets the API's own refusal instead.
API_POST = {"api:feedback_create": 400, "api:report_create": 400, "api:case_reply": 401}
API_POST |= {"api:api-root": 403, "api:openapi-json": 403}  # plain Django views: CSRF
API_POST_DEFAULT = 405  # the reads take GET only

pytestmark = pytest.mark.django_db

BASE_DIR = Path(__file__).resolve().parents[2]
# Written by design on GET: article views are counted (in batches) for "popular".
GET_WRITES_ALLOWED = {"faq.articledailyviews"}


def snapshot():
    rows = {}
    for model in apps.get_models():
        label = model._meta.label_lower
        if label in GET_WRITES_ALLOWED:
            continue
        manager = model._base_manager
        rows[label] = (manager.count(), repr(list(manager.order_by("pk").values_list())))
    return rows


def test_csrf_exempt_appears_nowhere_in_our_code():
    found = subprocess.run(
        ["grep", "-rn", "--include=*.py", "--include=*.html", "csrf_exempt", "."],
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
    )
    assert found.returncode in {0, 1}, found.stderr  # 1: no match
    found = found.stdout.splitlines()
    ours = [line for line in found if not line.startswith(("./.venv", "./tests/security/"))]
    assert ours == []


@pytest.mark.parametrize("role", ["anonymous", "superuser"])
def test_every_url_refuses_a_post_without_a_token(cast, objects, role):  # noqa: F811
    client = Client(enforce_csrf_checks=True)
    if cast[role]:
        client.force_login(cast[role])
    before = snapshot()
    rows = matrix(objects)
    wrong = []
    for label, url, _codes in rows:
        response = client.post(url, {"post": "yes", "helpful": "yes", "region": "hk"})
        # The provider's webhook is signed instead (tests/feedback/test_inbound_webhook.py);
        # without a signing key it does not exist.
        expected = 404 if label in SIGNED_BY_PROVIDER else 403
        if label.startswith("api:"):
            expected = API_POST.get(label, API_POST_DEFAULT)
        if response.status_code != expected:
            wrong.append((label, url, response.status_code))
    assert wrong == []
    assert snapshot() == before
    print(f"{role}: {len(rows)} URLs refused a POST without a CSRF token")


@pytest.mark.parametrize("role", ["anonymous", "agent", "superuser"])
def test_a_crawl_of_every_get_url_changes_no_row(client, cast, objects, role):  # noqa: F811
    if cast[role]:
        client.force_login(cast[role])
    before = snapshot()
    rows = matrix(objects)
    for _label, url, _codes in rows:
        client.get(url)
        client.head(url)
    assert snapshot() == before
