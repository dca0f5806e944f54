from django.urls import path

from api import views
from api.api import api

urlpatterns = [
    path("docs", views.docs, name="api_docs"),
    path("", api.urls),
]
