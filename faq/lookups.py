"""What the public article and category pages look up on every request, cached
per content version (faq.search.metadata.cached) so that a page whose parts
are stored fragments runs no query at all.

The rules stay where they are: `Article.objects.published()` decides what the
public sees. The cached article lookup keeps every *published* candidate for a
slug with its publication dates and applies the clock per request
(`Article.is_public`), so an article appears or leaves at its scheduled moment
exactly. The article count of a category (for the pagination, and its 404
beyond the last page) is kept only until the next scheduled article is due.
Staff previews never come from here: they read the database.
"""

import datetime
import hashlib

from faq.models import Article, Category
from faq.schedule import next_publication
from faq.search.metadata import TTL, cached


def _slug_key(slug: str) -> str:
    # Slugs may be in any script: keep cache keys short and ASCII.
    return hashlib.blake2b(slug.encode(), digest_size=12).hexdigest()


def _ttl_end(now):
    return now + datetime.timedelta(seconds=TTL)


def public_article(slug: str) -> Article | None:
    """`Article.objects.published().by_slug(slug)` first article, with its
    category, as of now; None when there is none."""

    def compute(now):
        candidates = list(
            Article.objects.filter(status=Article.Status.PUBLISHED)
            .by_slug(slug)
            .select_related("category")
        )  # its regions are read by the page's fragment, when it is not stored
        return candidates, _ttl_end(now)

    candidates = cached(f"article-by-slug:{_slug_key(slug)}", compute)
    return next((article for article in candidates if article.is_public), None)


def category_by_slug(slug: str) -> Category | None:
    """The category `Category.objects.by_slug(slug)` finds first, or None."""

    def compute(now):
        return Category.objects.by_slug(slug).first(), _ttl_end(now)

    return cached(f"category-by-slug:{_slug_key(slug)}", compute)


def public_article_count(category: Category, region) -> int:
    """How many articles of `category` the public in `region` sees, now."""

    def compute(now):
        count = category.articles.published().for_visitor_region(region).count()
        end = _ttl_end(now)
        due = next_publication()
        return count, min(due, end) if due else end

    region_key = region.pk if region is not None else ""
    return cached(f"category-count:{category.pk}:{region_key}", compute)
