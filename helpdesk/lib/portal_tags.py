"""Site chrome shared by every page: language links, the html lang value,
canonical and alternate links, JSON-LD blocks and machine-readable times."""

import datetime
import functools
import json

from django import template
from django.conf import settings
from django.template.loader import get_template
from django.urls import get_script_prefix, get_urlconf, translate_url
from django.utils import timezone
from django.utils.encoding import iri_to_uri
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


# Pages whose language links and head links are kept in each process, most
# recently used first: the usual pages all fit, and odd paths (queries, typos)
# push out only each other.
LINKS_KEPT = 4096


def page_in_languages(request):
    """[(language code, path of this page in it)]; the home page when it has no twin."""
    if request is None:
        return [(code, f"/{code}/") for code, _name in settings.LANGUAGES]
    return list(_pages_in_languages(request.get_full_path(), *_url_state()))


def _url_state():
    """What the paths of a page in other languages depend on besides its own path."""
    return get_language(), get_script_prefix(), get_urlconf()


@functools.lru_cache(maxsize=LINKS_KEPT)
def _pages_in_languages(full_path, current, script_prefix, urlconf):
    # The URL patterns alone decide the result (resolving and reversing read no
    # data), so it is worked out once per path instead of on every request.
    pages = []
    for code, _name in settings.LANGUAGES:
        url = translate_url(full_path, code)
        if url == full_path and code != current:
            url = f"/{code}/"
        pages.append((code, url))
    return tuple(pages)


@functools.lru_cache(maxsize=LINKS_KEPT)
def _links_html(template_name, origin, full_path, current, script_prefix, urlconf):
    pages = _pages_in_languages(full_path, current, script_prefix, urlconf)
    if template_name == "includes/head_links.html":
        absolute = {code: iri_to_uri(origin + url) for code, url in pages}
        context = {
            "canonical": absolute.get(current),
            "alternates": [(html_lang(code), url) for code, url in absolute.items()],
            "x_default": absolute.get(settings.LANGUAGE_CODE),
        }
    else:
        context = {
            "languages": [
                {
                    "code": code,
                    "lang": html_lang(code),
                    "name": get_language_info(code)["name_local"],
                    "url": url,
                    "current": code == current,
                }
                for code, url in pages
            ]
        }
    return get_template(template_name).render(context)


def _page_links(template_name, request):
    """The language switcher or the head's links of the page `request` asks
    for: the same HTML for every visitor of that page, so kept per process."""
    origin = request.build_absolute_uri("/")[:-1]  # scheme://host as the request gives them
    key = (template_name, origin, request.get_full_path(), *_url_state())
    if settings.DEBUG:  # templates edited while the server runs
        return _links_html.__wrapped__(*key)
    return _links_html(*key)


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


@register.simple_tag(takes_context=True)
def language_switcher(context):
    """Links to this page in each language (the home page when it has no twin)."""
    request = context.get("request")
    if request is None:
        return ""
    return _page_links("includes/language_switcher.html", request)


@register.simple_tag(takes_context=True)
def head_links(context):
    """Canonical URL and hreflang alternates (x-default: the default language)."""
    request = context.get("request")
    if request is None:
        return ""
    return _page_links("includes/head_links.html", request)


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
