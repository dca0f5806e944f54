from django.urls import path

from chat import views

app_name = "chat_desk"

urlpatterns = [
    path("", views.DeskView.as_view(), name="desk"),
    path("<int:pk>/case/", views.chat_case, name="case"),
    path("<int:pk>/file/", views.desk_file_upload, name="file_upload"),
    path("<int:pk>/file/<int:seq>/", views.desk_file, name="file"),
]
