"""Fixtures for the feedback tests: files kept in a temporary folder, a test image."""

import pytest

from tests.files import png_bytes, upload


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    settings.FEEDBACK_SECURITY_ALERT_TO = ["security@example.com"]


@pytest.fixture
def png():
    return upload("screenshot.png", png_bytes(), "image/png")
