"""Small builders for test data; every argument has a sensible default."""

import datetime
import itertools

from django.utils import timezone

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
from faq.models import Article, Category
from faq.search.index import article_index_update

_counter = itertools.count(1)


def make_region(code="hk", **fields):
    defaults = {"name_en": f"Region {code}", "time_zone": "Asia/Hong_Kong"}
    return Region.objects.create(code=code, **{**defaults, **fields})


def make_category(**fields):
    n = next(_counter)
    defaults = {
        "title_en": f"Category {n}",
        "slug_en": f"category-{n}",
        "title_zh_hans": f"分类{n}",
        "title_zh_hant": f"分類{n}",
        "slug_zh_hans": f"category-{n}",
        "slug_zh_hant": f"category-{n}",
    }
    return Category.objects.create(**{**defaults, **fields})


def make_article(category=None, regions=(), **fields):
    n = next(_counter)
    defaults = {
        "category": category or make_category(),
        "title_en": f"Article {n}",
        "slug_en": f"article-{n}",
        "slug_zh_hans": f"article-{n}",
        "slug_zh_hant": f"article-{n}",
        "title_zh_hans": f"文章{n}",
        "title_zh_hant": f"文章{n}",
        "summary_en": f"Summary of article {n}.",
        "body_en": f"Body of article {n}.",
        "body_zh_hans": f"文章{n}的正文。",
        "body_zh_hant": f"文章{n}的內文。",
        "status": Article.Status.PUBLISHED,
        "publish_at": timezone.now() - datetime.timedelta(days=1),
    }
    article = Article.objects.create(**{**defaults, **fields})
    if regions:
        article.regions.set(regions)
    article_index_update(article=article)  # as the admin does after saving
    return article


def article_admin_form(article, **changes):
    """The admin change form's POST data for `article` as it is, with `changes`."""
    data = {
        "category": article.category.pk,
        "status": "published",
        "publish_at_0": "2026-01-01",
        "publish_at_1": "10:00:00",
        "votes-TOTAL_FORMS": "0",
        "votes-INITIAL_FORMS": "0",
        "votes-MIN_NUM_FORMS": "0",
        "votes-MAX_NUM_FORMS": "1000",
    }
    for field in ("title", "slug", "summary", "body"):
        for language in ("en", "zh_hans", "zh_hant"):
            data[f"{field}_{language}"] = getattr(article, f"{field}_{language}") or ""
    return {**data, **changes}


SUBMISSION_INLINES = [
    "attachments",
    "messages",
    "notes",
    "notifications",
    "rating",
    "call_codes",
]


def submission_admin_form(submission, **fields):
    """The admin change form's POST data for `submission` as it is, with `fields`."""
    data = {
        "status": submission.status,
        "priority": submission.priority,
        "assignee": "",
    }
    for prefix in SUBMISSION_INLINES:
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": "0",
                f"{prefix}-INITIAL_FORMS": "0",
                f"{prefix}-MIN_NUM_FORMS": "0",
                f"{prefix}-MAX_NUM_FORMS": "1000",
            }
        )
    data.update(fields)
    return data


def reply_with_preview(client, submission, body, set_status=""):
    """Reply as the case page's reply box does: preview the mail, then send what was
    previewed. The "send" response (a redirect to the case)."""
    from django.urls import reverse

    url = reverse("admin:feedback_submission_reply", args=[submission.pk])
    data = {"body": body, "set_status": set_status}
    shown = client.post(url, {**data, "action": "preview"})
    assert shown.context["preview"] is not None, shown.content.decode()[:2000]
    token = shown.context["form"]["previewed"].value()
    return client.post(url, {**data, "previewed": token, "action": "send"})


def make_channel(region=None, kind=Channel.Kind.PHONE, value="+1 202-555-0142", hours=(), **fields):
    """A channel; `hours` is [(weekday, "09:00", "18:00"), ...] in its zone."""
    n = next(_counter)
    defaults = {
        "label_en": f"Channel {n}",
        "label_zh_hans": f"渠道{n}",
        "label_zh_hant": f"管道{n}",
    }
    channel = Channel.objects.create(
        region=region, kind=kind, value=value, **{**defaults, **fields}
    )
    OpeningHours.objects.bulk_create(
        OpeningHours(
            channel=channel,
            weekday=weekday,
            opens=datetime.time.fromisoformat(opens),
            closes=datetime.time.fromisoformat(closes),
        )
        for weekday, opens, closes in hours
    )
    return channel


def make_closure(first, last=None, *, region=None, channel=None, **fields):
    first = datetime.date.fromisoformat(first) if isinstance(first, str) else first
    last = datetime.date.fromisoformat(last) if isinstance(last, str) else (last or first)
    return Closure.objects.create(
        region=region,
        channel=channel,
        starts_on=first,
        ends_on=last,
        **{"reason_en": "Public holiday", **fields},
    )


def make_alert(regions=(), **fields):
    n = next(_counter)
    defaults = {
        "title_en": f"Alert {n}",
        "title_zh_hans": f"提醒{n}",
        "title_zh_hant": f"提醒{n}",
        "level": Alert.Level.SCAM,
        "starts_at": timezone.now() - datetime.timedelta(hours=1),
    }
    alert = Alert.objects.create(**{**defaults, **fields})
    if regions:
        alert.regions.set(regions)
    return alert


def make_official(kind=OfficialAccount.Kind.DOMAIN, value="okpay.example", **fields):
    return OfficialAccount.objects.create(kind=kind, value=value, **fields)


def make_impostor(kind=KnownImpostor.Kind.PHONE, value="+44 20 7946 0999", **fields):
    return KnownImpostor.objects.create(kind=kind, value=value, **{"is_confirmed": True, **fields})


def make_guidance(**fields):
    n = next(_counter)
    defaults = {"title_en": f"Advice {n}", "body_en": f"Prepare your **account name** ({n})."}
    return ContactGuidance.objects.create(**{**defaults, **fields})


def make_submission(**fields):
    """A stored submission (feedback unless `kind` says otherwise), made as staff would see it."""
    import uuid

    from feedback.models import Kind, Submission, new_reference, suspicious_contact_key

    kind = fields.pop("kind", Kind.FEEDBACK)
    defaults = {
        "kind": kind,
        "reference": new_reference(kind),
        "idempotency_key": uuid.uuid4(),
        "language": "en",
        "description": "The app shows an error when I open my wallet.",
        "email": "someone@example.com",
    }
    if kind == Kind.SUSPICIOUS:
        defaults.update(incident="impostor_call", suspicious_contact="+1 202-555-0147")
    else:
        defaults["topic"] = "app"
    values = {**defaults, **fields}
    values["suspicious_contact_key"] = suspicious_contact_key(
        values.get("suspicious_contact", ""), values.get("region")
    )
    return Submission.objects.create(**values)
