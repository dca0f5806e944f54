"""Site chrome shared by every page: language links, the html lang value."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

register = template.Library()

# BCP 47 spelling for the lang attribute; Django's codes are lower-case.
_BCP47 = {"zh-hans": "zh-Hans", "zh-hant": "zh-Hant"}


@register.simple_tag
def html_lang(code=None):
    code = code or get_language() or settings.LANGUAGE_CODE
    return _BCP47.get(code, code)


@register.simple_tag
def brand():
    return settings.BRAND_NAME


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """The current page in every language (the home page when it has no twin)."""
    request = context.get("request")
    current = get_language()
    languages = []
    for code, _name in settings.LANGUAGES:
        if request is not None:
            url = translate_url(request.get_full_path(), code)
            if url == request.get_full_path() and code != current:
                url = f"/{code}/"
        else:
            url = f"/{code}/"
        info = get_language_info(code)
        languages.append(
            {
                "code": code,
                "lang": html_lang(code),
                "name": info["name_local"],
                "url": url,
                "current": code == current,
            }
        )
    return {"languages": languages}
