"""Knowledge-base search: one entry point, `search_articles`.

A first version: every word of the query must appear in the title, summary,
keywords or body of the page's language (or the English fallback). Ranking
puts title matches first.
"""

from django.db.models import Case, IntegerField, Q, Value, When
from modeltranslation.utils import build_localized_fieldname

from faq.models import Article

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
SEARCH_FIELDS = ("title", "summary", "keywords", "body")


def normalise_query(raw: str) -> str:
    """Trim, drop control characters and collapse whitespace; cap the length."""
    cleaned = "".join(ch if ch.isprintable() else " " for ch in raw[: MAX_QUERY_LENGTH * 4])
    return " ".join(cleaned.split())[:MAX_QUERY_LENGTH]


def _field_names(field, language):
    names = [build_localized_fieldname(field, language)]
    if language != "en":
        names.append(build_localized_fieldname(field, "en"))
    return names


def search_articles(query: str, *, language: str, region=None):
    terms = normalise_query(query).split()[:MAX_TERMS]
    if not terms:
        return Article.objects.none()
    articles = Article.objects.published().for_region(region)
    title_hit = Q()
    for term in terms:
        matches_term = Q()
        for field in SEARCH_FIELDS:
            for name in _field_names(field, language):
                matches_term |= Q(**{f"{name}__icontains": term})
        articles = articles.filter(matches_term)
        for name in _field_names("title", language):
            title_hit |= Q(**{f"{name}__icontains": term})
    return (
        articles.select_related("category")
        .annotate(
            title_match=Case(
                When(title_hit, then=Value(1)), default=Value(0), output_field=IntegerField()
            )
        )
        .order_by("-title_match", "pk")
    )
