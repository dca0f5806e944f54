"""Live chat: a customer's chat, its numbered messages, and the agents' presence.

A customer opens a chat without an account; the browser holds a signed token
naming the chat and bound to its session (chat.tokens). Staff with the chat role
(`chat.handle_chat`) see and take waiting chats; a chat's transcript is visible in
the admin to staff who may see submissions, and anonymised with them.

Every message carries a sequence number unique within its chat (no gaps: the
chat's counter is advanced in the same transaction) and, when the customer's
page sent it, the page's own id, so a message sent twice is stored once.
"""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from contacts.models import Region


class State(models.TextChoices):
    ANSWERS = "answers", _("Reading suggested answers")
    QUEUED = "queued", _("Waiting for an agent")
    CONNECTED = "connected", _("With an agent")
    ENDED = "ended", _("Ended")


class Outcome(models.TextChoices):
    DEFLECTED = "deflected", _("Solved by an article")
    ANSWERED = "answered", _("Answered by an agent")
    LEFT = "left", _("Customer left")
    CASE = "case", _("Turned into a case")


class Author(models.TextChoices):
    CUSTOMER = "customer", pgettext_lazy("chat message author", "Customer")
    AGENT = "agent", pgettext_lazy("chat message author", "Agent")
    SYSTEM = "system", pgettext_lazy("chat message author", "System")


class ChatQuerySet(models.QuerySet):
    def waiting(self):
        """Chats in the queue, longest waiting first."""
        return self.filter(state=State.QUEUED).order_by("queued_at", "pk")

    def held_by(self, agent):
        return self.filter(state=State.CONNECTED, agent=agent)

    def visible_to(self, user):
        """Transcripts are seen by staff who may see submissions."""
        if user.is_active and user.has_perm("feedback.view_submission"):  # as chat.admin
            return self
        return self.none()


class Chat(models.Model):
    public_id = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True, editable=False)
    # The browser session the chat belongs to (chat.tokens binds the token to it).
    session_key = models.CharField(_("session"), max_length=64, blank=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    region = models.ForeignKey(
        Region,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("region"),
    )
    question = models.TextField(_("question"))
    state = models.CharField(
        _("state"), max_length=12, choices=State.choices, default=State.ANSWERS
    )
    outcome = models.CharField(_("outcome"), max_length=12, choices=Outcome.choices, blank=True)
    agent = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="chats",
        verbose_name=_("agent"),
    )
    last_seq = models.PositiveIntegerField(_("last sequence number"), default=0)
    rating = models.PositiveSmallIntegerField(
        _("rating"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    submission = models.ForeignKey(
        "feedback.Submission",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="chats",
        verbose_name=_("case"),
    )
    is_anonymised = models.BooleanField(_("anonymised"), default=False)
    created_at = models.DateTimeField(_("started"), default=timezone.now, db_index=True)
    queued_at = models.DateTimeField(_("queued"), null=True, blank=True)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    ended_at = models.DateTimeField(_("ended"), null=True, blank=True)

    objects = ChatQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("chat")
        verbose_name_plural = _("chats")
        permissions = [("handle_chat", _("Can answer live chats"))]
        constraints = [
            # An agent's chat has its agent; a waiting chat has none, so only one can take it.
            models.CheckConstraint(
                condition=~Q(state=State.CONNECTED) | Q(agent__isnull=False),
                name="chat_connected_has_agent",
            ),
            models.CheckConstraint(
                condition=Q(rating__isnull=True) | Q(rating__gte=1, rating__lte=5),
                name="chat_rating_1_to_5",
            ),
        ]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.question[:40]}"


class Message(models.Model):
    chat = models.ForeignKey(
        Chat, on_delete=models.CASCADE, related_name="messages", verbose_name=_("chat")
    )
    seq = models.PositiveIntegerField(_("sequence number"))
    author = models.CharField(_("author"), max_length=10, choices=Author.choices)
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("sent by"),
    )
    client_id = models.UUIDField(_("client id"), null=True, blank=True)
    body = models.TextField(_("text"))
    attachment = models.FileField(_("file"), upload_to="chat/%Y/%m/", blank=True)
    created_at = models.DateTimeField(_("sent"), default=timezone.now)

    class Meta:
        ordering = ["chat", "seq"]
        verbose_name = _("chat message")
        verbose_name_plural = _("chat messages")
        constraints = [
            models.UniqueConstraint(fields=["chat", "seq"], name="chat_message_seq_unique"),
            models.UniqueConstraint(
                fields=["chat", "client_id"],
                condition=Q(client_id__isnull=False),
                name="chat_message_client_id_unique",
            ),
        ]

    def __str__(self):
        return f"#{self.seq} {self.author}"

    def as_event(self) -> dict:
        """The message as the pages receive it (JSON)."""
        return {
            "type": "message",
            "seq": self.seq,
            "author": self.author,
            "name": self.sender.get_short_name() or self.sender.get_username()
            if self.sender_id and self.author == Author.AGENT
            else "",
            "client_id": str(self.client_id) if self.client_id else None,
            "body": self.body,
            "file": self.attachment.name.rsplit("/", 1)[-1] if self.attachment else "",
            "at": self.created_at.isoformat(),
        }


class Presence(models.Model):
    class Status(models.TextChoices):
        ONLINE = "online", _("Online")
        AWAY = "away", _("Away")
        OFFLINE = "offline", _("Offline")

    agent = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="chat_presence",
        verbose_name=_("agent"),
    )
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.OFFLINE
    )
    # Open desk pages: the agent is offline when the last one closes.
    connections = models.PositiveIntegerField(_("open desk pages"), default=0)
    changed_at = models.DateTimeField(_("changed"), default=timezone.now)

    class Meta:
        ordering = ["agent"]
        verbose_name = _("agent presence")
        verbose_name_plural = _("agent presence")

    def __str__(self):
        return f"{self.agent} ({self.status})"
