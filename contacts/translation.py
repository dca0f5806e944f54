from modeltranslation.translator import TranslationOptions, register
from simple_history import register as register_history

from contacts.models import Region


@register(Region)
class RegionTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)


register_history(Region, app="contacts")
