"""The chat's WebSocket paths (served by helpdesk.asgi)."""

from django.urls import path

from chat import consumers

websocket_urlpatterns = [
    path("ws/chat/", consumers.CustomerConsumer.as_asgi()),
    path("ws/chat/desk/", consumers.AgentConsumer.as_asgi()),
]
