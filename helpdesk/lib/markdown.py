"""Markdown written by staff, rendered to HTML that is safe to show anyone.

Markdown's output (and any raw HTML staff typed) goes through nh3, which keeps
an allow-list of tags, attributes and URL schemes and drops everything else:
scripts, event handlers, `javascript:` and `data:` URLs, forms, frames, styles.
"""

import re
from functools import lru_cache

import markdown
import nh3

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "dd", "del", "details", "div", "dl", "dt",
    "em", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "kbd", "li", "mark", "ol", "p",
    "pre", "s", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td",
    "tfoot", "th", "thead", "tr", "u", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "hreflang"},
    "abbr": {"title"},
    "img": {"src", "srcset", "sizes", "alt", "title", "width", "height", "loading"},
    "ol": {"start"},
    "td": {"align", "colspan", "rowspan"},
    "th": {"align", "colspan", "rowspan", "scope"},
    "h2": {"id"},
    "h3": {"id"},
    "h4": {"id"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}
# Tags whose content is dropped along with the tag, not shown as text.
CLEAN_CONTENT_TAGS = {"script", "style", "template", "iframe", "object", "embed", "noscript"}


# The page title is the page's only <h1>: a body's top-level headings become <h2>.
_H1_TAG = re.compile(r"<(/?)h1\b", re.IGNORECASE)


def _markdown():
    return markdown.Markdown(
        extensions=["tables", "fenced_code", "sane_lists", "toc"], output_format="html"
    )


# "scheme:" once whitespace and control characters are taken out.
_DISGUISED_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):")


def _drop_disguised_schemes(element, attribute, value):
    """nh3 judges a URL's scheme as browsers do today, where "java  script:" is a
    relative link. Markdown turns a tab into spaces, and some browsers ignored
    any whitespace there: a link whose scheme is only hidden by whitespace or
    control characters is dropped unless that scheme is allowed."""
    if attribute in {"href", "src", "srcset"}:
        compact = "".join(ch for ch in value if ch > " " and ch != "\x7f").lower()
        match = _DISGUISED_SCHEME.match(compact)
        if match and match.group(1) not in URL_SCHEMES:
            return None
    return value


def sanitize_html(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        clean_content_tags=CLEAN_CONTENT_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_drop_disguised_schemes,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        # Heading ids come from staff text; prefix them so they cannot
        # clobber the page's own element ids.
        id_prefix="md-",
    )


@lru_cache(maxsize=512)
def render_markdown(text: str) -> str:
    """Markdown source to sanitised HTML (cached: articles are read far more than written)."""
    if not text:
        return ""
    return sanitize_html(_H1_TAG.sub(r"<\1h2", _markdown().convert(text)))
