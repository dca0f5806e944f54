from django.urls import path

from chat import views

app_name = "chat"

urlpatterns = [
    path("chat/", views.ChatView.as_view(), name="chat"),
    path("chat/start/", views.chat_start, name="start"),
    path("chat/transcript/", views.chat_transcript, name="transcript"),
    path("chat/file/", views.chat_file_upload, name="file_upload"),
    path("chat/file/<int:seq>/", views.chat_file, name="file"),
    path("chat/leave/", views.chat_leave, name="leave"),
]
