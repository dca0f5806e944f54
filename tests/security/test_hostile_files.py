"""Hostile evidence files (tests/security/hostile_files.py): refused or neutralised.

Refused: the form says so and nothing at all is stored (no row, no file).
Neutralised: stored under <uuid>.<png|jpg|pdf> inside MEDIA_ROOT/feedback,
images re-encoded (no EXIF, text chunks, comments or trailing bytes), and
served only to permitted staff as an `attachment` download.
"""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from feedback.models import Attachment, Submission
from tests.forms import feedback_data
from tests.security.hostile_files import CASES, MAX_FILE_SIZE

pytestmark = pytest.mark.django_db
IDS = [case for case, *_rest in CASES]
PAYLOAD_MARKERS = [b"<script", b"alert(", b"SpyCam", b"<?php", b"<html", b"onerror"]


@pytest.fixture(autouse=True)
def _files(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.FEEDBACK_MAX_FILE_SIZE = MAX_FILE_SIZE
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


def stored_files(settings):
    media = Path(settings.MEDIA_ROOT)
    return [p for p in media.rglob("*") if p.is_file()] if media.exists() else []


def test_at_least_25_hostile_files():
    assert len(CASES) >= 25
    assert len(set(IDS)) == len(IDS)


@pytest.mark.parametrize(("case", "name", "content", "outcome"), CASES, ids=IDS)
def test_hostile_file(client, settings, agent, editor, case, name, content, outcome):
    data = feedback_data(client)
    data["attachments"] = [SimpleUploadedFile(name, content, content_type="image/png")]
    response = client.post("/en/feedback/", data)
    if outcome == "refused":
        assert response.status_code == 200, case
        assert "is-invalid" in response.content.decode()
        assert Submission.objects.count() == Attachment.objects.count() == 0
        assert stored_files(settings) == []
        return
    assert response.status_code == 302, response.content.decode()[:3000]
    attachment = Attachment.objects.get()
    media = Path(settings.MEDIA_ROOT).resolve()
    [path] = stored_files(settings)
    assert path.resolve().is_relative_to(media / "feedback")
    assert path.name == f"{attachment.pk}.{attachment.extension}"
    assert attachment.extension in {"png", "jpg", "pdf"}
    data = path.read_bytes()
    if attachment.extension != "pdf":
        assert not any(marker in data for marker in PAYLOAD_MARKERS), case
        assert b"Exif" not in data and b"tEXt" not in data
    client.force_login(editor)
    assert client.get(attachment.get_absolute_url()).status_code == 403
    client.force_login(agent)
    download = client.get(attachment.get_absolute_url())
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment;")
    assert attachment.submission.reference in download["Content-Disposition"]
    assert download["Content-Type"] in {"image/png", "image/jpeg", "application/pdf"}
    assert download["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in download["Content-Security-Policy"]
