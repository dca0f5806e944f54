"""Load the demo content. Safe to run again: rows are matched by slug or code."""

import datetime
import importlib

from django.db import transaction
from django.utils import timezone
from modeltranslation.utils import build_localized_fieldname

from contacts.models import (
    Alert,
    Channel,
    Closure,
    ContactGuidance,
    KnownImpostor,
    OfficialAccount,
    OpeningHours,
    Region,
)
from faq.models import Article, ArticleDailyViews, Category, Synonym
from faq.search.index import article_index_update

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
    from helpdesk.demo.contacts import BEST_TIME_HINTS
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
                **_translations("best_time_hint", BEST_TIME_HINTS[data["code"]]),
            },
        )
    return len(REGIONS)


_DAY_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def _weekdays(days):
    """ "mon-fri" -> [0..4], "sun-thu" -> [6, 0, 1, 2, 3], "daily" -> every day."""
    if days == "daily":
        return list(range(7))
    first, _sep, last = days.partition("-")
    start, end = _DAY_NAMES.index(first), _DAY_NAMES.index(last or first)
    return [(start + offset) % 7 for offset in range((end - start) % 7 + 1)]


def _set_hours(channel, hours):
    wanted = sorted(
        (weekday, datetime.time.fromisoformat(opens), datetime.time.fromisoformat(closes))
        for days, opens, closes in hours
        for weekday in _weekdays(days)
    )
    existing = sorted(channel.hours.values_list("weekday", "opens", "closes"))
    if existing != wanted:
        channel.hours.all().delete()
        for weekday, opens, closes in wanted:
            OpeningHours.objects.create(
                channel=channel, weekday=weekday, opens=opens, closes=closes
            )


def load_contacts():
    from helpdesk.demo import contacts as data

    regions = {region.code: region for region in Region.objects.all()}
    for item in data.CHANNELS:
        region = regions[item["region"]] if item["region"] else None
        channel = _upsert(
            Channel,
            {"region": region, "kind": item["kind"], "value": item["value"]},
            {
                "order": item["order"],
                "always_open": item.get("always_open", False),
                "time_zone": item.get("time_zone", ""),
                "platform": item.get("platform", ""),
                "profile_url": item.get("profile_url", ""),
                **{
                    key: value
                    for field in ("label", "description", "audience", "languages", "response_time")
                    for key, value in _translations(field, item[field]).items()
                },
            },
        )
        _set_hours(channel, item.get("hours", []))
    for item in data.CLOSURES:
        _upsert(
            Closure,
            {
                "region": regions[item["region"]],
                "starts_on": datetime.date.fromisoformat(item["starts_on"]),
                "reason_en": item["reason"]["en"],
            },
            {
                "ends_on": datetime.date.fromisoformat(item["ends_on"]),
                "opens": datetime.time.fromisoformat(item["opens"]) if "opens" in item else None,
                "closes": datetime.time.fromisoformat(item["closes"]) if "closes" in item else None,
                **_translations("reason", item["reason"]),
            },
        )
    for item in data.ALERTS:
        alert = _upsert(
            Alert,
            {"title_en": item["title"]["en"]},
            {
                "level": item["level"],
                "starts_at": datetime.datetime.fromisoformat(item["starts_at"]),
                "ends_at": datetime.datetime.fromisoformat(item["ends_at"])
                if item["ends_at"]
                else None,
                **_translations("title", item["title"]),
                **_translations("body", item["body"]),
            },
        )
        alert.regions.set([regions[code] for code in item["regions"]])
    for item in data.OFFICIAL_ACCOUNTS:
        _upsert(
            OfficialAccount,
            {"kind": item["kind"], "value": item["value"]},
            {"platform": item.get("platform", ""), **_translations("note", item["note"])},
        )
    for item in data.KNOWN_IMPOSTORS:
        _upsert(
            KnownImpostor,
            {"kind": item["kind"], "value": item["value"]},
            {
                "source": item["source"],
                "reported_at": datetime.date.fromisoformat(item["reported_at"]),
                "is_confirmed": item["is_confirmed"],
            },
        )
    for item in data.GUIDANCE:
        _upsert(
            ContactGuidance,
            {"title_en": item["title"]["en"]},
            {
                "order": item["order"],
                **_translations("title", item["title"]),
                **_translations("body", item["body"]),
            },
        )
    return len(data.CHANNELS)


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
        article_index_update(article=article)
        _demo_views(article, data.get("views", 0))
        articles[data["slug"]] = article
    for data in articles_data:
        articles[data["slug"]].related.set([articles[slug] for slug in data["related"]])
    return len(categories), len(articles)


def attach_alerts():
    """Show the demo alerts on the articles they concern (after both are loaded)."""
    from helpdesk.demo.contacts import ALERTS

    for item in ALERTS:
        alert = Alert.objects.get(title_en=item["title"]["en"])
        articles = Article.objects.filter(slug_en__in=item.get("articles", []))
        alert.articles.set(articles)


def _demo_reference(kind, n):
    from feedback.models import REFERENCE_ALPHABET, REFERENCE_PREFIX, Kind

    a = REFERENCE_ALPHABET
    return f"{REFERENCE_PREFIX[Kind(kind)]}-DEM{a[n // len(a)]}-{a[n % len(a)]}K7Q"


def load_feedback():
    """Demo submissions, matched on their fixed references; replies and notes once."""
    import uuid

    from django.contrib.auth import get_user_model

    from feedback.models import Note, Reply, Submission, suspicious_contact_key
    from feedback.services import impostor_confirm
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
            "suspicious_contact_key": suspicious_contact_key(
                extra.get("suspicious_contact", ""), regions.get(region)
            ),
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
        if submission.impostor_confirmed:
            # As when an analyst ticks the box: "Is it really us?" names it a scam.
            impostor_confirm(submission=submission)
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


def load_synonyms():
    """Add the demo synonym groups that are not there yet; editors' changes stay."""
    from helpdesk.demo.synonyms import SYNONYMS

    existing = set(Synonym.objects.values_list("language", "terms"))
    added = [
        Synonym(language=language, terms=terms)
        for language, groups in SYNONYMS.items()
        for terms in groups
        if (language, terms) not in existing
    ]
    for synonym in added:
        synonym.save()  # one by one, so history records them
    return sum(len(groups) for groups in SYNONYMS.values())


@transaction.atomic
def load_all():
    counts = {"regions": load_regions(), "channels": load_contacts()}
    counts["categories"], counts["articles"] = load_faq()
    attach_alerts()
    counts["submissions"] = load_feedback()
    counts["synonym groups"] = load_synonyms()
    return counts
