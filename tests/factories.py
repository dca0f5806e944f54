"""Small builders for test data; every argument has a sensible default."""

import datetime
import itertools

from django.utils import timezone

from contacts.models import Region
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
