"""A token that changes whenever content shown on public pages changes.

Stored pages and the search's cached inputs are keyed by it, so an edit is
visible on the next request. Apps name their public models from
`AppConfig.ready()` with `watch()`; a save, a delete or a many-to-many change
of one of them replaces the token.

With Redis as the cache, each process keeps the token and Redis tells it when
the token changes (helpdesk.lib.trackedkey): reading it costs no round trip.
"""

import functools
import logging
import secrets

from django.conf import settings
from django.core.cache import cache
from django.core.signals import setting_changed
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from helpdesk.lib.trackedkey import TrackedKey

logger = logging.getLogger(__name__)

VERSION_KEY = "pagecache:version"
_watched: set[str] = set()


def _new_version() -> int:
    # A fresh random value, never a counter: if the key is evicted, pages stored
    # under an older version can never be served again. An int: Django's Redis
    # cache stores ints as their digits, unpickled, which a TrackedKey reads.
    return secrets.randbits(63)


@functools.cache
def _tracked_version() -> TrackedKey | None:
    """The version's TrackedKey for a single Redis cache; None for another cache."""
    default = settings.CACHES["default"]
    location = default.get("LOCATION")
    if (
        default["BACKEND"] != "django.core.cache.backends.redis.RedisCache"
        or not isinstance(location, str)
        or "," in location  # several servers: the key lives on one of them
    ):
        return None
    return TrackedKey(location, cache.make_and_validate_key(VERSION_KEY))


@receiver(setting_changed)
def _forget_tracked_version(*, setting, **kwargs):
    if setting == "CACHES":
        _tracked_version.cache_clear()


def content_version() -> str:
    tracked = _tracked_version()
    if tracked is not None:
        raw = tracked.get()
        if raw is not None and raw.isdigit():
            return raw.decode()
        # Not set yet, or an older release's token (pickled): the cache's way below.
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, _new_version(), timeout=None)
        version = cache.get(VERSION_KEY)
    return str(version)


def bump_content_version() -> None:
    try:
        cache.set(VERSION_KEY, _new_version(), timeout=None)
    except Exception:
        # The write itself succeeded; pages stay stale until they expire.
        logger.exception("Content version: could not replace it")
    tracked = _tracked_version()
    if tracked is not None:
        tracked.forget()


def watch(*models) -> None:
    """Replace the content version whenever a row of one of `models` changes."""
    _watched.update(model._meta.label_lower for model in models)
    for signal in (post_save, post_delete):
        signal.connect(_on_change, dispatch_uid=f"contentversion.{id(signal)}")
    m2m_changed.connect(_on_m2m_change, dispatch_uid="contentversion.m2m")


def is_watched(model) -> bool:
    return model._meta.label_lower in _watched


def _replace(using=None):
    """Now, and again once the change is committed: a page rendered between
    the two read the rows as they were, under the new version; the second
    replacement keeps it from being served after the commit."""
    bump_content_version()
    transaction.on_commit(bump_content_version, using=using)


def _on_change(sender, using=None, **kwargs):
    if is_watched(sender):
        _replace(using)


def _on_m2m_change(sender, instance, using=None, **kwargs):
    if is_watched(type(instance)):
        _replace(using)
