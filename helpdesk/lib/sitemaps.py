"""Sitemap defaults shared by the apps' sitemaps."""

from django.contrib.sitemaps import Sitemap


class TranslatedSitemap(Sitemap):
    """Every page in every language, each listing its translations (hreflang),
    the default language as x-default."""

    i18n = True
    alternates = True
    x_default = True
    changefreq = "weekly"
