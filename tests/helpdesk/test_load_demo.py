"""load_demo: the bundled content plus the demo-only records, idempotent."""

import datetime
import shutil
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from faq.models import Article, ArticleDailyViews
from feedback.models import Reply, Submission
from helpdesk.content.demo import DEMO_DIR, DEMO_FILE, demo_reference, load_demo
from helpdesk.content.files import ContentError

pytestmark = pytest.mark.django_db


def test_load_demo_prints_a_summary_and_loads_the_demo_records():
    out = StringIO()
    call_command("load_demo", stdout=out)
    assert "180 added" in out.getvalue() and "40 demo submissions" in out.getvalue()
    article = Article.objects.get(slug_en="reset-forgotten-password")
    age = timezone.now() - article.publish_at
    assert datetime.timedelta(days=59) < age < datetime.timedelta(days=61)
    assert sum(article.daily_views.values_list("views", flat=True)) == 4620
    assert article.daily_views.count() == 30


def test_a_second_load_leaves_staff_triage_and_views_alone():
    load_demo()
    submission = Submission.objects.get(reference=demo_reference("feedback", 1))
    submission.status = "closed"
    submission.save()
    views, replies = ArticleDailyViews.objects.count(), Reply.objects.count()
    report, _counts = load_demo()
    assert report.summary() == "0 added, 0 changed, 0 removed, 180 unchanged"
    submission.refresh_from_db()
    assert submission.status == "closed"
    assert ArticleDailyViews.objects.count() == views and Reply.objects.count() == replies


def test_a_broken_demo_file_is_refused_by_file_and_line(tmp_path):
    shutil.copy(DEMO_DIR / DEMO_FILE, tmp_path / DEMO_FILE)
    path = tmp_path / DEMO_FILE
    text = path.read_text(encoding="utf-8").replace("days_ago = 3\n", 'days_ago = "3"\n', 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_demo(demo_dir=tmp_path)
    line = text.splitlines().index('days_ago = "3"') + 1
    assert f"{DEMO_FILE}:{line}: [[submission]] number 1: 'days_ago' must be a whole number" in str(
        caught.value
    )
    assert not Article.objects.exists() and not Submission.objects.exists()
