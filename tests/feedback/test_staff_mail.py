"""Mail to staff through the outbox: new complaints, assignment, due soon, missed,
and each person's choice of which they get."""

import datetime
import uuid

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from feedback import services, staffmail
from feedback.models import MailOptOut, Notification, Status
from helpdesk import roles
from tests.factories import make_submission

pytestmark = pytest.mark.django_db
Purpose = Notification.Purpose


def sent(purpose):
    return sorted(Notification.objects.filter(purpose=purpose).values_list("recipient", flat=True))


@pytest.fixture
def lead(django_user_model):
    user = django_user_model.objects.create_user(
        "lead", email="lead@example.com", password="x", is_staff=True
    )
    user.groups.add(
        Group.objects.get(name=roles.SUPPORT_AGENTS), Group.objects.get(name=roles.DESK_LEADS)
    )
    return user


def complain():
    return services.submission_create(
        kind="complaint",
        idempotency_key=uuid.uuid4(),
        language="en",
        description="I was charged twice.",
        email="c@example.com",
        topic="payment",
    )[0]


def test_a_new_complaint_tells_the_agents_not_the_analysts(
    agent, analyst, lead, django_capture_on_commit_callbacks
):
    MailOptOut.objects.create(user=lead, purpose=Purpose.NEW_CASE)
    with django_capture_on_commit_callbacks(execute=True):
        case = complain()
    assert sent(Purpose.NEW_CASE) == ["agent@example.com"]
    [message] = [m for m in mail.outbox if m.to == ["agent@example.com"]]
    assert case.reference in message.subject and case.reference in message.body
    assert "I was charged twice" not in message.body  # details stay in the admin


def test_assignment_by_someone_else_tells_the_assignee(client, agent, superuser):
    case = make_submission()
    services.case_assign(submission=case, assignee=agent, by=agent)
    assert sent(Purpose.ASSIGNED) == []  # taking a case yourself sends nothing
    other = make_submission()
    services.case_assign(submission=other, assignee=agent, by=superuser)
    assert sent(Purpose.ASSIGNED) == ["agent@example.com"]


def test_assignment_in_the_admin_tells_the_assignee(client, agent, superuser):
    from tests.factories import submission_admin_form

    case = make_submission()
    client.force_login(superuser)
    url = reverse("admin:feedback_submission_change", args=[case.pk])
    response = client.post(url, submission_admin_form(case, assignee=str(agent.pk)))
    assert response.status_code == 302
    assert sent(Purpose.ASSIGNED) == ["agent@example.com"]


def test_the_due_sweep_sends_each_mail_once_per_due_time(agent, lead):
    now = timezone.now()
    soon = make_submission(assignee=agent, response_due_at=now + datetime.timedelta(hours=1))
    late = make_submission(response_due_at=now - datetime.timedelta(hours=1))
    make_submission(response_due_at=now + datetime.timedelta(days=3))  # not yet
    make_submission(status=Status.WAITING_CUSTOMER, response_due_at=now)  # paused
    assert staffmail.due_sweep(now=now) == {"due_soon": 1, "breached": 1}
    assert sent(Purpose.DUE_SOON) == ["agent@example.com"]
    assert sent(Purpose.BREACHED) == ["lead@example.com"]
    assert Notification.objects.get(purpose=Purpose.BREACHED).submission == late
    assert staffmail.due_sweep(now=now) == {"due_soon": 0, "breached": 0}
    # A new due time (the clock was paused) is a new promise: told again when close.
    soon.response_due_at = now + datetime.timedelta(hours=2)
    soon.save()
    assert staffmail.due_sweep(now=now) == {"due_soon": 1, "breached": 0}


def test_an_unassigned_case_due_soon_tells_the_leads(agent, lead):
    now = timezone.now()
    make_submission(response_due_at=now + datetime.timedelta(hours=1))
    staffmail.due_sweep(now=now)
    assert sent(Purpose.DUE_SOON) == ["lead@example.com"]


def test_each_person_chooses_their_staff_mail(client, agent, editor):
    url = reverse("admin:feedback_notification_mine")
    client.force_login(agent)
    page = client.get(url)
    assert set(page.context["form"].fields["wanted"].initial) >= {"new_case", "assigned"}
    response = client.post(url, {"wanted": ["assigned", "due_soon"]})
    assert response.status_code == 302
    off = set(MailOptOut.objects.filter(user=agent).values_list("purpose", flat=True))
    assert "new_case" in off and "assigned" not in off
    complain()
    assert sent(Purpose.NEW_CASE) == []
    response = client.post(url, {"wanted": ["nonsense"]})
    assert response.status_code == 200 and response.context["form"].errors
    client.force_login(editor)
    assert client.get(url).status_code == 403
