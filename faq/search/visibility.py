"""What a search must leave out, so the engines need not join faq_article per match.

`Article.objects.published().for_region(region)` stays the one rule. The
engines get its complement instead: the ids of the few articles it hides
(drafts, archived, scheduled, limited to other regions), which they filter
with `NOT IN` while reading their own index. A common word matches thousands
of documents; checking each against the article table was most of a search.

The ids are cached per region and content version (saving or deleting an
article, or changing its regions, replaces the version: helpdesk.pagecache)
until the earliest publish date among them, so a scheduled article counts
from the moment it is due, and for at most HIDDEN_TTL seconds, which bounds
how long a value computed while an edit was being committed can be served.
"""

import datetime
import logging

from django.core.cache import cache
from django.utils import timezone
from redis.exceptions import RedisError

from faq.models import Article
from helpdesk.pagecache import content_version

logger = logging.getLogger(__name__)

HIDDEN_TTL = 60


def hidden_article_ids(region=None) -> tuple[int, ...]:
    """Ids of the articles `published().for_region(region)` leaves out, right now."""
    now = timezone.now()
    try:
        key = f"search:hidden:{content_version()}:{region.pk if region else ''}"
        entry = cache.get(key)
    except (RedisError, OSError):
        logger.warning("Search: cache unavailable, computing hidden articles", exc_info=True)
        return _hidden(region, now)[0]
    if entry is not None and entry[1] > now:
        return entry[0]
    ids, valid_until = _hidden(region, now)
    try:
        cache.set(key, (ids, valid_until), timeout=HIDDEN_TTL)
    except (RedisError, OSError):
        logger.warning("Search: could not cache hidden articles", exc_info=True)
    return ids


def _hidden(region, now):
    """The hidden ids and until when they stay right (the next publish date, at most TTL)."""
    visible = Article.objects.published().for_region(region).values("pk")
    rows = list(
        Article.objects.exclude(pk__in=visible).order_by("pk").values_list("pk", "publish_at")
    )
    # Taken before the query: anything due by the query's own "now" is not in rows.
    due = [at for _pk, at in rows if at > now]
    valid_until = min([*due, now + datetime.timedelta(seconds=HIDDEN_TTL)])
    return tuple(pk for pk, _at in rows), valid_until
