"""Reports feed the "Is it really us?" page once an analyst confirms a scam."""

import pytest
from django.urls import reverse

from contacts.models import KnownImpostor
from feedback import services
from tests.factories import make_region, make_submission, submission_admin_form
from tests.html import by_testid

pytestmark = pytest.mark.django_db


def verdict(client, value):
    html = client.get("/en/contact/verify/", {"q": value}).content.decode()
    [result] = by_testid(html, "verify-result")
    return result["data-verdict"], "reported" in html.lower()


def test_analyst_confirmation_lists_the_contact_as_a_scam(client, analyst):
    report = make_submission(kind="suspicious", suspicious_contact="+44 20 7946 0666")
    assert verdict(client, "+44 20 7946 0666") == ("not-official", False)
    client.force_login(analyst)
    url = reverse("admin:feedback_submission_change", args=[report.pk])
    response = client.post(url, submission_admin_form(report, impostor_confirmed="on"))
    assert response.status_code == 302
    impostor = KnownImpostor.objects.get()
    assert (impostor.kind, impostor.is_confirmed) == ("phone", True)
    assert report.reference in impostor.source
    client.logout()
    # Written differently, still recognised as the reported scam.
    assert verdict(client, "0044 (20) 7946-0666") == ("not-official", True)


def test_two_reports_of_one_contact_make_one_entry_naming_both():
    hk = make_region("hk")
    first = make_submission(
        kind="suspicious", suspicious_contact="https://okpay-help.example.net/login"
    )
    second = make_submission(
        kind="suspicious", suspicious_contact="okpay-help.example.net", region=hk
    )
    services.impostor_confirm(submission=first)
    services.impostor_confirm(submission=second)
    impostor = KnownImpostor.objects.get()
    assert impostor.kind == "web"
    assert impostor.source == f"{first.reference}, {second.reference}"


@pytest.mark.parametrize("contact", ["", "   ", "not a contact at all!", "<script>"])
def test_contacts_that_cannot_be_matched_are_not_listed(contact):
    report = make_submission(kind="suspicious", suspicious_contact=contact)
    assert services.impostor_confirm(submission=report) is None
    assert KnownImpostor.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_demo_reports_confirmed_as_scams_are_listed(client, demo):
    from feedback.models import Submission

    confirmed = Submission.objects.filter(impostor_confirmed=True)
    assert confirmed.exists()
    for report in confirmed:
        assert KnownImpostor.objects.filter(source__contains=report.reference).exists()
