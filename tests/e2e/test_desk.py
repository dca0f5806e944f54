"""The agent's desk in a real browser: take the next case from the queue, answer the
customer, resolve; the case's promised time is shown on both sides."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from feedback.models import Status, Submission
from helpdesk import roles
from tests.e2e.helpers import admin_login, artifacts_dir, assert_no_horizontal_overflow
from tests.factories import make_submission

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def shoot(page, name):
    folder = artifacts_dir() / "desk"
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=folder / f"{name}.png", full_page=True)


def test_an_agent_takes_the_next_case_answers_and_resolves(page, staff_user):
    staff_user("agent", roles.SUPPORT_AGENTS)
    now = timezone.now()
    make_submission(kind="complaint", response_due_at=now + datetime.timedelta(days=2))
    urgent = make_submission(
        kind="complaint",
        name="Arjun Rao",
        description="My transfer to Example Bank has not arrived.",
        response_due_at=now - datetime.timedelta(hours=1),
        resolution_due_at=now + datetime.timedelta(days=2),
    )
    admin_login(page, "agent")
    page.goto("/admin/feedback/submission/")
    rows = page.locator("#result_list tbody tr")
    expect(rows).to_have_count(2)
    # The most urgent case comes first, and says it is overdue.
    expect(rows.first).to_contain_text("Arjun Rao")
    expect(rows.first.get_by_test_id("due")).to_have_attribute("data-state", "breached")
    assert_no_horizontal_overflow(page, "the queue")
    shoot(page, "desk-queue")

    page.get_by_test_id("take-next").click()
    expect(page.locator(".messagelist .success")).to_contain_text(urgent.reference)
    expect(page.get_by_test_id("timeline")).to_contain_text("has not arrived")
    urgent.refresh_from_db()
    assert urgent.assignee.username == "agent"

    # The reply box sits above the timeline; answering records the first response.
    page.locator("#replies-group .add-row a").click()
    page.locator("textarea[name='replies-0-body']").fill("We found the transfer; it arrives today.")
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    events = page.get_by_test_id("timeline-event")
    expect(events.filter(has_text="it arrives today")).to_have_count(1)
    # Now the resolution is what is promised, and it is still on time.
    expect(page.get_by_test_id("due").first).to_have_attribute("data-state", "on_time")
    shoot(page, "desk-case")

    page.locator("select[name=status]").select_option(Status.RESOLVED)
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    urgent.refresh_from_db()
    assert urgent.status == Status.RESOLVED and urgent.first_response_at is not None
    assert Submission.objects.get(pk=urgent.pk).replies.count() == 1
