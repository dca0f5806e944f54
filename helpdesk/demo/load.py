"""Load the demo content. Safe to run again: rows are matched by slug or code."""

import datetime
import importlib

from django.db import transaction
from django.utils import timezone
from modeltranslation.utils import build_localized_fieldname

from contacts.models import Region
from faq.models import Article, ArticleDailyViews, Category

LANGUAGE_KEYS = {"en": "en", "zh_hans": "zh-hans", "zh_hant": "zh-hant"}
FAQ_MODULES = ["helpdesk.demo.faq_account", "helpdesk.demo.faq_money"]
DEMO_VIEW_DAYS = 30


def _translations(field, values):
    """{"en": ..., "zh_hans": ...} -> {"title_en": ..., "title_zh_hans": ...}."""
    return {
        build_localized_fieldname(field, code): values[key] for key, code in LANGUAGE_KEYS.items()
    }


def _same_in_every_language(field, value):
    return {build_localized_fieldname(field, code): value for code in LANGUAGE_KEYS.values()}


def _upsert(model, lookup, fields, create_extra=None):
    """Create or update one row; an unchanged row is not saved (no history noise)."""
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        return model.objects.create(**{**fields, **lookup, **(create_extra or {})})
    changed = [name for name, value in fields.items() if getattr(obj, name) != value]
    if changed:
        for name in changed:
            setattr(obj, name, fields[name])
        obj.save()
    return obj


def load_regions():
    from helpdesk.demo.regions import REGIONS

    for data in REGIONS:
        _upsert(
            Region,
            {"code": data["code"]},
            {
                "order": data["order"],
                "time_zone": data["time_zone"],
                "default_language": data["default_language"],
                **_translations("name", data["name"]),
            },
        )
    return len(REGIONS)


def _faq_data():
    categories, articles = [], []
    for name in FAQ_MODULES:
        module = importlib.import_module(name)
        categories += module.CATEGORIES
        articles += module.ARTICLES
    return categories, articles


def _demo_views(article, total):
    """Spread a demo view total over the last days, once."""
    if article.daily_views.exists():
        return
    today = timezone.localdate()
    per_day, rest = divmod(total, DEMO_VIEW_DAYS)
    ArticleDailyViews.objects.bulk_create(
        ArticleDailyViews(
            article=article,
            day=today - datetime.timedelta(days=offset),
            views=per_day + (1 if offset < rest else 0),
        )
        for offset in range(DEMO_VIEW_DAYS)
    )


def load_faq():
    categories_data, articles_data = _faq_data()
    categories = {}
    for data in categories_data:
        categories[data["slug"]] = _upsert(
            Category,
            {"slug_en": data["slug"]},
            {
                "order": data["order"],
                "icon": data.get("icon", ""),
                **_same_in_every_language("slug", data["slug"]),
                **_translations("title", data["title"]),
                **_translations("description", data["description"]),
            },
        )
    regions = {region.code: region for region in Region.objects.all()}
    articles = {}
    for data in articles_data:
        article = _upsert(
            Article,
            {"slug_en": data["slug"]},
            {
                "category": categories[data["category"]],
                "status": Article.Status.PUBLISHED,
                **_same_in_every_language("slug", data["slug"]),
                **_translations("title", data["title"]),
                **_translations("summary", data["summary"]),
                **_translations("keywords", data["keywords"]),
                **_translations("body", data["body"]),
            },
            create_extra={"publish_at": timezone.now() - datetime.timedelta(days=60)},
        )
        article.regions.set([regions[code] for code in data["regions"] if code in regions])
        _demo_views(article, data.get("views", 0))
        articles[data["slug"]] = article
    for data in articles_data:
        articles[data["slug"]].related.set([articles[slug] for slug in data["related"]])
    return len(categories), len(articles)


def _demo_reference(kind, n):
    from feedback.models import REFERENCE_ALPHABET, REFERENCE_PREFIX, Kind

    a = REFERENCE_ALPHABET
    return f"{REFERENCE_PREFIX[Kind(kind)]}-DEM{a[n // len(a)]}-{a[n % len(a)]}K7Q"


def load_feedback():
    """Demo submissions, matched on their fixed references; replies and notes once."""
    import uuid

    from django.contrib.auth import get_user_model

    from feedback.models import Note, Reply, Submission, normalise_contact
    from helpdesk.demo.feedback import SUBMISSIONS

    regions = {region.code: region for region in Region.objects.all()}
    staff = {user.username: user for user in get_user_model().objects.filter(is_staff=True)}
    now = timezone.now()
    for n, row in enumerate(SUBMISSIONS):
        (kind, subject, region, language, days, status, priority, email, name, text, extra,
         replies, notes) = row  # fmt: skip
        reference = _demo_reference(kind, n)
        created = now - datetime.timedelta(days=days, hours=n % 7)
        fields = {
            "kind": kind,
            "topic": "" if kind == "suspicious" else subject,
            "incident": subject if kind == "suspicious" else "",
            "region": regions.get(region),
            "language": language,
            "status": status,
            "priority": priority,
            "email": email,
            "name": name,
            "description": text,
            "transaction_id": extra.get("transaction_id", ""),
            "suspicious_contact": extra.get("suspicious_contact", ""),
            "suspicious_contact_key": normalise_contact(extra.get("suspicious_contact", "")),
            "amount": extra.get("amount"),
            "currency": extra.get("currency", ""),
            "impostor_confirmed": extra.get("confirmed", False),
        }
        submission = Submission.objects.filter(reference=reference).first()
        if submission is not None:
            continue  # staff may have triaged it since: leave it as it is
        submission = Submission.objects.create(
            reference=reference, idempotency_key=uuid.uuid5(uuid.NAMESPACE_URL, reference), **fields
        )
        timeline = {"created_at": created}
        if "occurred_on_days" in extra:
            timeline["occurred_on"] = (created - datetime.timedelta(days=1)).date()
        if replies:
            timeline["first_response_at"] = created + datetime.timedelta(hours=replies[0][0])
        elif status != "received":
            timeline["first_response_at"] = created + datetime.timedelta(hours=6)
        if status in {"resolved", "closed"}:
            timeline["resolved_at"] = created + datetime.timedelta(
                hours=(replies or [(24,)])[-1][0] + 2
            )
        if status == "closed":
            timeline["closed_at"] = timeline["resolved_at"] + datetime.timedelta(days=1)
        Submission.objects.filter(pk=submission.pk).update(**timeline)
        for model, items in ((Reply, replies), (Note, notes)):
            for hours, author, body in items:
                item = model.objects.create(
                    submission=submission, author=staff.get(author), body=body
                )
                model.objects.filter(pk=item.pk).update(
                    created_at=created + datetime.timedelta(hours=hours)
                )
    # The staff logins are made after the first load: credit them once they exist.
    for username in ("agent", "analyst"):
        if username in staff:
            for model in (Reply, Note):
                model.objects.filter(
                    submission__reference__contains="-DEM", author__isnull=True
                ).filter(
                    submission__kind__in=["suspicious"]
                    if username == "analyst"
                    else ["feedback", "complaint"]
                ).update(author=staff[username])
    return len(SUBMISSIONS)


@transaction.atomic
def load_all():
    counts = {"regions": load_regions()}
    counts["categories"], counts["articles"] = load_faq()
    counts["submissions"] = load_feedback()
    return counts
