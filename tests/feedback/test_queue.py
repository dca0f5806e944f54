"""The submissions list as the agents' queue: what a case is about, due times, the
default view, "take the next case", "Assign to me", one timeline per case."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from feedback import services
from feedback.models import Status, Submission
from tests.factories import make_region, make_submission
from tests.html import by_testid

pytestmark = pytest.mark.django_db
LIST = "/admin/feedback/submission/"
TAKE = "/admin/feedback/submission/take-next/"


def due_in(hours, **fields):
    """An open case whose first answer is due `hours` from now (negative: overdue)."""
    due = timezone.now() + datetime.timedelta(hours=hours)
    return make_submission(response_due_at=due, resolution_due_at=due, **fields)


def listed(response):
    return [row["data-state"] for row in by_testid(response.content.decode(), "due")]


def test_the_list_says_what_each_case_is_about(client, agent):
    due_in(
        -1, kind="complaint", name="Arjun Rao", description="My transfer to Example Bank vanished."
    )
    client.force_login(agent)
    page = client.get(LIST).content.decode()
    assert "My transfer to Example Bank vanished." in page
    assert "Arjun Rao" in page
    assert listed(client.get(LIST)) == ["breached"]


def test_the_default_view_is_open_cases_mine_or_unassigned(client, agent, superuser):
    mine = make_submission(assignee=agent, description="mine")
    nobodys = make_submission(description="nobody's")
    make_submission(assignee=superuser, description="someone else's")
    make_submission(status=Status.CLOSED, description="closed one")
    client.force_login(agent)
    shown = {case.pk for case in client.get(LIST).context["cl"].result_list}
    assert shown == {mine.pk, nobodys.pk}
    everything = client.get(LIST, {"queue": "all"}).context["cl"].result_list
    assert len(everything) == 4


def test_sorted_by_due_and_filtered_by_state(client, agent):
    later = due_in(30)
    soon = due_in(1)
    overdue = due_in(-2)
    client.force_login(agent)
    order = [case.pk for case in client.get(LIST).context["cl"].result_list]
    assert order == [overdue.pk, soon.pk, later.pk]
    for state, case in [("breached", overdue), ("due_soon", soon), ("on_time", later)]:
        result = client.get(LIST, {"due": state}).context["cl"].result_list
        assert [row.pk for row in result] == [case.pk]


def test_agents_do_not_see_report_filters(client, agent, analyst):
    client.force_login(agent)
    specs = client.get(LIST).context["cl"].filter_specs
    assert "incident" not in {getattr(spec, "field_path", "") for spec in specs}
    [kinds] = [spec for spec in specs if getattr(spec, "parameter_name", "") == "kind__exact"]
    assert [value for value, _label in kinds.lookup_choices] == ["feedback", "complaint"]
    client.force_login(analyst)
    specs = client.get(LIST).context["cl"].filter_specs
    assert "incident" in {getattr(spec, "field_path", "") for spec in specs}


def test_search_finds_description_words_and_part_of_a_reference(client, agent):
    case = make_submission(description="The QR code at the shop would not scan.")
    make_submission(description="Something else entirely.")
    client.force_login(agent)
    found = client.get(LIST, {"q": "would not scan"}).context["cl"].result_list
    assert [row.pk for row in found] == [case.pk]
    part = case.reference.split("-")[1]
    found = client.get(LIST, {"q": part.lower()}).context["cl"].result_list
    assert case.pk in [row.pk for row in found]


def test_take_the_next_case_gives_the_soonest_due_unassigned_one(client, agent, superuser):
    due_in(-5, assignee=superuser)  # someone else's
    due_in(-3, kind="suspicious")  # not the agent's kind
    make_submission(status=Status.WAITING_CUSTOMER, response_due_at=timezone.now())
    soonest = due_in(1)
    due_in(20)
    client.force_login(agent)
    response = client.post(TAKE)
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:feedback_submission_change", args=[soonest.pk])
    soonest.refresh_from_db()
    assert soonest.assignee == agent
    assert soonest.history.latest("history_date").history_user == agent


def test_take_the_next_case_keeps_to_the_queue_being_looked_at(client, agent):
    hk, gb = make_region("hk"), make_region("gb")
    due_in(-1, region=hk, language="zh-hant")
    wanted = due_in(5, region=gb, language="en")
    client.force_login(agent)
    client.post(TAKE, {"region__id__exact": str(gb.pk), "language__exact": "en"})
    wanted.refresh_from_db()
    assert wanted.assignee == agent


def test_take_the_next_case_from_an_empty_queue_says_so(client, agent):
    client.force_login(agent)
    response = client.post(TAKE, follow=True)
    assert "No unassigned case" in response.content.decode()


def test_take_and_assign_need_post_and_the_right_role(client, agent, editor):
    case = make_submission(kind="suspicious")
    client.force_login(agent)
    assert client.get(TAKE).status_code == 405
    url = reverse("admin:feedback_submission_assign_to_me", args=[case.pk])
    assert client.post(url).status_code == 404  # a report is not the agent's
    client.force_login(editor)
    assert client.post(TAKE).status_code == 403


def test_assign_to_me_on_the_case(client, agent):
    case = make_submission()
    client.force_login(agent)
    page = client.get(reverse("admin:feedback_submission_change", args=[case.pk])).content.decode()
    assert by_testid(page, "assign-to-me")
    client.post(reverse("admin:feedback_submission_assign_to_me", args=[case.pk]))
    case.refresh_from_db()
    assert case.assignee == agent


def test_assigned_to_offers_only_people_of_the_right_role(
    client, agent, analyst, editor, superuser
):
    case = make_submission(kind="complaint")
    client.force_login(superuser)
    response = client.get(reverse("admin:feedback_submission_change", args=[case.pk]))
    choices = set(response.context["adminform"].form.fields["assignee"].queryset)
    assert agent in choices and superuser in choices
    assert analyst not in choices and editor not in choices
    with pytest.raises(Exception, match="does not handle"):
        services.case_assign(submission=case, assignee=analyst, by=superuser)


def test_one_timeline_with_the_customers_other_cases(client, agent):
    case = make_submission(email="Mei@Example.com", description="First words of the case.")
    other = make_submission(email="mei@example.com", status=Status.CLOSED)
    make_submission(email="someone@example.com")
    services.note_create(submission=case, author=agent, body="Checked the ledger.")
    services.reply_create(submission=case, author=agent, body="We are looking into it.")
    services.customer_message_create(
        submission=case, body="Thank you!", source="web", idempotency_key="k"
    )
    case.refresh_from_db()
    case.status = Status.RESOLVED
    case._history_user = agent
    case.save()
    client.force_login(agent)
    page = client.get(reverse("admin:feedback_submission_change", args=[case.pk])).content.decode()
    kinds = [event["data-kind"] for event in by_testid(page, "timeline-event")]
    assert kinds == ["customer", "note", "reply", "status", "customer", "status"]
    # The reply box comes before the timeline.
    assert page.index('data-testid="reply-box"') < page.index('data-testid="timeline"')
    [aside] = by_testid(page, "other-cases")
    assert aside is not None
    assert other.reference in page
    assert Submission.objects.count() == 3
