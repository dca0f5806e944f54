"""Public media: pictures anyone may see, kept apart from the private evidence store.

Files live under PUBLIC_MEDIA_ROOT (never MEDIA_ROOT, where evidence is kept)
and are named by their content's hash, so each name is served with a far-future
Cache-Control. Only image types are ever served, with nosniff.
"""

import mimetypes
import os
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.http import FileResponse, Http404
from django.utils._os import safe_join

# The only types a public media file is served as: nothing a browser would run.
SERVED_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".webp": "image/webp"}
FAR_FUTURE = "public, max-age=31536000, immutable"


class PublicMediaStorage(FileSystemStorage):
    """The public folder, read from settings on each use (tests change it)."""

    @property
    def base_location(self):
        return str(settings.PUBLIC_MEDIA_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return settings.PUBLIC_MEDIA_URL


def public_storage():
    return PublicMediaStorage()


def serve_public_media(request, path):
    """One public media file, or 404 (unknown types, traversal, missing files)."""
    content_type = SERVED_TYPES.get(Path(path).suffix.lower())
    if content_type is None or mimetypes.guess_type(path)[0] != content_type:
        raise Http404
    try:
        full = Path(safe_join(settings.PUBLIC_MEDIA_ROOT, path))
    except Exception:  # SuspiciousFileOperation: outside the folder
        raise Http404 from None
    if not full.is_file():
        raise Http404
    response = FileResponse(full.open("rb"), content_type=content_type)
    response["Cache-Control"] = FAR_FUTURE
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
