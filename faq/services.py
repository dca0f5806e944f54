"""Writes with side effects in the knowledge base: votes and view counts."""

import atexit
import logging
import threading
import time
from collections import Counter

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


class _ViewBuffer:
    """Views waiting in this process, for up to FAQ_VIEW_BUFFER_SECONDS, before
    they reach the shared counter: a popular article costs one cache write a
    second per process instead of one per view. A process that dies loses at
    most that long of views; one that exits normally sends them first."""

    def __init__(self):
        self._lock = threading.Lock()
        self._pending = Counter()
        self._since = None

    def add(self, article_id: int) -> dict:
        """Count a view; the views due to be sent on, by article, or {}."""
        now = time.monotonic()
        with self._lock:
            self._pending[article_id] += 1
            if self._since is None:
                self._since = now
            if now - self._since < settings.FAQ_VIEW_BUFFER_SECONDS:
                return {}
            return self._take()

    def _take(self) -> dict:
        pending, self._pending, self._since = dict(self._pending), Counter(), None
        return pending

    def flush(self) -> None:
        with self._lock:
            pending = self._take()
        for article_id, views in pending.items():
            _views_count(article_id, views)


_view_buffer = _ViewBuffer()
atexit.register(_view_buffer.flush)


def article_view_record(*, article_id: int) -> None:
    """Count a page view without writing to the database on every request.

    Views are gathered in the process (see _ViewBuffer), then counted in the
    shared cache and written in batches of FAQ_VIEW_FLUSH_EVERY as an atomic
    `views + n` update of the day's row. At most that many views per article
    and day are lost when a cache is cleared.
    """
    for pending_id, views in _view_buffer.add(article_id).items():
        _views_count(pending_id, views)


def _views_count(article_id: int, views: int) -> None:
    batch = settings.FAQ_VIEW_FLUSH_EVERY
    day = timezone.localdate()
    key = f"faq:views:{day.isoformat()}:{article_id}"
    try:
        try:
            count = cache.incr(key, views)
        except ValueError:
            # The day's first views here, unless another process adds them first.
            added = cache.add(key, views, timeout=2 * 24 * 3600)
            count = views if added else cache.incr(key, views)
    except Exception:
        # A view count is not worth failing a page for when the cache is down.
        logger.warning("View counter unavailable", exc_info=True)
        return
    # The whole batches this increment completed (usually none).
    written = (count // batch - (count - views) // batch) * batch
    if not written:
        return
    updated = ArticleDailyViews.objects.filter(article_id=article_id, day=day).update(
        views=F("views") + written
    )
    if not updated:
        try:
            with transaction.atomic():
                ArticleDailyViews.objects.create(article_id=article_id, day=day, views=written)
        except IntegrityError:  # another process created the row first
            ArticleDailyViews.objects.filter(article_id=article_id, day=day).update(
                views=F("views") + written
            )
