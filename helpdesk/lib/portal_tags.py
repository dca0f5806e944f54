"""Site chrome shared by every page: language links, the html lang value,
canonical and alternate links, JSON-LD blocks and machine-readable times."""

import datetime
import json

from django import template
from django.conf import settings
from django.urls import get_script_prefix, translate_url
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info

from helpdesk.lib import fragments
from helpdesk.lib.jsonhtml import HtmlSafeJSONEncoder

register = template.Library()

# BCP 47 spelling for the lang attribute; Django's codes are lower-case.
_BCP47 = {"zh-hans": "zh-Hans", "zh-hant": "zh-Hant"}


@register.simple_tag
def html_lang(code=None):
    code = code or get_language() or settings.LANGUAGE_CODE
    return _BCP47.get(code, code)


_OG_LOCALES = {"en": "en_US", "zh-hans": "zh_CN", "zh-hant": "zh_TW"}


@register.simple_tag
def og_locale():
    return _OG_LOCALES.get(get_language(), "en_US")


@register.simple_tag
def brand():
    return settings.BRAND_NAME


def page_in_languages(request):
    """[(language code, path of this page in it)]; the home page when it has no twin.
    Worked out once per request (the language links and the head's alternates)."""
    current = get_language()
    known = getattr(request, "_pages_in_languages", None)
    if known is not None and known[0] == current:
        return known[1]
    pages = []
    for code, _name in settings.LANGUAGES:
        if request is None:
            pages.append((code, f"/{code}/"))
            continue
        url = translate_url(request.get_full_path(), code)
        if url == request.get_full_path() and code != current:
            url = f"/{code}/"
        pages.append((code, url))
    if request is not None:
        request._pages_in_languages = (current, pages)
    return pages


class ChromeNode(template.Node):
    """What `{% chrome %}` encloses, rendered once per language and script prefix
    and then reused by every page of this process."""

    def __init__(self, nodelist):
        self.nodelist = nodelist
        self.rendered = {}

    def render(self, context):
        if settings.DEBUG:  # templates edited while the server runs
            return self.nodelist.render(context)
        key = (get_language(), get_script_prefix(), context.get("brand_name"))
        html = self.rendered.get(key)
        if html is None:
            html = self.rendered[key] = self.nodelist.render(context)
        return html


@register.tag
def chrome(parser, token):
    """{% chrome %}...{% endchrome %}: a part of the site's frame that is the same
    on every page of a language (navigation, footer). It may use only the
    language, the script prefix and `brand_name`: nothing of the page, the
    request or the visitor."""
    nodelist = parser.parse(("endchrome",))
    parser.delete_first_token()
    return ChromeNode(nodelist)


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    current = get_language()
    return {
        "languages": [
            {
                "code": code,
                "lang": html_lang(code),
                "name": get_language_info(code)["name_local"],
                "url": url,
                "current": code == current,
            }
            for code, url in page_in_languages(context.get("request"))
        ]
    }


@register.inclusion_tag("includes/head_links.html", takes_context=True)
def head_links(context):
    """Canonical URL and hreflang alternates (x-default: the default language)."""
    request = context.get("request")
    if request is None:
        return {}
    current = get_language()
    absolute = {code: request.build_absolute_uri(url) for code, url in page_in_languages(request)}
    return {
        "canonical": absolute.get(current, request.build_absolute_uri(request.path)),
        "alternates": [(html_lang(code), url) for code, url in absolute.items()],
        "x_default": absolute.get(settings.LANGUAGE_CODE),
    }


@register.simple_tag
def ld_json(data):
    """A schema.org JSON-LD block: data, never executed, so allowed by the CSP."""
    if not data:
        return ""
    payload = json.dumps(data, cls=HtmlSafeJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


@register.filter(expects_localtime=True)
def html_datetime(value):
    """A time as the HTML spec's valid global date-and-time string, to the
    second, with the offset of the current time zone (`2026-12-03T15:13:09+08:00`);
    a date as a valid date string; anything else as nothing.

    For `<time datetime>` and structured data: the spec allows at most three
    digits of a second, and `|date:'c'` or `isoformat()` write six."""
    if isinstance(value, datetime.datetime):
        if timezone.is_naive(value):
            value = timezone.make_aware(value)
        value = timezone.localtime(value).replace(microsecond=0)
        if value.utcoffset() % datetime.timedelta(minutes=1):
            # Old local mean times have offsets in seconds, which HTML cannot write.
            value = value.astimezone(datetime.UTC)
        return value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return ""


register.tag("fragment", fragments.fragment)
