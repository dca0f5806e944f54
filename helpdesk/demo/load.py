"""Load the demo content. Safe to run again: rows are matched by slug or code."""

import datetime
import importlib

from django.db import transaction
from django.utils import timezone
from modeltranslation.utils import build_localized_fieldname

from contacts.models import Region
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
        article_index_update(article=article)
        _demo_views(article, data.get("views", 0))
        articles[data["slug"]] = article
    for data in articles_data:
        articles[data["slug"]].related.set([articles[slug] for slug in data["related"]])
    return len(categories), len(articles)


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
    counts = {"regions": load_regions()}
    counts["categories"], counts["articles"] = load_faq()
    counts["synonym groups"] = load_synonyms()
    return counts
