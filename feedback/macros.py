"""Canned replies: checking their texts and filling them in for one case.

A text may name only the placeholders below and holds no HTML (mail is plain
text and the case page escapes, but markup in a canned reply is always a
mistake). Staff who handle a case may use any active canned reply on it; the
reply goes out like a typed one (services.reply_create) and the use is counted.
"""

import string

import nh3
from django.core.exceptions import ValidationError
from django.db.models import F
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext
from modeltranslation.utils import build_localized_fieldname

PLACEHOLDERS = ("customer_name", "reference", "hotline", "agent_name")


def placeholders_in(text: str) -> list[str]:
    """The placeholder names `text` uses; ValueError for a brace that opens nothing."""
    return [name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name is not None]


def validate_macro_text(text: str) -> None:
    """Refuse HTML and anything in braces that is not one of PLACEHOLDERS as written."""
    if nh3.is_html(text):
        raise ValidationError(_("Write plain text: HTML is not allowed."), code="html")
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        raise ValidationError(
            _("A brace is not closed. Write placeholders like {reference}."), code="braces"
        ) from None
    unknown = sorted(
        {
            name + (f"!{conv}" if conv else "") + (f":{spec}" if spec else "")
            for _lit, name, spec, conv in parsed
            if name is not None and (name not in PLACEHOLDERS or spec or conv)
        }
    )
    if unknown:
        raise ValidationError(
            _("Unknown placeholder: %(names)s. Use only %(known)s.")
            % {
                "names": ", ".join("{" + name + "}" for name in unknown),
                "known": ", ".join("{" + name + "}" for name in PLACEHOLDERS),
            },
            code="placeholder",
        )


def hotline_for(region) -> str:
    """The region's phone hotline as the directory lists it (else a global one)."""
    from contacts.models import Channel

    phones = Channel.objects.active().for_region(region).filter(kind=Channel.Kind.PHONE)
    # The region's own number before a global one.
    channel = phones.order_by(F("region").asc(nulls_last=True), "order", "pk").first()
    return channel.value if channel else ""


def values_for(*, submission, agent) -> dict[str, str]:
    return placeholder_values(
        language=submission.language,
        name=submission.name,
        reference=submission.reference,
        region=submission.region,
        agent=agent,
    )


def placeholder_values(*, language, name, reference, region, agent) -> dict[str, str]:
    """The placeholders' values for a conversation in `language` (a case or a chat)."""
    with translation.override(language):
        anonymous = pgettext("addressing a customer whose name we do not know", "customer")
    return {
        "customer_name": name or str(anonymous),
        "reference": reference,
        "hotline": hotline_for(region),
        "agent_name": (agent.first_name or agent.get_username()) if agent else "",
    }


def macro_text(macro, language: str) -> str:
    """The canned reply's text in `language` (English when that one is empty)."""
    return getattr(macro, build_localized_fieldname("body", language), "") or macro.body_en


def macro_render(*, macro, submission, agent) -> str:
    """The canned reply filled in for `submission`, in the case's language."""
    return macro_fill(macro, submission.language, values_for(submission=submission, agent=agent))


def macro_fill(macro, language: str, values: dict[str, str]) -> str:
    """The canned reply's text in `language` with the placeholders filled from `values`."""
    text = macro_text(macro, language)
    validate_macro_text(text)  # an old row written before the rule cannot run code
    return text.format_map(values)
