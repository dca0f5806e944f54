"""Staff API tokens and webhook endpoints with their delivery log.

Tokens are shown once, when made, and stored only as a SHA-256 digest (they
are 256-bit random values, so a fast digest is enough). Superusers make and
revoke them in the admin; a token acts as its user, within its scope.
"""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

TOKEN_PREFIX = "okh_"  # noqa: S105 - a visible prefix, not a secret


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


class ApiTokenQuerySet(models.QuerySet):
    def usable(self):
        return self.filter(revoked_at__isnull=True, user__is_active=True, user__is_staff=True)


class ApiToken(models.Model):
    class Scope(models.TextChoices):
        READ = "read", pgettext_lazy("API token scope", "Read")
        WRITE = "write", pgettext_lazy("API token scope", "Read and write")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="api_tokens",
        verbose_name=_("user"),
    )
    name = models.CharField(_("name"), max_length=100, help_text=_("What the token is for."))
    scope = models.CharField(_("scope"), max_length=5, choices=Scope.choices, default=Scope.READ)
    digest = models.CharField(_("digest"), max_length=64, unique=True, editable=False)
    hint = models.CharField(_("starts with"), max_length=12, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True, editable=False)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "pk"]
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")
        constraints = [
            models.CheckConstraint(condition=Q(scope__in=["read", "write"]), name="api_token_scope")
        ]

    def __str__(self):
        return f"{self.name} ({self.hint}…)"

    def issue(self) -> str:
        """Give the token a new secret and return it (the only time it is seen)."""
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        self.digest = token_digest(token)
        self.hint = token[:10]
        return token

    @property
    def is_revoked(self):
        return self.revoked_at is not None

    def revoke(self):
        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self.save(update_fields=["revoked_at"])


class Event(models.TextChoices):
    IMPOSTOR_ADDED = "impostor.added", _("Impostor confirmed")
    IMPOSTOR_REMOVED = "impostor.removed", _("Impostor removed")
    CASE_CREATED = "case.created", _("Case created")
    CASE_RESOLVED = "case.resolved", _("Case resolved")


class WebhookEndpointQuerySet(models.QuerySet):
    def for_event(self, event: str):
        return [e for e in self.filter(is_active=True) if event in e.events]


class WebhookEndpoint(models.Model):
    url = models.URLField(_("URL"), max_length=500, help_text=_("Public http(s) address only."))
    secret = models.CharField(
        _("secret"),
        max_length=200,
        help_text=_("Signs every delivery (HMAC-SHA256); share it with the receiver."),
    )
    events = models.JSONField(_("events"), default=list)
    is_active = models.BooleanField(_("active"), default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = WebhookEndpointQuerySet.as_manager()

    class Meta:
        ordering = ["url", "pk"]
        verbose_name = _("webhook endpoint")
        verbose_name_plural = _("webhook endpoints")

    def __str__(self):
        return self.url

    def clean(self):
        from api.webhooks import check_events, check_url

        check_url(self.url)
        check_events(self.events)


class WebhookDelivery(models.Model):
    class State(models.TextChoices):
        PENDING = "pending", _("Pending")
        DELIVERED = "delivered", _("Delivered")
        FAILED = "failed", _("Failed")

    endpoint = models.ForeignKey(
        WebhookEndpoint,
        on_delete=models.CASCADE,
        related_name="deliveries",
        verbose_name=_("endpoint"),
    )
    event = models.CharField(_("event"), max_length=30, choices=Event.choices)
    payload = models.JSONField(_("payload"))
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_status = models.PositiveSmallIntegerField(_("last HTTP status"), null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    delivered_at = models.DateTimeField(_("delivered"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")

    def __str__(self):
        return f"{self.event} → {self.endpoint}"
