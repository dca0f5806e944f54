"""Fixtures of the portal-wide tests."""

import datetime
import shutil

import pytest
from django.utils import timezone

from helpdesk.content.demo import CONTENT_DIR


@pytest.fixture
def folder(tmp_path):
    """A copy of the bundled content to change."""
    target = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, target)
    return target


@pytest.fixture
def clock(monkeypatch):
    """The views' clock, set with clock("2026-12-03T17:58:00+08:00") and moved at will."""
    now = []

    def set_to(text):
        now[:] = [datetime.datetime.fromisoformat(text).astimezone(datetime.UTC)]
        return now[0]

    monkeypatch.setattr(timezone, "now", lambda: now[0])
    return set_to
