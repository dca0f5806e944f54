from django.db.models import OuterRef, Subquery

from faq.models import Article, Category
from helpdesk.lib.sitemaps import TranslatedSitemap


class CategorySitemap(TranslatedSitemap):
    def items(self):
        # A category page changes when one of its public articles does.
        latest = (
            Article.objects.published()
            .filter(category=OuterRef("pk"))
            .order_by("-updated_at")
            .values("updated_at")[:1]
        )
        return Category.objects.annotate(last_article_change=Subquery(latest))

    def lastmod(self, category):
        return category.last_article_change


class ArticleSitemap(TranslatedSitemap):
    def items(self):
        # Region-limited articles are listed too: their pages say whom they are for.
        return Article.objects.published().select_related("category").order_by("pk")

    def lastmod(self, article):
        return article.updated_at
