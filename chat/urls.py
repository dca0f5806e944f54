from django.urls import path

from chat import views

app_name = "chat"

urlpatterns = [
    path("chat/", views.ChatView.as_view(), name="chat"),
    path("chat/start/", views.chat_start, name="start"),
    path("chat/transcript/", views.chat_transcript, name="transcript"),
    path("chat/leave/", views.chat_leave, name="leave"),
]
