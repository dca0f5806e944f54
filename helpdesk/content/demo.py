"""The demo: the bundled content folder plus the demo-only records beside it.

`load_demo()` imports `helpdesk/demo/content/` like `import_content` does (new
articles dated some weeks back) and then reads `helpdesk/demo/demo.toml`:
customer submissions with replies and notes, and view counts. Those are not
content: `import_content` never reads that file and `export_content` never
writes anything like it. Safe to run again: submissions are matched on their
fixed references and left alone once there (staff may have triaged them).
"""

import datetime
import uuid
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from contacts.models import Region
from faq.models import Article, ArticleDailyViews
from feedback import clocks
from feedback.models import (
    PAUSED_STATUSES,
    REFERENCE_ALPHABET,
    REFERENCE_PREFIX,
    Kind,
    Note,
    Reply,
    Submission,
    suspicious_contact_key,
)
from feedback.services import impostor_confirm
from helpdesk.content.files import ContentError, Folder, line_of
from helpdesk.content.importer import import_content
from helpdesk.content.schema import REQUIRED, Field, ItemReader, Table

DEMO_DIR = Path(__file__).resolve().parent.parent / "demo"
CONTENT_DIR = DEMO_DIR / "content"
DEMO_FILE = "demo.toml"

_STAFF_WRITING = (
    Field("after_hours", "int", REQUIRED),
    Field("author", "str", REQUIRED),
    Field("body", "str", REQUIRED),
)
SUBMISSION = Table(
    "submission",
    (
        Field("kind", "str", REQUIRED),
        Field("subject", "str", REQUIRED),
        Field("region", "str", None),
        Field("language", "str", REQUIRED),
        Field("days_ago", "int", REQUIRED),
        Field("status", "str", REQUIRED),
        Field("priority", "int", REQUIRED),
        Field("email", "str", ""),
        Field("name", "str", ""),
        Field("description", "str", REQUIRED),
        Field("transaction_id", "str", ""),
        Field("suspicious_contact", "str", ""),
        Field("amount", "str", None),
        Field("currency", "str", ""),
        Field("impostor_confirmed", "bool", False),
        Field("incident_days_before", "int", None),
        Field("replies", "tables", (), fields=_STAFF_WRITING),
        Field("notes", "tables", (), fields=_STAFF_WRITING),
    ),
)
ARTICLES = Table(
    None,
    (
        Field("published_days_ago", "int", REQUIRED),
        Field("view_days", "int", REQUIRED),
        Field("views", "table", REQUIRED),
    ),
)


def read_demo(directory=DEMO_DIR):
    """(article settings, submissions) from the demo file; ContentError on a problem."""
    folder = Folder(directory)
    document, text = folder.read_toml(DEMO_FILE)
    articles, submissions = None, []
    if document is not None:
        for key in document:
            if key not in {"articles", "submission"}:
                folder.problem(DEMO_FILE, f"unknown key {key!r}", line_of(text, key))
        reader = ItemReader(folder, DEMO_FILE, text)
        articles = reader.item(ARTICLES, 0, document.get("articles", {}), label="[articles]")
        if articles is not None:
            for slug, views in articles["views"].items():
                if type(views) is not int or views < 0:
                    folder.problem(
                        DEMO_FILE,
                        f"[articles.views]: {slug!r} must be a whole number of views",
                        line_of(text, slug),
                    )
        submissions = reader.items({"submission": document.get("submission", [])}, SUBMISSION)
    if folder.problems or None in submissions:
        raise ContentError(folder.problems)
    return articles, submissions


def demo_reference(kind, n):
    a = REFERENCE_ALPHABET
    return f"{REFERENCE_PREFIX[Kind(kind)]}-DEM{a[n // len(a)]}-{a[n % len(a)]}K7Q"


def _views(articles):
    """Spread each demo view total over the last days, once per article."""
    days = articles["view_days"]
    today = timezone.localdate()
    with_views = set(ArticleDailyViews.objects.values_list("article_id", flat=True).distinct())
    for article in Article.objects.filter(slug_en__in=articles["views"]):
        if article.pk in with_views:
            continue
        per_day, rest = divmod(articles["views"][article.slug_en], days)
        ArticleDailyViews.objects.bulk_create(
            ArticleDailyViews(
                article=article,
                day=today - datetime.timedelta(days=offset),
                views=per_day + (1 if offset < rest else 0),
            )
            for offset in range(days)
        )


def _submissions(rows):
    regions = {region.code: region for region in Region.objects.all()}
    staff = {user.username: user for user in get_user_model().objects.filter(is_staff=True)}
    existing = set(
        Submission.objects.filter(reference__contains="-DEM").values_list("reference", flat=True)
    )
    now = timezone.now()
    for n, row in enumerate(rows):
        reference = demo_reference(row["kind"], n)
        if reference in existing:
            continue  # staff may have triaged it since: leave it as it is
        report = row["kind"] == Kind.SUSPICIOUS
        created = now - datetime.timedelta(days=row["days_ago"], hours=n % 7)
        submission = Submission.objects.create(
            reference=reference,
            idempotency_key=uuid.uuid5(uuid.NAMESPACE_URL, reference),
            kind=row["kind"],
            topic="" if report else row["subject"],
            incident=row["subject"] if report else "",
            region=regions.get(row["region"]),
            language=row["language"],
            status=row["status"],
            priority=row["priority"],
            email=row["email"],
            name=row["name"],
            description=row["description"],
            transaction_id=row["transaction_id"],
            suspicious_contact=row["suspicious_contact"],
            suspicious_contact_key=suspicious_contact_key(
                row["suspicious_contact"], regions.get(row["region"])
            ),
            amount=row["amount"],
            currency=row["currency"],
            impostor_confirmed=row["impostor_confirmed"],
        )
        # Promised times as if the case had arrived then (feedback.clocks).
        clocks.clock_start(submission, now=created)
        promised = {
            name: getattr(submission, name)
            for name in ("response_due_at", "resolution_due_at", "clock_basis")
        }
        if submission.status in PAUSED_STATUSES:
            promised["paused_since"] = created
        Submission.objects.filter(pk=submission.pk).update(**_timeline(row, created), **promised)
        if submission.impostor_confirmed:
            # As when an analyst ticks the box: "Is it really us?" names it a scam.
            impostor_confirm(submission=submission)
        for model, items in ((Reply, row["replies"]), (Note, row["notes"])):
            for item in items:
                written = model.objects.create(
                    submission=submission, author=staff.get(item["author"]), body=item["body"]
                )
                model.objects.filter(pk=written.pk).update(
                    created_at=created + datetime.timedelta(hours=item["after_hours"])
                )
    # The staff logins are made after the first load: credit them once they exist.
    for username, kinds in (("analyst", ["suspicious"]), ("agent", ["feedback", "complaint"])):
        if username in staff:
            for model in (Reply, Note):
                model.objects.filter(
                    submission__reference__contains="-DEM",
                    submission__kind__in=kinds,
                    author__isnull=True,
                ).update(author=staff[username])


def _timeline(row, created):
    timeline = {"created_at": created}
    replies = [item["after_hours"] for item in row["replies"]]
    if row["incident_days_before"] is not None:
        timeline["occurred_on"] = (
            created - datetime.timedelta(days=row["incident_days_before"])
        ).date()
    if replies:
        timeline["first_response_at"] = created + datetime.timedelta(hours=replies[0])
    elif row["status"] != "received":
        timeline["first_response_at"] = created + datetime.timedelta(hours=6)
    if row["status"] in {"resolved", "closed"}:
        last = replies[-1] if replies else 24
        timeline["resolved_at"] = created + datetime.timedelta(hours=last + 2)
    if row["status"] == "closed":
        timeline["closed_at"] = timeline["resolved_at"] + datetime.timedelta(days=1)
    return timeline


@transaction.atomic
def load_demo(content_dir=CONTENT_DIR, demo_dir=DEMO_DIR):
    """Import the bundled content, then the demo-only records; returns (report, counts)."""
    articles, submissions = read_demo(demo_dir)
    report = import_content(
        content_dir,
        new_article_publish_at=timezone.now()
        - datetime.timedelta(days=articles["published_days_ago"]),
    )
    _views(articles)
    _submissions(submissions)
    return report, {"submissions": len(submissions)}
