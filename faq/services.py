"""Writes with side effects in the knowledge base: votes and view counts."""

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from faq.models import Article, ArticleDailyViews, Vote

logger = logging.getLogger(__name__)


def vote_cast(
    *, article: Article, visitor: str, helpful: bool, comment: str, language: str
) -> Vote | None:
    """Record a visitor's vote; None if they have already voted on this article."""
    if Vote.objects.filter(article=article, visitor=visitor).exists():
        return None
    vote = Vote(
        article=article,
        visitor=visitor,
        helpful=helpful,
        # A comment only says what was missing, so it belongs to a "no".
        comment="" if helpful else comment.strip(),
        language=language,
    )
    vote.full_clean()
    try:
        with transaction.atomic():
            vote.save()
    except IntegrityError:  # the same visitor, twice at once
        return None
    return vote


def article_view_record(*, article_id: int) -> None:
    """Count a page view without writing to the database on every request.

    Views are counted in the shared cache and written in batches of
    FAQ_VIEW_FLUSH_EVERY as an atomic `views + n` update of the day's row.
    At most that many views per article and day are lost when a cache is cleared.
    """
    batch = settings.FAQ_VIEW_FLUSH_EVERY
    day = timezone.localdate()
    key = f"faq:views:{day.isoformat()}:{article_id}"
    try:
        try:
            count = cache.incr(key)
        except ValueError:
            # The day's first view here, unless another process adds it first.
            count = 1 if cache.add(key, 1, timeout=2 * 24 * 3600) else cache.incr(key)
    except Exception:
        # A view count is not worth failing a page for when the cache is down.
        logger.warning("View counter unavailable", exc_info=True)
        return
    if count % batch:
        return
    updated = ArticleDailyViews.objects.filter(article_id=article_id, day=day).update(
        views=F("views") + batch
    )
    if not updated:
        try:
            with transaction.atomic():
                ArticleDailyViews.objects.create(article_id=article_id, day=day, views=batch)
        except IntegrityError:  # another process created the row first
            ArticleDailyViews.objects.filter(article_id=article_id, day=day).update(
                views=F("views") + batch
            )
