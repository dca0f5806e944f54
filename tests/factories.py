"""Small builders for test data; every argument has a sensible default."""

import datetime
import itertools

from django.utils import timezone

from contacts.models import Region
from faq.models import Article, Category

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
    return article


def make_submission(**fields):
    """A stored submission (feedback unless `kind` says otherwise), made as staff would see it."""
    import uuid

    from feedback.models import Kind, Submission, new_reference, normalise_contact

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
    values["suspicious_contact_key"] = normalise_contact(values.get("suspicious_contact", ""))
    return Submission.objects.create(**values)
