"""Translated fields of the feedback app: a canned reply's title and text per language."""

from modeltranslation.translator import TranslationOptions, register

from feedback import models


@register(models.Macro)
class MacroTranslationOptions(TranslationOptions):
    fields = ("title", "body")
    required_languages = ("en",)
