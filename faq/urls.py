from django.urls import path

from faq import views

app_name = "faq"

urlpatterns = [
    path("faq/", views.CategoryListView.as_view(), name="index"),
    path("faq/<str:category>/", views.CategoryDetailView.as_view(), name="category"),
    path("faq/<str:category>/<str:article>/", views.ArticleDetailView.as_view(), name="article"),
    path("faq/<str:category>/<str:article>/vote/", views.vote, name="vote"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("search/suggest/", views.suggest, name="suggest"),
]
