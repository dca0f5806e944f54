"""Pictures in articles: checked uploads, `[[image:12]]` tokens, responsive HTML.

An upload is checked as evidence files are (helpdesk.lib.images), refused
when animated, and re-encoded at most at two widths (phones, desktops): JPEG
photos stay JPEG, everything else becomes PNG, metadata stripped. Files are
named by their content's hash, so they can be cached for ever.

A body inserts a picture with `[[image:ID]]` or, for a picture that has a
name (the content folder's pictures), `[[image:NAME]]`; the page shows an <img> with a
srcset and the alt text in the page's language. A token for a picture that
is gone shows nothing, and saving (and `check_content --published`) reports it.
"""

import hashlib
import re
from dataclasses import dataclass

from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import gettext as _
from PIL import Image

from helpdesk.lib.images import encoded, open_checked, read_upload, unreadable

# A key is a picture's id or its name (a slug that starts with a letter).
NAME = r"[a-z][a-z0-9-]*"
IMAGE_TOKEN = re.compile(rf"\[\[image:(\d+|{NAME})\]\]")
WIDTHS = (640, 1280)
SIZES = "(max-width: 700px) 100vw, 700px"
FORMATS = {"PNG", "JPEG", "GIF", "WEBP"}
EXTENSIONS = {"PNG": "png", "JPEG": "jpg"}


@dataclass(frozen=True)
class Variant:
    name: str
    content: bytes
    width: int
    height: int


def _nonempty(data: bytes) -> bytes:
    if not data:
        raise unreadable()
    return data


def clean_picture(upload) -> list[Variant]:
    """The re-encoded widths of one upload (smallest first), or a ValidationError."""
    detected, image = open_checked(
        _nonempty(read_upload(upload, settings.ARTICLE_IMAGE_MAX_FILE_SIZE)),
        FORMATS,
        settings.ARTICLE_IMAGE_MAX_PIXELS,
        still_only=True,
    )
    target = "JPEG" if detected == "JPEG" else "PNG"
    variants = []
    for width in WIDTHS:
        if variants and image.width <= variants[-1].width:
            break
        copy = image
        if image.width > width:
            height = max(1, round(image.height * width / image.width))
            copy = image.resize((width, height), Image.Resampling.LANCZOS)
        content = encoded(copy, target)
        digest = hashlib.sha256(content).hexdigest()[:20]
        name = f"pictures/{digest}-{copy.width}.{EXTENSIONS[target]}"
        variants.append(Variant(name, content, copy.width, copy.height))
    return variants


def image_keys(text: str) -> set[str]:
    """The ids and names the picture tokens in `text` use."""
    return set(IMAGE_TOKEN.findall(text or ""))


def images_by_key(keys) -> dict:
    """{key: ArticleImage} for the keys (ids or names) that name a picture."""
    from faq.models import ArticleImage

    ids = {int(key) for key in keys if key.isdigit()}
    names = {key for key in keys if not key.isdigit()}
    found = {}
    if ids:
        found |= {str(pk): image for pk, image in ArticleImage.objects.in_bulk(ids).items()}
    if names:
        found |= ArticleImage.objects.in_bulk(names, field_name="name")
    return found


def picture_html(image) -> str:
    sources = [(image.small, image.small_width), (image.large, image.width)]
    srcset = ", ".join(f"{file.url} {width}w" for file, width in sources if file)
    return format_html(
        '<img src="{}" srcset="{}" sizes="{}" alt="{}" width="{}" height="{}" loading="lazy">',
        image.large.url,
        srcset,
        SIZES,
        image.alt or "",
        image.width,
        image.height,
    )


def render_image_tokens(text: str) -> str:
    """`text` with each picture token replaced by its <img> (nothing when it is gone)."""
    images = images_by_key(image_keys(text))

    def replace(match):
        image = images.get(match.group(1))
        return picture_html(image) if image else ""

    return IMAGE_TOKEN.sub(replace, text or "")


def picture_problems(text: str, language: str) -> list[tuple[str, str]]:
    """[(token, message)] for pictures that are gone or lack alt text in `language`."""
    from modeltranslation.utils import build_localized_fieldname

    keys = image_keys(text)
    images = images_by_key(keys)
    problems = []
    for key in sorted(keys):
        token = f"[[image:{key}]]"
        image = images.get(key)
        if image is None:
            problems.append((token, _("%(token)s names a picture that no longer exists.")))
        elif not (getattr(image, build_localized_fieldname("alt", language)) or "").strip():
            problems.append(
                (token, _("%(token)s has no alt text in this language: add it to the picture."))
            )
    return [(token, message % {"token": token}) for token, message in problems]
