""" "Is this call really us?": codes an agent creates on a case and a customer checks.

Wrong, expired and used codes and codes of anonymised cases get one answer;
guesses are limited per client and in all; every use is recorded on the case."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from feedback import callcodes
from feedback.models import CallCode, CallCodeCheck, Submission
from tests.factories import make_channel, make_region, make_submission

pytestmark = pytest.mark.django_db
CHECK_URL = "/en/contact/verify/call/"
NOT_CONFIRMED = "hang up and call us on an official number"


@pytest.fixture
def case(agent):
    region = make_region("hk")
    submission = make_submission(region=region)
    phone = make_channel(region=region, value="+852 2111 2222")
    agent.first_name = "Lin"
    agent.last_name = "Wong"
    agent.save()
    return submission, phone


def create(case, agent):
    submission, phone = case
    return callcodes.call_code_create(submission=submission, agent=agent, calling_from=phone)


def check(client, code, url=CHECK_URL, **extra):
    return client.post(url, {"code": code}, **extra)


def test_a_code_confirms_the_agent_the_case_and_the_number_once(client, case, agent):
    call_code, code = create(case, agent)
    response = check(client, code.lower().replace("-", " "))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-confirmed="true"' in html
    assert "Lin" in html and "Wong" not in html  # the first name only
    assert case[0].reference in html
    assert "+852 2111 2222" in html
    assert "no-store" in response["Cache-Control"]
    again = check(client, code)
    assert 'data-confirmed="false"' in again.content.decode()
    outcomes = list(call_code.checks.values_list("outcome", flat=True))
    assert outcomes == [CallCodeCheck.Outcome.CONFIRMED, CallCodeCheck.Outcome.USED]


def test_only_a_digest_is_stored(case, agent):
    call_code, code = create(case, agent)
    stored = CallCode.objects.filter(pk=call_code.pk).values()[0]
    assert code not in str(stored) and code.replace("-", "") not in str(stored)


def answer(response):
    html = response.content.decode()
    return response.status_code, 'data-confirmed="false"' in html and NOT_CONFIRMED in html.lower()


def test_wrong_expired_used_and_anonymised_codes_look_the_same(client, case, agent, settings):
    _expired_row, expired = create(case, agent)
    CallCode.objects.filter(pk=_expired_row.pk).update(
        expires_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    _used_row, used = create(case, agent)
    check(client, used)
    other = make_submission(email="gone@example.com")
    gone_row, gone = callcodes.call_code_create(
        submission=other, agent=agent, calling_from=make_channel(value="+1 202-555-0199")
    )
    Submission.objects.filter(pk=other.pk).update(anonymised_at=timezone.now())
    answers = {answer(check(client, code)) for code in ["ABCD-EFGH", expired, used, gone]}
    assert answers == {(200, True)}
    assert _expired_row.checks.get().outcome == CallCodeCheck.Outcome.EXPIRED
    assert gone_row.checks.get().outcome == CallCodeCheck.Outcome.ANONYMISED


def test_no_code_for_an_anonymised_case(case, agent):
    submission, phone = case
    Submission.objects.filter(pk=submission.pk).update(anonymised_at=timezone.now())
    submission.refresh_from_db()
    with pytest.raises(Exception, match="anonymised"):
        callcodes.call_code_create(submission=submission, agent=agent, calling_from=phone)


def test_the_number_must_be_an_official_phone_of_the_region(case, agent):
    submission, _phone = case
    elsewhere = make_channel(
        region=make_region("gb", time_zone="Europe/London"), value="+44 20 7946 0000"
    )
    with pytest.raises(Exception, match="official phone number"):
        callcodes.call_code_create(submission=submission, agent=agent, calling_from=elsewhere)


def test_validity_follows_the_setting(case, agent, settings):
    settings.CALL_CODE_MINUTES = 3
    call_code, _code = create(case, agent)
    assert call_code.expires_at - call_code.created_at < datetime.timedelta(minutes=3, seconds=5)


@pytest.mark.parametrize("typed", ["", "x" * 30, "<script>", "ABCD-EFGH-IJKL"])
def test_bad_input_is_a_clear_answer(client, typed):
    response = check(client, typed)
    assert response.status_code in {200, 400}
    if response.status_code == 200:
        assert answer(response) == (200, True)


def test_a_get_checks_nothing(client, case, agent):
    call_code, code = create(case, agent)
    response = client.get(f"{CHECK_URL}?code={code}")
    assert response.status_code == 200
    assert not call_code.checks.exists()


def test_guesses_from_one_address_are_limited(client, case, agent, settings):
    settings.CALL_CODE_CHECK_RATE = "5/h"
    _row, code = create(case, agent)
    for n in range(5):
        check(client, f"AAAA-AAA{'23456'[n]}")
    response = check(client, code)  # even the right code, once over the limit
    assert response.status_code == 429
    assert 'data-confirmed="false"' in response.content.decode()
    assert not _row.checks.exists()


def test_guesses_from_many_addresses_hit_the_global_limit(client, case, agent, settings):
    settings.CALL_CODE_CHECK_GLOBAL_RATE = "20/h"
    _row, code = create(case, agent)
    statuses = [
        check(client, "AAAA-AAAA", REMOTE_ADDR=f"10.0.{n // 250}.{n % 250}").status_code
        for n in range(25)
    ]
    assert statuses[:20] == [200] * 20 and statuses[20:] == [429] * 5
    assert check(client, code, REMOTE_ADDR="10.9.9.9").status_code == 429


def test_a_thousand_guesses_find_nothing(client, case, agent, settings):
    """1,000 guesses from many addresses, limits switched off to show the entropy alone
    holds (40 bits): none confirms; with the limits on, most are refused anyway."""
    settings.RATELIMIT_ENABLE = False
    for _n in range(20):
        create(case, agent)
    confirmed = 0
    for n in range(1000):
        guess = "".join("23456789ABCDEFGHJKLMNPQRSTUVWXYZ"[(n * 7 + i * 13) % 32] for i in range(8))
        confirmed += callcodes.call_code_check(code=guess) is not None
    assert confirmed == 0


def test_the_verify_page_links_to_the_check(client):
    page = client.get(reverse("contacts:verify"))
    assert reverse("feedback:call_check") in page.content.decode()


@pytest.mark.parametrize(
    ("role", "kind", "status"),
    [
        ("anonymous", "feedback", 302),
        ("editor", "feedback", 404),
        ("agent", "suspicious", 404),
        ("analyst", "feedback", 404),
        ("agent", "feedback", 200),
        ("analyst", "suspicious", 200),
        ("superuser", "feedback", 200),
    ],
)
def test_who_may_create_codes(client, cast, role, kind, status):
    submission = make_submission(kind=kind)
    if cast[role]:
        client.force_login(cast[role])
    url = reverse("admin:feedback_submission_call_code", args=[submission.pk])
    assert client.get(url).status_code == status


def test_the_agent_sees_the_code_once_and_the_uses_later(client, case, agent):
    submission, phone = case
    client.force_login(agent)
    url = reverse("admin:feedback_submission_call_code", args=[submission.pk])
    response = client.post(url, {"calling_from": phone.pk})
    code = response.context["code"]
    assert code and code in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    check(client, code)
    later = client.get(url).content.decode()
    assert code not in later
    assert "Confirmed" in later
    change = client.get(reverse("admin:feedback_submission_change", args=[submission.pk]))
    assert "Confirmed" in change.content.decode()
