"""Customers add to their case: the thread, reopening, files and staff notification."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from feedback.models import CustomerMessage, Notification, Status
from feedback.services import CaseClosed, customer_message_create
from feedback.uploads import clean_upload
from tests.factories import make_submission
from tests.files import png_bytes, upload

pytestmark = pytest.mark.django_db


def answer(submission, body="Here is the screenshot.", key="k1", **kwargs):
    return customer_message_create(
        submission=submission,
        body=body,
        source=CustomerMessage.Source.WEB,
        idempotency_key=key,
        **kwargs,
    )


@pytest.mark.parametrize("status", [Status.WAITING_CUSTOMER, Status.RESOLVED])
def test_an_answer_reopens_the_case(status):
    submission = make_submission(status=status, resolved_at=timezone.now())
    message, created = answer(submission)
    submission.refresh_from_db()
    assert created and message.body == "Here is the screenshot."
    assert submission.status == Status.IN_PROGRESS
    assert submission.resolved_at is None


def test_the_same_message_twice_is_stored_once():
    submission = make_submission()
    first, _ = answer(submission)
    again, created = answer(submission)
    assert again == first and not created
    assert submission.messages.count() == 1


def test_a_case_resolved_long_ago_or_closed_takes_no_message(settings):
    old = timezone.now() - datetime.timedelta(days=settings.CASE_REOPEN_DAYS + 1)
    for submission in [
        make_submission(status=Status.RESOLVED, resolved_at=old),
        make_submission(status=Status.CLOSED, resolved_at=timezone.now()),
    ]:
        with pytest.raises(CaseClosed):
            answer(submission)
        assert not submission.messages.exists()


def test_files_continue_the_numbering(tmp_path):
    submission = make_submission()
    message, _ = answer(submission, files=[clean_upload(upload("a.png", png_bytes(), "image/png"))])
    attachment = submission.attachments.get()
    assert attachment.message == message and attachment.position == 1
    answer(submission, key="k2", files=[clean_upload(upload("b.png", png_bytes(), "image/png"))])
    assert sorted(submission.attachments.values_list("position", flat=True)) == [1, 2]


def test_the_assignee_is_told_or_else_everyone_handling_the_kind(
    agent, django_user_model, django_capture_on_commit_callbacks
):
    submission = make_submission(kind="feedback")
    answer(submission)
    notification = Notification.objects.get(purpose=Notification.Purpose.CUSTOMER_MESSAGE)
    assert notification.recipient == agent.email
    other = django_user_model.objects.create_user(
        "other", email="other@example.com", password="x", is_staff=True
    )
    submission.assignee = other
    submission.save()
    with django_capture_on_commit_callbacks(execute=True):
        answer(submission, key="k2")
    assert Notification.objects.filter(
        purpose=Notification.Purpose.CUSTOMER_MESSAGE, recipient="other@example.com"
    ).exists()
    assert any(submission.reference in m.subject for m in mail.outbox)
