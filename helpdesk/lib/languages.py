"""The site's languages, from settings.LANGUAGES only.

Translated fields are named by django-modeltranslation (`title_zh_hans`);
code that lists a field in every language asks here instead of spelling the
names out, so adding a language is a settings change.
"""

from django.conf import settings
from modeltranslation.utils import build_localized_fieldname


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def localized_fieldnames(*fields: str) -> list[str]:
    """Each field's column in every language: ("title",) -> ["title_en", "title_zh_hans", ...]."""
    return [build_localized_fieldname(field, code) for field in fields for code in language_codes()]


def missing_translations(obj, fields) -> list[tuple[str, str]]:
    """(field, language code) where `obj` has the default language's text but not that
    language's: the public would read the default language there."""
    default = settings.LANGUAGE_CODE
    missing = []
    for field in fields:
        if not (getattr(obj, build_localized_fieldname(field, default), "") or "").strip():
            continue
        for code in language_codes():
            name = build_localized_fieldname(field, code)
            if code != default and not (getattr(obj, name, "") or "").strip():
                missing.append((field, code))
    return missing
