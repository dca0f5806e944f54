"""The customer's ways back into a case: signed page links and reply addresses."""

import pytest
from django.core import signing
from django.utils import timezone

from feedback import links
from tests.factories import make_submission

pytestmark = pytest.mark.django_db


@pytest.fixture
def submission():
    return make_submission(email="ana@example.com")


def test_a_case_token_opens_its_own_submission(submission):
    other = make_submission(email="bo@example.com")
    assert links.submission_for_token(links.case_token(submission)) == submission
    assert links.submission_for_token(links.case_token(other)) == other


@pytest.mark.parametrize(
    "damage", [lambda t: t[:-1], lambda t: t + "x", lambda t: "", lambda t: "1:0:abc:zz"]
)
def test_a_damaged_token_opens_nothing(submission, damage):
    assert links.submission_for_token(damage(links.case_token(submission))) is None


def test_a_token_signed_for_another_purpose_opens_nothing(submission):
    forged = signing.TimestampSigner(salt="elsewhere").sign(links._bound_to(submission))
    assert links.submission_for_token(forged) is None


def test_revoking_ends_earlier_links(submission):
    token = links.case_token(submission)
    address = links.reply_address(submission)
    submission.link_generation += 1
    submission.save()
    assert links.submission_for_token(token) is None
    assert links.submission_for_reply_address(address) is None
    assert links.submission_for_token(links.case_token(submission)) == submission


def test_links_end_with_anonymisation_or_a_changed_address(submission):
    token = links.case_token(submission)
    address = links.reply_address(submission)
    submission.email = "new@example.com"
    submission.save()
    assert links.submission_for_token(token) is None
    assert links.submission_for_reply_address(address) is None
    submission.anonymised_at = timezone.now()
    submission.save()
    assert links.submission_for_token(links.case_token(submission)) is None


def test_links_expire(submission, settings):
    token = links.case_token(submission)
    settings.CASE_LINK_DAYS = 0
    assert links.submission_for_token(token) is None


def test_links_survive_a_key_rotation(submission, settings):
    token = links.case_token(submission)
    address = links.reply_address(submission)
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "a-new-key-" + "x" * 50
    assert links.submission_for_token(token) == submission
    assert links.submission_for_reply_address(address) == submission


def test_the_reply_address_names_the_case_on_the_inbound_address(submission, settings):
    settings.INBOUND_EMAIL_ADDRESS = "reply@help.example.com"
    address = links.reply_address(submission)
    local, _at, domain = address.partition("@")
    assert domain == "help.example.com"
    assert local.startswith("reply+" + submission.reference.replace("-", "").lower() + "-")
    assert len(local) <= 64  # RFC 5321's limit for a local part
    assert links.submission_for_reply_address(address.upper()) == submission


@pytest.mark.parametrize(
    "change",
    [
        lambda a: a.replace("reply+", "other+"),
        lambda a: a.replace("@help.", "@evil."),
        lambda a: a[:-30] + a[-29:],
        lambda a: "reply@help.example.com",
        lambda a: "",
        lambda a: "not an address",
    ],
)
def test_other_addresses_name_no_case(submission, change):
    assert links.submission_for_reply_address(change(links.reply_address(submission))) is None


def test_another_cases_mac_does_not_open_this_case(submission, settings):
    other = make_submission(email="ana@example.com")
    tag = submission.reference.replace("-", "").lower()
    other_mac = links.reply_address(other).split("@")[0].split("-")[-1]
    forged = f"reply+{tag}-{other_mac}@help.example.com"
    assert (
        links.submission_for_reply_address(
            f"reply+{tag}-{links._reply_mac(submission, settings.SECRET_KEY)}@help.example.com"
        )
        == submission
    )
    assert links.submission_for_reply_address(forged) is None


def test_the_case_link_opens_the_case_in_the_customers_language(client, submission):
    submission.language = "zh-hans"
    submission.save()
    url = links.case_url(submission)
    assert url.startswith("/zh-hans/status/r/")
    response = client.get(url)
    assert response.status_code == 200
    assert submission.reference in response.text
    assert response["Referrer-Policy"] == "strict-origin"
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]


def test_a_bad_case_link_is_not_found(client, submission):
    assert client.get(links.case_url(submission)[:-3] + "xx/").status_code == 404
