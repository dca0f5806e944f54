"""The weekly digest: produced from the demo data, every figure checked against a
direct query; sent to the desk leads with the analytics charts."""

import datetime
import os

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone

from faq.models import Article, SearchGap, Vote
from feedback import digest, ratings
from feedback.models import Kind, Rating, Submission
from helpdesk import roles
from helpdesk.lib import schedules

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_digest_of_the_demo_matches_direct_queries(demo, superuser):
    article = Article.objects.first()
    Vote.objects.create(
        article=article, visitor="v1", helpful=False, comment="Too vague.", language="en"
    )
    SearchGap.objects.create(query="crypto staking", language="en", count=7)
    end = timezone.now()
    start, previous = end - datetime.timedelta(days=7), end - datetime.timedelta(days=14)
    cases = Submission.objects.all()
    week = cases.filter(created_at__gte=start, created_at__lt=end)
    before = cases.filter(created_at__gte=previous, created_at__lt=start)
    assert week.exists() and before.exists()  # the demo spreads cases over weeks
    _rate(list(cases.order_by("pk")[:5]), [5, 2, 4, 1, 4], end)

    result = digest.build_digest(Submission.objects.visible_to(superuser), end=end)

    assert result.total == week.count()
    assert result.previous_total == before.count()
    labels = dict(Kind.choices)
    expected = {
        str(labels[kind]): (week.filter(kind=kind).count(), before.filter(kind=kind).count())
        for kind in week.values_list("kind", flat=True)
    }
    assert {label: (now, then) for label, now, then in result.by_kind} == expected
    assert sum(now for _l, now, _p in result.by_channel) == week.count()
    assert sum(now for _l, now, _p in result.by_region) == week.count()
    web = {label: now for label, now, _p in result.by_channel}.get("Web form", 0)
    assert web == week.filter(received_via="web").count()
    topics = week.exclude(topic="")
    counts = sorted(
        (topics.filter(topic=t).count() for t in set(topics.values_list("topic", flat=True))),
        reverse=True,
    )
    assert [n for _label, n in result.top_topics] == counts[: digest.TOP]
    due = cases.filter(response_due_at__gte=start, response_due_at__lt=end)
    assert result.promises.due == due.count()
    assert result.promises.kept == due.filter(first_response_at__lte=F("response_due_at")).count()
    assert result.csat == _csat_queried(start, end)
    assert result.previous_csat == _csat_queried(previous, start)
    assert result.csat.ratings == 3 and result.previous_csat.ratings == 2
    assert ("crypto staking", "en", 7) in result.search_gaps
    assert (article.title, "Too vague.") in result.unhelpful
    assert "<svg" in result.charts["kind"]


def _rate(submissions, scores, end):
    """Ratings of `scores`: the first three given this week, the others the week before
    (a rating counts in the week it was given, whenever the case came in)."""
    for i, (submission, score) in enumerate(zip(submissions, scores, strict=True)):
        rating = Rating.objects.create(submission=submission, score=score)
        when = end - datetime.timedelta(days=1 if i < 3 else 9, hours=i)
        Rating.objects.filter(pk=rating.pk).update(updated_at=when)


def _csat_queried(start, end):
    rows = Rating.objects.filter(updated_at__gte=start, updated_at__lt=end)
    scores = list(rows.values_list("score", flat=True))
    return ratings.Csat(
        ratings=len(scores),
        average=round(sum(scores) / len(scores), 2),
        satisfied_percent=round(100 * sum(s >= 4 for s in scores) / len(scores), 1),
    )


def test_the_digest_says_when_nobody_rated(demo, superuser):
    result = digest.build_digest(Submission.objects.visible_to(superuser))
    assert result.csat is None and result.previous_csat is None
    body = render_to_string("feedback/email/digest.txt", {"digest": result})
    assert "Satisfaction\n  no ratings; the week before: no ratings" in body


def test_an_agent_lead_gets_only_the_kinds_they_handle(demo, agent):
    end = timezone.now()
    result = digest.build_digest(Submission.objects.visible_to(agent), end=end)
    assert "Suspicious activity" not in {label for label, _n, _p in result.by_kind}
    mine = Submission.objects.filter(
        kind__in=["feedback", "complaint"], created_at__gte=end - datetime.timedelta(days=7)
    )
    assert result.total == mine.count()


def test_the_leads_get_the_digest_by_mail(demo, agent, analyst):
    agent.groups.add(Group.objects.get(name=roles.DESK_LEADS))
    complaint = Submission.objects.filter(kind=Kind.COMPLAINT).first()
    Rating.objects.create(submission=complaint, score=5)
    assert digest.digest_send() == 1
    [message] = mail.outbox
    assert message.to == ["agent@example.com"]
    assert "Received:" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html" and "<svg" in html and ".series-0" in html
    rated = "1 rating, average 5.0 of 5, 100.0 % satisfied; the week before: no ratings"
    assert rated in message.body and rated in html


def test_every_scheduled_job_is_in_the_readme():
    from pathlib import Path

    from django.utils.module_loading import autodiscover_modules

    autodiscover_modules("tasks")  # as the scheduler does: every app's tasks module

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    names = [job.name for job in schedules.jobs()]
    assert {"feedback.tasks.weekly_digest", "faq.tasks.review_reminders"} <= set(names)
    for job in schedules.jobs():
        assert f"`{job.name}`" in readme and f"`{job.cron}`" in readme


def test_the_scheduled_jobs_run_as_tasks(demo, settings):
    from feedback import tasks

    first = tasks.sweep_due_times.call()
    assert first["breached"] > 0  # the demo has open cases past their promise
    assert tasks.sweep_due_times.call() == {"due_soon": 0, "breached": 0}  # once per due time
    assert tasks.anonymise_old_cases.call() == 0
    assert tasks.weekly_digest.call() == 0  # no desk leads in the demo yet


def test_the_demo_logins_include_a_desk_lead_who_gets_the_digest(settings):
    from django.core.management import call_command

    settings.DEBUG = True
    call_command("demo_users", stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert [user.username for user in digest.digest_recipients()] == ["lead"]
    assert digest.digest_send() == 1
    assert mail.outbox[0].to == ["lead@example.com"]
