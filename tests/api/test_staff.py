"""Staff tokens: hashed at rest, revocable, scoped; the admin's role rules apply.

The matrix walks every staff API URL with a token of each role and each scope.
"""

import pytest
from django.urls import reverse

from api.models import ApiToken, token_digest
from feedback.models import Reply
from tests.factories import make_submission

pytestmark = pytest.mark.django_db

ROLES = ["editor", "agent", "analyst", "superuser"]


def issue(user, scope="read"):
    token = ApiToken(user=user, name="triage", scope=scope)
    secret = token.issue()
    token.save()
    return token, secret


def bearer(secret):
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


@pytest.fixture
def cases():
    return {
        "feedback": make_submission(kind="feedback"),
        "report": make_submission(kind="suspicious"),
    }


# role -> (list sees, feedback detail, report detail, reply to feedback with write, with read)
EXPECTED = {
    "editor": (set(), 404, 404, 404, 403),
    "agent": ({"feedback"}, 200, 404, 201, 403),
    "analyst": ({"report"}, 404, 200, 404, 403),
    "superuser": ({"feedback", "report"}, 200, 200, 201, 403),
}


@pytest.mark.parametrize("role", ROLES)
def test_token_matrix(client, cast, cases, role):
    user = cast[role]
    _read, read_secret = issue(user, "read")
    _write, write_secret = issue(user, "write")
    sees, feedback_code, report_code, write_code, read_write_code = EXPECTED[role]
    for secret in (read_secret, write_secret):
        listed = client.get(reverse("api:case_list"), **bearer(secret)).json()["results"]
        references = {c["reference"] for c in listed}
        assert references == {cases[name].reference for name in sees}
        for name, code in (("feedback", feedback_code), ("report", report_code)):
            url = reverse("api:case_detail", kwargs={"reference": cases[name].reference})
            assert client.get(url, **bearer(secret)).status_code == code
    url = reverse("api:case_reply", kwargs={"reference": cases["feedback"].reference})
    body = {"body": "We have unlocked your wallet."}
    by_read = client.post(url, body, content_type="application/json", **bearer(read_secret))
    assert by_read.status_code == read_write_code
    by_write = client.post(url, body, content_type="application/json", **bearer(write_secret))
    assert by_write.status_code == write_code
    assert Reply.objects.filter(author=user).count() == (1 if write_code == 201 else 0)


@pytest.mark.parametrize(
    "headers",
    [{}, {"HTTP_AUTHORIZATION": "Bearer nonsense"}, {"HTTP_AUTHORIZATION": "Basic abc"}],
)
def test_without_a_valid_token_staff_calls_are_401(client, headers):
    answer = client.get(reverse("api:case_list"), **headers)
    assert answer.status_code == 401
    assert answer.json()["error"] == "unauthorized"
    assert answer["WWW-Authenticate"] == "Bearer"


def test_a_session_is_not_a_token(client, superuser):
    client.force_login(superuser)
    assert client.get(reverse("api:case_list")).status_code == 401


def test_tokens_are_stored_hashed_and_revocable(client, agent):
    token, secret = issue(agent)
    stored = ApiToken.objects.get()
    assert secret not in {stored.digest, stored.hint, stored.name}
    assert stored.digest == token_digest(secret)
    assert client.get(reverse("api:case_list"), **bearer(secret)).status_code == 200
    token.revoke()
    assert client.get(reverse("api:case_list"), **bearer(secret)).status_code == 401


def test_a_token_of_someone_no_longer_staff_is_refused(client, agent):
    _token, secret = issue(agent)
    agent.is_staff = False
    agent.save()
    assert client.get(reverse("api:case_list"), **bearer(secret)).status_code == 401


def test_the_admin_shows_a_new_token_once(client, superuser, agent):
    client.force_login(superuser)
    answer = client.post(
        reverse("admin:api_apitoken_add"),
        {"user": agent.pk, "name": "desk app", "scope": "write"},
        follow=True,
    )
    token = ApiToken.objects.get()
    [shown] = [str(m) for m in answer.context["messages"] if "shown only now" in str(m)]
    secret = shown.rsplit(" ", 1)[1]
    assert token_digest(secret) == token.digest
    page = client.get(reverse("admin:api_apitoken_change", args=[token.pk])).content.decode()
    assert secret not in page
