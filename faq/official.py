"""Official values only: what article text may say about how to reach us.

An article names a channel by token, `[[channel:fraud-hotline]]`, and the page
shows the channel's current value with a link to "Is it really us?", so a
change in the directory changes every article. Any phone number, e-mail
address, web host or social handle written by hand must be official
(`contacts.verification` decides, against the directory); the one exception
is a confirmed known impostor quoted on a Markdown warning line (">"), where
articles show what a scam looks like.

`article_problems(article)` is the rule for saving (Article.clean) and, with
`broken_links`, for `manage.py check_content --published`.
"""

import re
from dataclasses import dataclass
from urllib.parse import urlencode

from django.urls import Resolver404, resolve, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import override
from modeltranslation.utils import build_localized_fieldname

from contacts.models import Channel
from contacts.textscan import CHANNEL_TOKEN, channel_slugs, contact_values
from contacts.verification import Problem, verify
from faq.pictures import picture_problems
from helpdesk.lib.languages import language_codes

# Fields an article shows in public, in every language; tokens work in the body only.
CHECKED_FIELDS = ("title", "summary", "keywords", "body")
TOKEN_FIELDS = ("body",)
_SITE_LINK = re.compile(r'href="(/[^"]*)"')


@dataclass(frozen=True)
class ContentProblem:
    language: str
    field: str
    value: str
    message: str

    def __str__(self):
        return f"[{self.language}] {self.field}: {self.message}"


# ------------------------------------------------------------------ rendering


def _channels_by_slug(slugs):
    """{slug: channel} for the active channels among `slugs` (one query)."""
    if not slugs:
        return {}
    return {
        channel.slug: channel
        for channel in Channel.objects.active().filter(slug__in=slugs).select_related("region")
    }


def _channel_html(channel):
    verify_url = f"{reverse('contacts:verify')}?{urlencode({'q': channel.value_normalised})}"
    return format_html(
        '<a href="{}">{}</a> (<a href="{}">{}</a>)',
        channel.href,
        channel.display_value(),
        verify_url,
        _("Is it really us?"),
    )


def _fallback_html(slug):
    """A channel that is gone or switched off: its region's contact page, else the directory."""
    channel = Channel.objects.filter(slug=slug, region__is_active=True).select_related("region")
    channel = channel.first()
    url = channel.region.get_absolute_url() if channel else reverse("contacts:directory")
    return format_html('<a href="{}">{}</a>', url, _("our contact page"))


def render_channel_tokens(text: str) -> str:
    """Markdown with each channel token replaced by the channel's value, in the active language."""
    slugs = set(channel_slugs(text))
    if not slugs:
        return text
    channels = _channels_by_slug(slugs)

    def replace(match):
        channel = channels.get(match["slug"])
        return _channel_html(channel) if channel else _fallback_html(match["slug"])

    return CHANNEL_TOKEN.sub(replace, text)


# ------------------------------------------------------------------- checking


def _value_problem(found):
    """Why a value found in text may not stand there, or None when it may."""
    result = verify(found.value)
    if result is None or result.is_official:
        return None
    if found.kind == "phone" and result.problem != Problem.NONE:
        return None  # digits that are no phone number anywhere (a reference, an amount)
    if found.on_warning_line and result.impostor is not None:
        return None
    if result.imitates_brand:
        return _("“%(value)s” looks like one of our addresses but is not one of them.") % {
            "value": found.value
        }
    return _(
        "“%(value)s” is not one of our official contact values. Name a channel with a token "
        "instead, e.g. [[channel:fraud-hotline]]."
    ) % {"value": found.value}


def text_problems(text: str, *, tokens_allowed: bool) -> list[tuple[str, str]]:
    """(value, message) for each unofficial value and each token that may not stand in `text`."""
    problems = []
    slugs = channel_slugs(text)
    if slugs and not tokens_allowed:
        problems.append((slugs[0], _("Channel tokens work in the body only.")))
    elif slugs:
        known = _channels_by_slug(set(slugs))
        for slug in dict.fromkeys(slugs):
            if slug not in known:
                message = _("[[channel:%(slug)s]] names no active channel.") % {"slug": slug}
                problems.append((slug, message))
    for found in contact_values(text):
        message = _value_problem(found)
        if message:
            problems.append((found.value, message))
    return problems


def article_problems(article) -> list[ContentProblem]:
    """Every value or token in the article's text (any language) that may not stand there."""
    problems = []
    for code in language_codes():
        for field in CHECKED_FIELDS:
            text = getattr(article, build_localized_fieldname(field, code), "") or ""
            for value, message in text_problems(text, tokens_allowed=field in TOKEN_FIELDS):
                problems.append(ContentProblem(code, field, value, message))
            if field in TOKEN_FIELDS:
                for value, message in picture_problems(text, code):
                    problems.append(ContentProblem(code, field, value, message))
    return problems


def contact_page_problems():
    """(label, problem) for the texts contact pages show: active alerts and advice."""
    from contacts.models import Alert, ContactGuidance

    shown = [
        *((f"alert {alert.pk}", alert) for alert in Alert.objects.active()),
        *((f"advice {block.pk}", block) for block in ContactGuidance.objects.active()),
    ]
    for label, item in shown:
        for code in language_codes():
            for field in ("title", "body"):
                text = getattr(item, build_localized_fieldname(field, code), "") or ""
                for value, message in text_problems(text, tokens_allowed=False):
                    yield label, ContentProblem(code, field, value, message)


def broken_links(article) -> list[ContentProblem]:
    """Links from the article's body (every language) to site pages that do not exist."""
    from faq.models import Article, Category

    problems = []
    for code in language_codes():
        body = getattr(article, build_localized_fieldname("body", code), "") or ""
        with override(code):
            html = article.render_body(body)
        for path in dict.fromkeys(_SITE_LINK.findall(html)):
            prefix = path.strip("/").split("/", 1)[0]
            language = prefix if prefix in language_codes() else code
            with override(language):
                try:
                    match = resolve(path.split("?", 1)[0].split("#", 1)[0])
                except Resolver404:
                    match = None
            found = match is not None
            if match and match.view_name == "faq:category":
                found = Category.objects.by_slug(match.kwargs["category"]).exists()
            elif match and match.view_name == "faq:article":
                found = (
                    Article.objects.published()
                    .by_slug(match.kwargs["article"])
                    .filter(category__in=Category.objects.by_slug(match.kwargs["category"]))
                    .exists()
                )
            if not found:
                message = _("The link %(path)s leads to no page.") % {"path": path}
                problems.append(ContentProblem(code, "body", path, message))
    return problems
