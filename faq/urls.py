from django.urls import path, register_converter

from faq import views
from helpdesk.lib.converters import PatternConverter


class UnicodeSlugConverter(PatternConverter):
    """Slugs as the models allow them (letters in any script, digits, - and _).

    Anything else is 404 before a query runs: a NUL byte in a path would
    otherwise reach PostgreSQL, which refuses it with an error (a 500).
    """

    regex = r"[-\w]+"


register_converter(UnicodeSlugConverter, "uslug")

app_name = "faq"

urlpatterns = [
    path("faq/", views.CategoryListView.as_view(), name="index"),
    path("faq/<uslug:category>/", views.CategoryDetailView.as_view(), name="category"),
    path(
        "faq/<uslug:category>/<uslug:article>/", views.ArticleDetailView.as_view(), name="article"
    ),
    path("faq/<uslug:category>/<uslug:article>/vote/", views.vote, name="vote"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("search/suggest/", views.suggest, name="suggest"),
]
