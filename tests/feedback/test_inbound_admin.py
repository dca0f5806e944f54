"""Held inbound mail in the admin: who sees which, approve onto the case, discard, history."""

import pytest
from django.urls import reverse

from feedback import links
from feedback.models import InboundMail, Status
from tests.factories import make_submission
from tests.feedback.inbound_mail import raw_mail, receive

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:feedback_inboundmail_changelist"


def held(case, sender="friend@example.org", message_id="<held-1@example.org>"):
    to = links.reply_address(case)
    assert receive(raw_mail(to=to, sender=sender, message_id=message_id)) == 0
    mail = InboundMail.objects.get(message_id=message_id)
    assert mail.state == "held"
    return mail


@pytest.fixture
def feedback_case():
    return make_submission(status=Status.WAITING_CUSTOMER)


@pytest.fixture
def report_case():
    return make_submission(kind="suspicious", status=Status.WAITING_CUSTOMER)


def test_each_role_sees_the_mail_of_the_kinds_it_handles(client, cast, feedback_case, report_case):
    on_feedback = held(feedback_case, message_id="<a@example.org>")
    on_report = held(report_case, message_id="<b@example.org>")
    assert receive(raw_mail(to="nobody@help.example.com", message_id="<c@example.org>")) == 67
    caseless = InboundMail.objects.get(message_id="<c@example.org>")
    expected = {
        "agent": {on_feedback},
        "analyst": {on_report},
        "superuser": {on_feedback, on_report, caseless},
    }
    for role, user in cast.items():
        client.logout()
        if user is not None:
            client.force_login(user)
        response = client.get(reverse(CHANGELIST))
        if role not in expected:
            assert response.status_code in {302, 403}, role
            continue
        assert response.status_code == 200, role
        shown = set(response.context["cl"].queryset)
        assert shown == expected[role], role
        for mail in {on_feedback, on_report, caseless} - expected[role]:
            page = client.get(reverse("admin:feedback_inboundmail_change", args=[mail.pk]))
            assert page.status_code == 404, role


def test_approve_puts_a_held_message_on_its_case_with_who_and_when(client, agent, feedback_case):
    mail = held(feedback_case)
    client.force_login(agent)
    response = client.post(
        reverse(CHANGELIST), {"action": "approve", "_selected_action": [mail.pk]}, follow=True
    )
    assert response.status_code == 200
    mail.refresh_from_db()
    assert (mail.state, mail.decided_by) == ("approved", agent)
    assert mail.decided_at is not None
    message = feedback_case.messages.get()
    assert mail.customer_message == message and message.body == "Here is what you asked for."
    # History keeps the held state and the decision.
    assert list(mail.history.order_by("history_date").values_list("state", flat=True)) == [
        "held",
        "approved",
    ]
    history = client.get(reverse("admin:feedback_inboundmail_history", args=[mail.pk]))
    assert history.status_code == 200
    # Approving again changes nothing.
    client.post(reverse(CHANGELIST), {"action": "approve", "_selected_action": [mail.pk]})
    assert feedback_case.messages.count() == 1


def test_discard_keeps_the_record(client, agent, feedback_case):
    mail = held(feedback_case)
    client.force_login(agent)
    client.post(reverse(CHANGELIST), {"action": "discard", "_selected_action": [mail.pk]})
    mail.refresh_from_db()
    assert (mail.state, mail.decided_by) == ("discarded", agent)
    assert not feedback_case.messages.exists()
    assert InboundMail.objects.filter(pk=mail.pk).exists()


def test_an_analyst_cannot_approve_mail_on_a_feedback_case(client, analyst, feedback_case):
    mail = held(feedback_case)
    client.force_login(analyst)
    client.post(reverse(CHANGELIST), {"action": "approve", "_selected_action": [mail.pk]})
    mail.refresh_from_db()
    assert mail.state == "held"
    assert not feedback_case.messages.exists()


def test_approving_onto_a_closed_case_says_so(client, agent, feedback_case):
    mail = held(feedback_case)
    feedback_case.status = Status.CLOSED
    feedback_case.save()
    client.force_login(agent)
    response = client.post(
        reverse(CHANGELIST), {"action": "approve", "_selected_action": [mail.pk]}, follow=True
    )
    assert "closed" in response.content.decode()
    mail.refresh_from_db()
    assert mail.state == "held"


def test_the_change_page_escapes_what_the_mail_says(client, superuser, feedback_case):
    to = links.reply_address(feedback_case)
    raw = raw_mail(
        to=to,
        sender="friend@example.org",
        subject="<script>alert(1)</script>",
        body="<img src=x onerror=alert(2)>",
    )
    receive(raw)
    mail = InboundMail.objects.get()
    client.force_login(superuser)
    page = client.get(reverse("admin:feedback_inboundmail_change", args=[mail.pk])).content
    assert b"<script>alert(1)" not in page and b"<img src=x" not in page
    assert b"&lt;script&gt;" in page
