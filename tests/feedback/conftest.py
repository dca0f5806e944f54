"""Fixtures for the feedback tests: files kept in a temporary folder, test files."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    settings.FEEDBACK_SECURITY_ALERT_TO = ["security@example.com"]


def png_bytes(size=(40, 30), color=(200, 30, 30), **save_options):
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, format="PNG", **save_options)
    return out.getvalue()


def jpeg_bytes(size=(40, 30), exif=None):
    out = io.BytesIO()
    image = Image.new("RGB", size, (10, 120, 200))
    if exif is not None:
        image.save(out, format="JPEG", exif=exif)
    else:
        image.save(out, format="JPEG")
    return out.getvalue()


PDF_BYTES = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


@pytest.fixture
def png():
    return upload("screenshot.png", png_bytes(), "image/png")
