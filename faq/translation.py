"""Translated fields of the knowledge base; history is registered here too.

django-simple-history must be registered after the translation options so
that the history tables carry every language's columns.
"""

from modeltranslation.translator import TranslationOptions, register
from simple_history import register as register_history

from faq.models import Article, ArticleImage, Category


@register(Category)
class CategoryTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "description")
    required_languages = ("en",)


@register(Article)
class ArticleTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary", "body", "keywords")
    required_languages = ("en",)


@register(ArticleImage)
class ArticleImageTranslationOptions(TranslationOptions):
    fields = ("alt",)
    required_languages = ("en",)


register_history(Category, app="faq")
register_history(Article, app="faq", m2m_fields=["regions", "alerts", "related"])
