"""A token that changes whenever content shown on public pages changes.

Stored pages and the search's cached inputs are keyed by it, so an edit is
visible on the next request. Apps name their public models from
`AppConfig.ready()` with `watch()`; a save, a delete or a many-to-many change
of one of them replaces the token.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

logger = logging.getLogger(__name__)

VERSION_KEY = "pagecache:version"
_watched: set[str] = set()


def content_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        # A fresh random value, never a counter: if the key is evicted, pages
        # stored under an older version can never be served again.
        cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def bump_content_version() -> None:
    try:
        cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)
    except Exception:
        # The write itself succeeded; pages stay stale until they expire.
        logger.exception("Content version: could not replace it")


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
