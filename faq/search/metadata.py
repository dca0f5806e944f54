"""Small, slowly changing data every search needs, cached per content version.

Only inputs are cached here, never results: each search still runs its
count and ranking in the engine.

- `hidden_article_ids`: `Article.objects.published().for_visitor_region(region)`
  stays the one rule; the engines get its complement, the ids of the few
  articles it hides (drafts, archived, scheduled, limited to other regions),
  and filter them with `NOT IN` while reading their own index. A common word
  matches thousands of documents; checking each against the article table was
  most of a search.
- `synonym_rows`: the editors' synonym groups for a language.
- `contact_word_rows`: the editors' contact words for a language (faq.instant).

Saving or deleting an article, a synonym or a search document, or changing an
article's regions, replaces the content version (helpdesk.lib.contentversion). Hidden
ids are also kept only until the earliest publish date among them, so a
scheduled article counts from the moment it is due. Every entry lives at most
TTL seconds, which bounds how long a value computed while an edit was being
committed can be served.
"""

import datetime
import logging

from django.core.cache import cache
from django.db.models import Q
from django.utils import timezone
from redis.exceptions import RedisError

from faq.models import Article, ContactWord, Synonym
from helpdesk.lib.contentversion import content_version

logger = logging.getLogger(__name__)

TTL = 60


def cached(name, compute):
    """compute() -> (value, valid until); the value from the cache while valid."""
    now = timezone.now()
    try:
        key = f"search:{name}:{content_version()}"
        entry = cache.get(key)
    except (RedisError, OSError):
        logger.warning("Search: cache unavailable for %s", name, exc_info=True)
        return compute(now)[0]
    if entry is not None and entry[1] > now:
        return entry[0]
    value, valid_until = compute(now)
    try:
        cache.set(key, (value, valid_until), timeout=TTL)
    except (RedisError, OSError):
        logger.warning("Search: could not cache %s", name, exc_info=True)
    return value


def hidden_article_ids(region=None) -> tuple[int, ...]:
    """Ids of the articles `published().for_visitor_region(region)` leaves out, right now."""
    return cached(f"hidden:{region.pk if region else ''}", lambda now: _hidden(region, now))


def _hidden(region, now):
    visible = Article.objects.published().for_visitor_region(region).values("pk")
    # One query: the hidden articles, and the visible ones with an "unpublish at"
    # (they leave the results at that moment).
    rows = list(
        Article.objects.filter(~Q(pk__in=visible) | Q(unpublish_at__gt=now))
        .annotate(shown=Q(pk__in=visible))
        .order_by("pk")
        .values_list("pk", "publish_at", "unpublish_at", "shown")
    )
    # `now` was taken before the query: anything due by the query's own "now" is not in rows.
    changes = [
        ending if shown else starting
        for _pk, starting, ending, shown in rows
        if (ending if shown else starting) > now
    ]
    valid_until = min([*changes, now + datetime.timedelta(seconds=TTL)])
    return tuple(pk for pk, _at, _end, shown in rows if not shown), valid_until


def synonym_rows(language) -> tuple[str, ...]:
    """The language's synonym groups as editors typed them."""

    def compute(now):
        rows = Synonym.objects.for_language(language).values_list("terms", flat=True)
        return tuple(rows), now + datetime.timedelta(seconds=TTL)

    return cached(f"synonyms:{language}", compute)


def contact_word_rows(language) -> tuple[tuple[str, str], ...]:
    """The language's contact words as (kind, comma-separated words) rows."""

    def compute(now):
        rows = ContactWord.objects.for_language(language).values_list("kind", "terms")
        return tuple(rows), now + datetime.timedelta(seconds=TTL)

    return cached(f"contact-words:{language}", compute)
