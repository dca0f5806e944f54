"""Checks on evidence files before anything is stored.

A file is accepted only when its extension is on the allow-list AND its
content is what the extension says: images are decoded and re-encoded with
Pillow (which drops metadata such as GPS positions and anything hidden after
the image data, and refuses decompression bombs); PDFs must start with the
PDF signature and carry no script or embedded-file markers. The client's file
name is never kept: only the extension that matched the content survives.
"""

import re
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from helpdesk.lib.images import encoded, open_checked, read_upload, unreadable

IMAGE_FORMATS = {"PNG": "png", "JPEG": "jpg", "GIF": "png", "WEBP": "png"}
EXTENSIONS = {
    "png": "image",
    "jpg": "image",
    "jpeg": "image",
    "gif": "image",
    "webp": "image",
    "pdf": "pdf",
}
# Which detected image format each extension may hold.
EXTENSION_FORMATS = {
    "png": {"PNG"},
    "jpg": {"JPEG"},
    "jpeg": {"JPEG"},
    "gif": {"GIF"},
    "webp": {"WEBP"},
}
CONTENT_TYPES = {"png": "image/png", "jpg": "image/jpeg", "pdf": "application/pdf"}
# Names in a PDF that run code or carry other files; "#4A" spellings are decoded first.
_PDF_ACTIVE = re.compile(rb"/(JavaScript|JS|Launch|EmbeddedFiles?|RichMedia|XFA|AA)\b")
_PDF_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")


@dataclass(frozen=True)
class CleanFile:
    content: bytes
    extension: str
    content_type: str


def _extension(name: str) -> str:
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1].strip().strip(".").lower()
    return base.rsplit(".", 1)[-1] if "." in base else ""


def _unreadable():
    return unreadable()


def _clean_image(data: bytes, extension: str) -> CleanFile:
    detected, image = open_checked(
        data, EXTENSION_FORMATS[extension], settings.FEEDBACK_MAX_IMAGE_PIXELS
    )
    target = IMAGE_FORMATS[detected]
    content = encoded(image, "JPEG" if target == "jpg" else "PNG")
    return CleanFile(content, target, CONTENT_TYPES[target])


def _clean_pdf(data: bytes) -> CleanFile:
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-2048:]:
        raise _unreadable()
    decoded = _PDF_NAME_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), data)
    if _PDF_ACTIVE.search(decoded):
        raise ValidationError(
            _("PDFs with scripts, actions or embedded files are not accepted."),
            code="pdf_active_content",
        )
    return CleanFile(data, "pdf", CONTENT_TYPES["pdf"])


def clean_upload(upload) -> CleanFile:
    """The checked (and for images, re-encoded) content of one uploaded file."""
    extension = _extension(upload.name)
    kind = EXTENSIONS.get(extension)
    if kind is None:
        raise ValidationError(
            _("Only images (PNG, JPEG, GIF, WebP) and PDF files can be attached."),
            code="file_type",
        )
    data = read_upload(upload, settings.FEEDBACK_MAX_FILE_SIZE)
    if not data:
        raise _unreadable()
    if kind == "pdf":
        return _clean_pdf(data)
    return _clean_image(data, extension)
