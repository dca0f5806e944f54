"""Translated fields of the contact directory; history is registered here too.

django-simple-history must be registered after the translation options so
that the history tables carry every language's columns.
"""

from modeltranslation.translator import TranslationOptions, register
from simple_history import register as register_history

from contacts.models import (
    Alert,
    Channel,
    Closure,
    ContactGuidance,
    KnownImpostor,
    OfficialAccount,
    OpeningHours,
    Region,
)


@register(Region)
class RegionTranslationOptions(TranslationOptions):
    fields = ("name", "best_time_hint")
    required_languages = ("en",)


@register(Channel)
class ChannelTranslationOptions(TranslationOptions):
    fields = ("label", "description", "languages", "audience", "response_time")
    required_languages = ("en",)


@register(Closure)
class ClosureTranslationOptions(TranslationOptions):
    fields = ("reason",)
    required_languages = ("en",)


@register(Alert)
class AlertTranslationOptions(TranslationOptions):
    fields = ("title", "body")
    required_languages = ("en",)


@register(OfficialAccount)
class OfficialAccountTranslationOptions(TranslationOptions):
    fields = ("note",)


@register(ContactGuidance)
class ContactGuidanceTranslationOptions(TranslationOptions):
    fields = ("title", "body")
    required_languages = ("en",)


register_history(Region, app="contacts")
register_history(Channel, app="contacts")
register_history(OpeningHours, app="contacts")
register_history(Closure, app="contacts")
register_history(Alert, app="contacts", m2m_fields=["regions"])
register_history(OfficialAccount, app="contacts")
register_history(KnownImpostor, app="contacts")
register_history(ContactGuidance, app="contacts")
