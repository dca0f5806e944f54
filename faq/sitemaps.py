from django.contrib.sitemaps import Sitemap

from faq.models import Article, Category


class CategorySitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    changefreq = "weekly"

    def items(self):
        return Category.objects.all()


class ArticleSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    changefreq = "weekly"

    def items(self):
        # Region-limited articles are listed too: their pages say whom they are for.
        return Article.objects.published().select_related("category").order_by("pk")

    def lastmod(self, article):
        return article.updated_at
