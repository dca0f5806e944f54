"""Satisfaction: asked when a case is resolved (mail and case page), recorded by a
POST only, changeable for CSAT_RATING_DAYS, shown to staff and counted."""

import csv
import datetime
import io
import re

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from feedback import links, ratings
from feedback.models import Notification, Rating, Status, Submission
from tests.factories import make_region, make_submission, submission_admin_form

pytestmark = pytest.mark.django_db


def resolved(days_ago=0, **fields):
    submission = make_submission(**fields)
    submission.status = Status.RESOLVED
    submission.resolved_at = timezone.now() - datetime.timedelta(days=days_ago)
    submission.save()
    return submission


def rate_url(submission, score=None):
    return ratings.rating_url(submission, score)


def test_resolving_mails_the_question_with_a_link_per_score(
    client, agent, django_capture_on_commit_callbacks
):
    submission = make_submission(language="zh-hant", name="陳大文")
    client.force_login(agent)
    url = reverse("admin:feedback_submission_change", args=[submission.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, submission_admin_form(submission, status="resolved"))
    assert response.status_code == 302
    notification = Notification.objects.get(purpose=Notification.Purpose.RESOLVED)
    assert notification.state == Notification.State.SENT
    (message,) = mail.outbox
    assert submission.reference in message.subject
    links_in_mail = re.findall(r"https?://\S+/rate/\?score=(\d)", message.body)
    assert links_in_mail == ["1", "2", "3", "4", "5"]
    assert "/zh-hant/" in message.body


def test_the_mail_link_opens_the_page_with_the_score_chosen_and_records_nothing(client):
    submission = resolved()
    response = client.get(rate_url(submission, 4))
    assert response.status_code == 200
    assert response.context["rating_form"].initial["score"] == 4
    assert 'data-testid="rating"' in response.content.decode()
    assert not Rating.objects.exists()


@pytest.mark.parametrize("score", ["0", "6", "x", "-1", ""])
def test_a_bad_score_in_the_link_chooses_nothing(client, score):
    response = client.get(rate_url(resolved()) + f"?score={score}")
    assert response.status_code == 200
    assert "score" not in response.context["rating_form"].initial


def test_a_post_records_and_a_second_changes_it(client):
    submission = resolved()
    response = client.post(rate_url(submission), {"score": "2", "comment": "Slow."})
    assert response.status_code == 302
    assert response["Location"] == links.case_url(submission)
    client.post(rate_url(submission), {"score": "5", "comment": "Sorted in the end."})
    rating = Rating.objects.get()
    assert (rating.score, rating.comment) == (5, "Sorted in the end.")


def test_the_case_page_asks_and_shows_the_rating(client):
    submission = resolved()
    page = client.get(links.case_url(submission))
    assert 'data-testid="rating"' in page.content.decode()
    ratings.rating_record(submission=submission, score=3)
    page = client.get(links.case_url(submission))
    assert 'data-testid="rating-given"' in page.content.decode()


def test_an_open_case_is_not_asked(client):
    submission = make_submission(status=Status.IN_PROGRESS)
    assert 'data-testid="rating"' not in client.get(links.case_url(submission)).content.decode()
    response = client.post(rate_url(submission), {"score": "5"})
    assert response.status_code == 400
    assert 'data-testid="rating-not-yet"' in response.content.decode()
    assert not Rating.objects.exists()


def test_after_seven_days_the_rating_is_refused_with_a_message(client):
    submission = resolved(days_ago=8)
    response = client.post(rate_url(submission), {"score": "5"})
    assert response.status_code == 400
    assert "can no longer be rated" in response.content.decode()
    assert not Rating.objects.exists()


def test_within_seven_days_it_may_still_change(client):
    submission = resolved(days_ago=6)
    assert client.post(rate_url(submission), {"score": "1"}).status_code == 302


def test_a_rating_for_another_case_is_refused(client):
    """A link is bound to its case: one case's token cannot rate another."""
    mine, other = resolved(), resolved(email="other@example.com")
    token = links.case_token(mine)
    forged = rate_url(other).replace(links.case_token(other), token[:-2] + "xx")
    assert client.post(forged, {"score": "1"}).status_code == 404
    client.post(rate_url(mine), {"score": "4"})
    assert list(Rating.objects.values_list("submission", "score")) == [(mine.pk, 4)]


def test_an_anonymised_case_cannot_be_rated():
    submission = resolved()
    Submission.objects.filter(pk=submission.pk).update(anonymised_at=timezone.now())
    submission.refresh_from_db()
    with pytest.raises(ValidationError):
        ratings.rating_record(submission=submission, score=5)


@pytest.mark.parametrize("score", ["0", "6", "abc", ""])
def test_a_bad_score_posted_is_a_clear_400(client, score):
    response = client.post(rate_url(resolved()), {"score": score})
    assert response.status_code == 400
    assert not Rating.objects.exists()


def test_staff_see_the_rating_on_the_case(client, agent):
    submission = resolved()
    ratings.rating_record(submission=submission, score=2, comment="Took a week <b>!</b>")
    client.force_login(agent)
    page = client.get(reverse("admin:feedback_submission_change", args=[submission.pk]))
    assert "Took a week &lt;b&gt;!&lt;/b&gt;" in page.content.decode()


def test_csat_for_a_period_and_the_breakdown_match_direct_counts(agent):
    region = make_region("gb", name_en="United Kingdom", time_zone="Europe/London")
    scores = [(5, "feedback", "en"), (4, "complaint", "zh-hans"), (1, "complaint", "en")]
    for score, kind, language in scores:
        submission = resolved(kind=kind, language=language, region=region, assignee=agent)
        ratings.rating_record(submission=submission, score=score)
    now = timezone.now()
    period = ratings.csat_for_period(
        Submission.objects.all(),
        start=now - datetime.timedelta(days=1),
        end=now + datetime.timedelta(seconds=1),
    )
    assert (period.ratings, period.average, period.satisfied_percent) == (3, 3.33, 66.7)
    empty = ratings.csat_for_period(
        Submission.objects.all(),
        start=now - datetime.timedelta(days=9),
        end=now - datetime.timedelta(days=8),
    )
    assert (empty.ratings, empty.average) == (0, None)
    breakdown = ratings.csat_breakdown(Submission.objects.all())
    by_kind = {label: csat.ratings for label, csat in breakdown["By kind"]}
    assert by_kind == {"Complaint": 2, "Feedback": 1}
    assert [(label, csat.average) for label, csat in breakdown["By agent"]] == [("agent", 3.33)]
    assert [label for label, _csat in breakdown["By region"]] == ["United Kingdom"]
    assert [label for label, _csat in breakdown["By month"]] == [f"{now:%Y-%m}"]


def test_the_analytics_page_and_the_csv_show_satisfaction(client, agent):
    submission = resolved()
    ratings.rating_record(submission=submission, score=4, comment="Good")
    client.force_login(agent)
    page = client.get(reverse("admin:feedback_submission_analytics"))
    assert 'data-testid="csat"' in page.content.decode()
    export = client.get(reverse("admin:feedback_submission_export"), {"queue": "all"})
    rows = list(csv.reader(io.StringIO(export.content.decode("utf-8-sig"))))
    header, row = rows[0], rows[1]
    assert row[header.index("satisfaction (1-5)")] == "4"
    assert row[header.index("satisfaction comment")] == "Good"


def test_a_mail_scanner_opening_every_link_records_nothing(client):
    submission = resolved()
    for score in ratings.SCORES:
        assert client.get(rate_url(submission, score)).status_code == 200
        assert client.head(rate_url(submission, score)).status_code == 200
    assert not Rating.objects.exists()
