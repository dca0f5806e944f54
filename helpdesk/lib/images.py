"""Opening an uploaded image without trusting it.

The header's format must be one the caller allows and its size under the
pixel limit before anything is decoded; Pillow then verifies and decodes it,
and what comes back is the first frame in a plain mode with no metadata, ready
to be re-encoded (which drops EXIF, text chunks, comments and trailing bytes).
SVG, HTML and other non-images are not images to Pillow and are refused.
"""

import io
import warnings

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError


def read_upload(upload, limit: int) -> bytes:
    """An uploaded file's bytes, refused when over `limit` (read no further than that)."""
    if upload.size is not None and upload.size > limit:
        raise too_large_file(limit)
    upload.seek(0)
    data = upload.read(limit + 1)
    if len(data) > limit:
        raise too_large_file(limit)
    return data


def too_large_file(limit):
    return ValidationError(
        _("Each file may be at most %(size)s MB."),
        code="file_too_large",
        params={"size": round(limit / 1024 / 1024, 1)},
    )


def unreadable():
    return ValidationError(
        _("This file is damaged or is not the kind of file its name says."), code="bad_content"
    )


def too_large_image():
    return ValidationError(_("This image is too large to process."), code="image_too_large")


def open_checked(data: bytes, formats, max_pixels: int, *, still_only=False):
    """(format, image): the decoded first frame of `data`, or a ValidationError.

    `still_only` refuses animations (several frames)."""
    try:
        with warnings.catch_warnings():
            # Pillow only warns between its limit and twice that: treat it as the error it is.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:
                detected = probe.format
                if detected not in formats:
                    raise unreadable()
                # The header gives the size before anything is decoded.
                width, height = probe.size
                if width * height > max_pixels:
                    raise Image.DecompressionBombError("too many pixels")
                if still_only and getattr(probe, "n_frames", 1) > 1:
                    raise ValidationError(
                        _("Animated images are not accepted: upload a still image."),
                        code="animated",
                    )
                probe.verify()
            with Image.open(io.BytesIO(data)) as image:
                image.load()
                return detected, flattened(image)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise too_large_image() from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError):
        raise unreadable() from None


def flattened(image):
    """The first frame in a plain mode, with no metadata carried over."""
    image.seek(0)
    mode = "RGBA" if image.mode in {"RGBA", "LA", "P", "PA"} else "RGB"
    if image.mode == "P" and "transparency" not in image.info:
        mode = "RGB"
    return image.convert(mode)


def encoded(image, format_: str) -> bytes:
    """`image` saved as PNG or JPEG, nothing but the pixels."""
    out = io.BytesIO()
    if format_ == "JPEG":
        image.convert("RGB").save(out, format="JPEG", quality=90, optimize=True)
    else:
        image.save(out, format="PNG", optimize=True)
    return out.getvalue()
