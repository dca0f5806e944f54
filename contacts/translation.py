"""Translated fields of the contact directory; history is registered here too.

django-simple-history must be registered after the translation options so
that the history tables carry every language's columns.
"""

from modeltranslation.translator import TranslationOptions, register
from simple_history import register as register_history

from contacts import models


@register(models.Region)
class RegionTranslationOptions(TranslationOptions):
    fields = ("name", "best_time_hint")
    required_languages = ("en",)


@register(models.Channel)
class ChannelTranslationOptions(TranslationOptions):
    fields = ("label", "description", "languages", "audience", "response_time")
    required_languages = ("en",)


@register(models.Closure)
class ClosureTranslationOptions(TranslationOptions):
    fields = ("reason",)
    required_languages = ("en",)


@register(models.Alert)
class AlertTranslationOptions(TranslationOptions):
    fields = ("title", "body")
    required_languages = ("en",)


@register(models.OfficialAccount)
class OfficialAccountTranslationOptions(TranslationOptions):
    fields = ("note",)


@register(models.ContactGuidance)
class ContactGuidanceTranslationOptions(TranslationOptions):
    fields = ("title", "body")
    required_languages = ("en",)


register_history(models.Region, app="contacts")
register_history(models.Channel, app="contacts")
register_history(models.OpeningHours, app="contacts")
register_history(models.Closure, app="contacts")
register_history(models.Alert, app="contacts", m2m_fields=["regions"])
register_history(models.OfficialAccount, app="contacts")
register_history(models.KnownImpostor, app="contacts")
register_history(models.ContactGuidance, app="contacts")
