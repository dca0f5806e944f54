"""schema.org data (JSON-LD) for knowledge-base pages, for search engines."""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _

from helpdesk.lib.portal_tags import html_datetime, html_lang


def site_origin(request) -> str:
    """What the absolute URLs in a page's structured data start with (a stored
    fragment holding them is kept per origin)."""
    return f"{request.scheme}://{request.get_host()}"


def _breadcrumbs(request, crumbs):
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": name,
                "item": request.build_absolute_uri(url),
            }
            for position, (name, url) in enumerate(crumbs, start=1)
        ],
    }


def _trail(category, article=None):
    crumbs = [
        (_("Home"), reverse("home")),
        (_("Help articles"), reverse("faq:index")),
        (category.title, category.get_absolute_url()),
    ]
    if article is not None:
        crumbs.append((article.title, article.get_absolute_url()))
    return crumbs


def article_structured_data(request, article):
    url = request.build_absolute_uri(article.get_absolute_url())
    return {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "headline": article.title[:110],
                "description": article.summary,
                "inLanguage": html_lang(),
                "datePublished": html_datetime(article.publish_at),
                "dateModified": html_datetime(article.updated_at),
                "mainEntityOfPage": url,
                "url": url,
                "publisher": {"@type": "Organization", "name": settings.BRAND_NAME},
            },
            _breadcrumbs(request, _trail(article.category, article)),
        ],
    }


def category_structured_data(request, category, articles):
    """A category page lists questions with short answers: an FAQPage."""
    return {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "FAQPage",
                "name": category.title,
                "inLanguage": html_lang(),
                "mainEntity": [
                    {
                        "@type": "Question",
                        "name": article.title,
                        "acceptedAnswer": {
                            "@type": "Answer",
                            "text": article.summary,
                            "url": request.build_absolute_uri(article.get_absolute_url()),
                        },
                    }
                    for article in articles
                ],
            },
            _breadcrumbs(request, _trail(category)),
        ],
    }
