"""Feedback, complaints and suspicious-activity reports, and what staff add to them.

Anyone may submit; a customer sees a submission only through the status
lookup (reference + e-mail). Staff see what `SubmissionQuerySet.visible_to()`
allows: support agents feedback and complaints, security analysts
suspicious-activity reports, superusers everything; content editors nothing.

One `Submission` model holds all three kinds: they share the reference space,
the status lookup, the triage list, notes, replies and history; the few
kind-specific fields are optional and checked by the forms.
"""

import datetime
import secrets
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from contacts.models import Channel, Region, validate_time_zone
from contacts.normalise import contact_key
from feedback.macros import validate_macro_text

# No 0/O, 1/I: references are read out over the phone and typed from paper.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
REFERENCE_RANDOM_LENGTH = 8
DESCRIPTION_MAX_LENGTH = 5000


class Kind(models.TextChoices):
    FEEDBACK = "feedback", _("Feedback")
    COMPLAINT = "complaint", _("Complaint")
    SUSPICIOUS = "suspicious", _("Suspicious activity")


# Which kinds each handling permission covers (see roles.py for who has which).
KINDS_BY_PERMISSION = {
    "feedback.handle_feedback": (Kind.FEEDBACK, Kind.COMPLAINT),
    "feedback.handle_suspicious": (Kind.SUSPICIOUS,),
}
REFERENCE_PREFIX = {Kind.FEEDBACK: "FB", Kind.COMPLAINT: "CP", Kind.SUSPICIOUS: "SR"}
# Expected first answer, shown after submitting and in the confirmation.
RESPONSE_DAYS = {Kind.FEEDBACK: 3, Kind.COMPLAINT: 2, Kind.SUSPICIOUS: 1}


class Topic(models.TextChoices):
    ACCOUNT = "account", _("Account and login")
    PAYMENT = "payment", _("Payment or transfer")
    WITHDRAWAL = "withdrawal", _("Withdrawal")
    FEES = "fees", _("Fees")
    APP = "app", _("App or website")
    SERVICE = "service", _("Service quality")
    OTHER = "other", _("Something else")


class Incident(models.TextChoices):
    PHISHING = "phishing", _("Phishing message (SMS, e-mail, chat)")
    IMPOSTOR_CALL = "impostor_call", _("Phone call from someone claiming to be us")
    FAKE_WEBSITE = "fake_website", _("Fake website or app")
    FAKE_SOCIAL = "fake_social", _("Fake social media account")
    UNAUTHORISED = "unauthorised", _("Transaction I did not make")
    OTHER = "other", _("Something else")


class Status(models.TextChoices):
    RECEIVED = "received", _("Received")
    IN_PROGRESS = "in_progress", _("In progress")
    WAITING_CUSTOMER = "waiting_customer", _("Waiting for your answer")
    RESOLVED = "resolved", _("Resolved")
    # "Closed" also names a channel outside its opening hours: a context apiece.
    CLOSED = "closed", pgettext_lazy("case status", "Closed")


class ReceivedVia(models.TextChoices):
    """How the customer reached us: the web form, or a channel where staff recorded it."""

    WEB = "web", _("Web form")
    PHONE = "phone", _("Phone")
    CHAT = "chat", _("Chat")
    EMAIL = "email", _("E-mail")
    SOCIAL = "social", _("Social media")
    IN_PERSON = "in_person", _("In person")


class Priority(models.IntegerChoices):
    LOW = 1, _("Low")
    NORMAL = 2, _("Normal")
    HIGH = 3, _("High")
    URGENT = 4, _("Urgent")


# The group of the desk's leads (helpdesk.roles gives it its permissions): they set
# the promised times, hear of missed ones and get the weekly digest.
LEADS_GROUP = "Desk leads"
# Mail to staff that each person may turn off (Notification.Purpose values).
STAFF_MAIL = ("security_alert", "customer_message", "new_case", "assigned", "due_soon", "breached")


class ClockBasis(models.TextChoices):
    """What a case's promised times are counted in (feedback.clocks)."""

    BUSINESS = "business", _("business hours of the region")
    NO_HOURS = "no_hours", _("calendar time (the region has no business hours)")
    NEVER_OPEN = "never_open", _("calendar time (the region's business hours never open)")


# Statuses that stop the clock: the next move is the customer's, or nobody's.
PAUSED_STATUSES = frozenset({Status.WAITING_CUSTOMER, Status.RESOLVED, Status.CLOSED})
DONE_STATUSES = frozenset({Status.RESOLVED, Status.CLOSED})


def new_reference(kind: str) -> str:
    """E.g. "SR-7KQ9-M2XT": a prefix for the kind and 40 random bits."""
    chars = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_RANDOM_LENGTH))
    return f"{REFERENCE_PREFIX[Kind(kind)]}-{chars[:4]}-{chars[4:]}"


def normalise_reference(raw: str) -> str:
    """What a customer typed ("sr 7kq9m2xt") in the stored form ("SR-7KQ9-M2XT")."""
    compact = "".join(ch for ch in raw.upper() if ch.isalnum())[:20]
    if len(compact) != 2 + REFERENCE_RANDOM_LENGTH:
        return compact
    return f"{compact[:2]}-{compact[2:6]}-{compact[6:]}"


def suspicious_contact_key(contact: str, region) -> str:
    """How reports of one contact are counted together: its normal form as the
    directory and the impostor list store it (contacts.normalise)."""
    return contact_key(contact, region.code if region else None)[:200]


def kinds_handled_by(user) -> list[str]:
    """The one rule for which kinds of submission a member of staff may see and handle."""
    if not (user.is_active and user.is_staff):
        return []
    if user.is_superuser:
        return list(Kind.values)
    if not user.has_perm("feedback.view_submission"):
        return []
    return [
        kind
        for permission, covered in KINDS_BY_PERMISSION.items()
        if user.has_perm(permission)
        for kind in covered
    ]


def staff_handling(kind: str, *, superusers: bool = True):
    """Active staff who handle submissions of `kind` (through their role, directly, or
    as superusers unless `superusers` is false): who may be assigned such a case."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission

    codenames = [
        permission.partition(".")[2]
        for permission, kinds in KINDS_BY_PERMISSION.items()
        if kind in kinds
    ]
    permissions = Permission.objects.filter(
        content_type__app_label="feedback", codename__in=codenames
    )
    handlers = Q(groups__permissions__in=permissions) | Q(user_permissions__in=permissions)
    if superusers:
        handlers |= Q(is_superuser=True)
    users = get_user_model().objects.filter(is_active=True, is_staff=True)
    return users.filter(pk__in=users.filter(handlers).values("pk"))


class SubmissionQuerySet(models.QuerySet):
    def visible_to(self, user):
        """What `user` may see and handle (see kinds_handled_by)."""
        kinds = kinds_handled_by(user)
        if not kinds:
            return self.none()
        return self if user.is_superuser else self.filter(kind__in=kinds)

    def for_lookup(self, *, reference: str, email: str):
        """The customer's own submission: both parts must match."""
        return self.filter(
            reference=normalise_reference(reference), email__iexact=email.strip(), email__gt=""
        )

    def open(self):
        return self.exclude(status__in=[Status.RESOLVED, Status.CLOSED])

    def queue(self, *, kind="", language="", region=""):
        """Open cases of one queue (kind, language, region id; empty: any)."""
        cases = self.open()
        if kind:
            cases = cases.filter(kind=kind)
        if language:
            cases = cases.filter(language=language)
        if str(region).isdigit():
            cases = cases.filter(region_id=int(region))
        return cases

    def by_due(self):
        """Soonest promise first; cases without one after them, oldest first."""
        return self.with_due().order_by(models.F("due_at").asc(nulls_last=True), "created_at", "pk")

    def with_due(self):
        """`due_at`: the next promised time (first answer, then resolution); none once done."""
        return self.annotate(
            due_at=models.Case(
                models.When(status__in=DONE_STATUSES, then=models.Value(None)),
                models.When(first_response_at__isnull=True, then=models.F("response_due_at")),
                default=models.F("resolution_due_at"),
                output_field=models.DateTimeField(),
            )
        )


class Submission(models.Model):
    reference = models.CharField(_("reference"), max_length=20, unique=True, editable=False)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    topic = models.CharField(_("topic"), max_length=12, choices=Topic.choices, blank=True)
    incident = models.CharField(
        _("what happened"), max_length=16, choices=Incident.choices, blank=True
    )
    region = models.ForeignKey(
        Region,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("region"),
    )
    description = models.TextField(_("description"), max_length=DESCRIPTION_MAX_LENGTH)
    transaction_id = models.CharField(_("transaction ID"), max_length=64, blank=True)
    suspicious_contact = models.CharField(
        _("suspicious contact"),
        max_length=200,
        blank=True,
        help_text=_("Phone number, e-mail or web address, or social media handle."),
    )
    suspicious_contact_key = models.CharField(
        _("suspicious contact (normalised)"), max_length=200, blank=True, editable=False
    )
    occurred_on = models.DateField(_("when it happened"), null=True, blank=True)
    amount = models.DecimalField(
        _("amount"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    currency = models.CharField(_("currency"), max_length=3, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    name = models.CharField(pgettext_lazy("person", "name"), max_length=120, blank=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.RECEIVED
    )
    priority = models.PositiveSmallIntegerField(
        _("priority"), choices=Priority.choices, default=Priority.NORMAL
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_submissions",
        verbose_name=_("assigned to"),
    )
    impostor_confirmed = models.BooleanField(
        _("impostor confirmed"),
        default=False,
        help_text=_(
            "An analyst checked that the suspicious contact is not ours. "
            "Confirmed contacts are listed as impostors on the verification page."
        ),
    )
    received_via = models.CharField(
        _("received via"), max_length=12, choices=ReceivedVia.choices, default=ReceivedVia.WEB
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
        help_text=_("The member of staff who recorded a contact from another channel."),
    )
    follows = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="follow_ups",
        verbose_name=_("follow-up of"),
    )
    # Raised when staff revoke the customer's links: every earlier link and
    # reply address stops working (feedback.links).
    link_generation = models.PositiveSmallIntegerField(
        _("link generation"), default=0, editable=False
    )
    idempotency_key = models.UUIDField(_("form token"), unique=True, editable=False)
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)
    first_response_at = models.DateTimeField(_("first response"), null=True, blank=True)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)
    closed_at = models.DateTimeField(
        pgettext_lazy("when a case was closed", "closed"), null=True, blank=True
    )
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)
    # Promised times (feedback.clocks): set on arrival, moved on by pauses.
    response_due_at = models.DateTimeField(
        _("first answer due"), null=True, blank=True, editable=False, db_index=True
    )
    resolution_due_at = models.DateTimeField(
        _("resolution due"), null=True, blank=True, editable=False, db_index=True
    )
    clock_basis = models.CharField(
        _("counted in"),
        max_length=12,
        choices=ClockBasis.choices,
        default=ClockBasis.BUSINESS,
        editable=False,
    )
    paused_since = models.DateTimeField(
        _("clock paused since"), null=True, blank=True, editable=False
    )
    paused_for = models.DurationField(
        _("clock paused for"), default=datetime.timedelta, editable=False
    )
    # The due time the last "due soon" / "missed" mail was about: each is sent once.
    due_soon_sent_for = models.DateTimeField(null=True, blank=True, editable=False)
    breach_sent_for = models.DateTimeField(null=True, blank=True, editable=False)

    objects = SubmissionQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        permissions = [
            ("handle_feedback", _("Can handle feedback and complaints")),
            ("handle_suspicious", _("Can handle suspicious-activity reports")),
        ]
        indexes = [
            models.Index(fields=["kind", "status"]),
            models.Index(fields=["suspicious_contact_key"]),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=Kind.values), name="submission_kind_known"),
            models.CheckConstraint(
                condition=Q(status__in=Status.values), name="submission_status_known"
            ),
            models.CheckConstraint(
                condition=Q(received_via__in=ReceivedVia.values),
                name="submission_received_via_known",
            ),
            # Topics belong to feedback and complaints, incidents to reports.
            models.CheckConstraint(
                condition=Q(kind=Kind.SUSPICIOUS, topic="")
                | (~Q(kind=Kind.SUSPICIOUS) & Q(incident="")),
                name="submission_kind_fields",
            ),
        ]

    def __str__(self):
        return self.reference

    def get_absolute_url(self):
        return reverse("admin:feedback_submission_change", args=[self.pk])

    def is_handled_by(self, user) -> bool:
        return self.kind in kinds_handled_by(user)

    def accepts_customer_messages(self, now=None) -> bool:
        """Whether the customer may still add to this case. A resolved case reopens
        when they answer within CASE_REOPEN_DAYS; after that, or once closed or
        anonymised, they start a new submission that refers to this one."""
        if self.anonymised_at is not None or self.status == Status.CLOSED:
            return False
        if self.status == Status.RESOLVED and self.resolved_at is not None:
            now = now or timezone.now()
            return now - self.resolved_at <= datetime.timedelta(days=settings.CASE_REOPEN_DAYS)
        return True

    @property
    def is_suspicious(self):
        return self.kind == Kind.SUSPICIOUS


class ServiceTargetQuerySet(models.QuerySet):
    def for_case(self, *, kind: str, priority: int) -> "ServiceTarget":
        """The policy for this kind and priority, or the default (unsaved) one."""
        found = self.filter(kind=kind, priority=priority).first()
        return found or ServiceTarget.default(kind=kind, priority=priority)


class ServiceTarget(models.Model):
    """How soon we promise a first answer and a resolution, in business hours."""

    # Without a policy row: the first answer within the days the customer is told
    # (RESPONSE_DAYS, eight business hours a day), sooner for high and urgent cases.
    WORKING_DAY_HOURS = 8
    DEFAULT_RESOLUTION_HOURS = {1: 80, 2: 40, 3: 24, 4: 8}
    DEFAULT_FIRST_RESPONSE_CAP = {3: 8, 4: 2}

    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    priority = models.PositiveSmallIntegerField(_("priority"), choices=Priority.choices)
    first_response_hours = models.PositiveIntegerField(
        _("first answer within (business hours)"), validators=[MinValueValidator(1)]
    )
    resolution_hours = models.PositiveIntegerField(
        _("resolved within (business hours)"), validators=[MinValueValidator(1)]
    )

    objects = ServiceTargetQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "-priority"]
        verbose_name = _("promised time")
        verbose_name_plural = _("promised times")
        constraints = [
            models.UniqueConstraint(fields=["kind", "priority"], name="service_target_once"),
            models.CheckConstraint(
                condition=Q(first_response_hours__gt=0, resolution_hours__gt=0),
                name="service_target_positive",
            ),
            models.CheckConstraint(
                condition=Q(resolution_hours__gte=models.F("first_response_hours")),
                name="service_target_resolution_after_answer",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} · {self.get_priority_display()}"

    def clean(self):
        super().clean()
        first, resolution = self.first_response_hours, self.resolution_hours
        if first is not None and resolution is not None and 0 < resolution < first:
            raise ValidationError(
                {"resolution_hours": _("A case cannot be resolved before its first answer.")}
            )

    @classmethod
    def default(cls, *, kind: str, priority: int) -> "ServiceTarget":
        first = RESPONSE_DAYS[Kind(kind)] * cls.WORKING_DAY_HOURS
        first = min(first, cls.DEFAULT_FIRST_RESPONSE_CAP.get(priority, first))
        resolution = max(first, cls.DEFAULT_RESOLUTION_HOURS[priority])
        return cls(
            kind=kind, priority=priority, first_response_hours=first, resolution_hours=resolution
        )

    @property
    def first_response(self) -> datetime.timedelta:
        return datetime.timedelta(hours=self.first_response_hours)

    @property
    def resolution(self) -> datetime.timedelta:
        return datetime.timedelta(hours=self.resolution_hours)


def attachment_path(instance, filename):
    # The client's file name is never used: only the checked extension survives.
    extension = filename.rsplit(".", 1)[-1]
    return f"feedback/{instance.submission.created_at:%Y/%m}/{instance.pk}.{extension}"


class Attachment(models.Model):
    """An evidence file, checked and re-encoded on upload; served only to permitted staff."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    submission = models.ForeignKey(
        Submission,
        on_delete=models.CASCADE,
        related_name="attachments",
        verbose_name=_("submission"),
    )
    message = models.ForeignKey(
        "CustomerMessage",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="attachments",
        verbose_name=_("customer message"),
        help_text=_("Empty for files sent with the submission itself."),
    )
    file = models.FileField(_("file"), upload_to=attachment_path, max_length=200)
    content_type = models.CharField(_("content type"), max_length=60)
    size = models.PositiveIntegerField(_("size in bytes"))
    position = models.PositiveSmallIntegerField(_("position"), default=1)
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        ordering = ["submission", "position"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.download_name

    def get_absolute_url(self):
        return reverse("feedback_attachment", args=[self.pk])

    @property
    def extension(self):
        return self.file.name.rsplit(".", 1)[-1]

    @property
    def download_name(self):
        return f"{self.submission.reference}-{self.position}.{self.extension}"


class StaffEntry(models.Model):
    """Something a member of staff wrote on a submission; who and when is kept."""

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("author"),
    )

    class Meta:
        abstract = True
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.body[:60]


class Note(StaffEntry):
    """An internal note: staff only, never shown to the customer."""

    submission = models.ForeignKey(
        Submission, on_delete=models.CASCADE, related_name="notes", verbose_name=_("submission")
    )
    body = models.TextField(_("internal note"), max_length=DESCRIPTION_MAX_LENGTH)
    created_at = models.DateTimeField(_("written"), auto_now_add=True)

    class Meta(StaffEntry.Meta):
        verbose_name = _("internal note")
        verbose_name_plural = _("internal notes")


class Reply(StaffEntry):
    """A public reply: e-mailed to the customer and shown on the status page."""

    submission = models.ForeignKey(
        Submission, on_delete=models.CASCADE, related_name="replies", verbose_name=_("submission")
    )
    body = models.TextField(_("public reply"), max_length=DESCRIPTION_MAX_LENGTH)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta(StaffEntry.Meta):
        verbose_name = _("public reply")
        verbose_name_plural = _("public replies")


class CustomerMessage(models.Model):
    """What the customer wrote after the submission: on the case page or by e-mail."""

    class Source(models.TextChoices):
        WEB = "web", _("Case page")
        EMAIL = "email", _("E-mail")

    submission = models.ForeignKey(
        Submission, on_delete=models.CASCADE, related_name="messages", verbose_name=_("submission")
    )
    body = models.TextField(_("message"), max_length=DESCRIPTION_MAX_LENGTH)
    source = models.CharField(_("sent from"), max_length=8, choices=Source.choices)
    # The form token (web) or the Message-ID (mail): the same message twice is stored once.
    idempotency_key = models.CharField(_("idempotency key"), max_length=255, editable=False)
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("customer message")
        verbose_name_plural = _("customer messages")
        constraints = [
            models.UniqueConstraint(
                fields=["submission", "idempotency_key"], name="customer_message_once"
            ),
        ]

    def __str__(self):
        return self.body[:60]


def inbound_mail_path(instance, filename):
    return f"inbound/{timezone.now():%Y/%m}/{uuid.uuid4()}.eml"


class InboundMail(models.Model):
    """One e-mail that reached the inbound address, and what became of it.

    Nothing that arrives is lost: a message that cannot be attached to its case
    at once is kept with the reason, and staff approve or discard held ones.
    """

    class State(models.TextChoices):
        ATTACHED = "attached", _("Added to the case")
        HELD = "held", _("Held for review")
        APPROVED = "approved", _("Approved by staff")
        DISCARDED = "discarded", _("Discarded by staff")
        UNKNOWN_CASE = "unknown_case", _("No such case")
        AUTOMATIC = "automatic", _("Automatic reply or bounce")
        REJECTED = "rejected", _("Refused")

    received_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    message_id = models.CharField(_("Message-ID"), max_length=255, blank=True)
    sender = models.CharField(_("sender"), max_length=254, blank=True)
    recipient = models.CharField(_("recipient"), max_length=254, blank=True)
    subject = models.CharField(_("subject"), max_length=255, blank=True)
    body = models.TextField(_("text"), blank=True)
    raw = models.FileField(_("raw message"), upload_to=inbound_mail_path, blank=True)
    size = models.PositiveIntegerField(_("size in bytes"), default=0)
    state = models.CharField(_("state"), max_length=12, choices=State.choices)
    reason = models.CharField(_("reason"), max_length=255, blank=True)
    submission = models.ForeignKey(
        Submission,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="inbound_mails",
        verbose_name=_("submission"),
    )
    customer_message = models.OneToOneField(
        CustomerMessage,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="inbound_mail",
        verbose_name=_("customer message"),
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-received_at", "-pk"]
        verbose_name = _("inbound e-mail")
        verbose_name_plural = _("inbound e-mails")
        indexes = [models.Index(fields=["state"]), models.Index(fields=["message_id"])]

    def __str__(self):
        return self.subject or self.message_id or str(self.pk)


def _staff_mail_choices():
    return [(value, label) for value, label in Notification.Purpose.choices if value in STAFF_MAIL]


class MailOptOut(models.Model):
    """A kind of staff mail that one person turned off."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="feedback_mail_opt_outs",
        verbose_name=_("staff member"),
    )
    purpose = models.CharField(_("e-mail"), max_length=16, choices=_staff_mail_choices)

    class Meta:
        ordering = ["user", "purpose"]
        verbose_name = _("turned-off e-mail")
        verbose_name_plural = _("turned-off e-mails")
        constraints = [
            models.UniqueConstraint(fields=["user", "purpose"], name="mail_opt_out_once")
        ]

    def __str__(self):
        return f"{self.user} · {self.get_purpose_display()}"


class Notification(models.Model):
    """An e-mail to send (an outbox row): written with the change that causes it.

    A task delivers it after the commit and retries with a growing delay, so a
    mail outage delays mail but never loses it or blocks a submission.
    """

    class Purpose(models.TextChoices):
        CONFIRMATION = "confirmation", _("Confirmation to the customer")
        REPLY = "reply", _("Reply to the customer")
        SECURITY_ALERT = "security_alert", _("Alert to security analysts")
        CUSTOMER_MESSAGE = "customer_message", _("Customer answered (to staff)")
        RESOLVED = "resolved", _("Case resolved: satisfaction asked")
        NEW_CASE = "new_case", _("New complaint (to staff)")
        ASSIGNED = "assigned", _("Case assigned to you (to staff)")
        DUE_SOON = "due_soon", _("Promised time close (to the assignee)")
        BREACHED = "breached", _("Promised time missed (to the leads)")
        CHAT_TRANSCRIPT = "chat_transcript", _("Chat transcript (to the customer)")

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed (gave up retrying)")

    # Empty only for mail about another app's row (a chat transcript): see source_id.
    submission = models.ForeignKey(
        Submission,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="notifications",
        verbose_name=_("submission"),
    )
    # The row the mail is about when it is not a case (the chat of a transcript);
    # the app that registered the purpose (outbox.mail_register) reads it.
    source_id = models.PositiveBigIntegerField(_("source"), null=True, blank=True)
    reply = models.ForeignKey(
        Reply,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="notifications",
        verbose_name=_("reply"),
    )
    customer_message = models.ForeignKey(
        CustomerMessage,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="notifications",
        verbose_name=_("customer message"),
    )
    purpose = models.CharField(_("purpose"), max_length=16, choices=Purpose.choices)
    # The e-mail's Message-ID, set when it is built: later mail on the case refers to it.
    message_id = models.CharField(_("Message-ID"), max_length=255, blank=True)
    recipient = models.EmailField(_("recipient"), blank=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("e-mail notification")
        verbose_name_plural = _("e-mail notifications")
        indexes = [models.Index(fields=["state"])]

    def __str__(self):
        return f"{self.get_purpose_display()} · {self.submission_id}"


# The agents' desk: canned replies, the customer's rating, and call codes.


class Macro(models.Model):
    """A canned reply: one text per language (modeltranslation), with placeholders
    (feedback.macros.PLACEHOLDERS) filled in for the case it answers."""

    title = models.CharField(_("title"), max_length=120)
    body = models.TextField(
        _("text"),
        max_length=DESCRIPTION_MAX_LENGTH,
        validators=[validate_macro_text],
        help_text=_(
            "Plain text without a greeting (the e-mail adds it). Placeholders: "
            "{customer_name}, {reference}, {hotline}, {agent_name}."
        ),
    )
    set_status = models.CharField(
        _("then set the status to"),
        max_length=16,
        choices=Status.choices,
        blank=True,
        help_text=_("Leave empty to keep the case's status."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    order = models.PositiveSmallIntegerField(_("order"), default=100)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["order", "title", "pk"]
        verbose_name = _("canned reply")
        verbose_name_plural = _("canned replies")
        constraints = [
            models.CheckConstraint(
                condition=Q(set_status="") | Q(set_status__in=Status.values),
                name="macro_set_status_known",
            ),
        ]

    def __str__(self):
        return self.title


class MacroUse(models.Model):
    """One reply sent with a canned reply: usage is counted from these rows."""

    # A canned reply that was used is switched off, not deleted: its count stays.
    macro = models.ForeignKey(
        Macro, on_delete=models.PROTECT, related_name="uses", verbose_name=_("canned reply")
    )
    reply = models.OneToOneField(
        Reply, on_delete=models.CASCADE, related_name="macro_use", verbose_name=_("reply")
    )
    used_at = models.DateTimeField(_("used"), auto_now_add=True)

    class Meta:
        ordering = ["-used_at", "-pk"]
        verbose_name = _("canned reply use")
        verbose_name_plural = _("canned reply uses")

    def __str__(self):
        return f"{self.macro} · {self.reply.submission_id}"


class Rating(models.Model):
    """The customer's answer to "Did we solve your problem?" (1-5), changeable for
    RATING_DAYS after the case was resolved."""

    submission = models.OneToOneField(
        Submission, on_delete=models.CASCADE, related_name="rating", verbose_name=_("submission")
    )
    score = models.PositiveSmallIntegerField(_("score"), choices=[(n, str(n)) for n in range(1, 6)])
    comment = models.TextField(_("comment"), max_length=2000, blank=True)
    created_at = models.DateTimeField(_("rated"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        ordering = ["-updated_at", "-pk"]
        verbose_name = _("satisfaction rating")
        verbose_name_plural = _("satisfaction ratings")
        constraints = [
            models.CheckConstraint(
                condition=Q(score__gte=1, score__lte=5), name="rating_score_range"
            ),
        ]

    def __str__(self):
        return f"{self.submission_id}: {self.score}/5"


class CallCode(models.Model):
    """A one-time code an agent gives a customer they call, to prove the call is ours.

    Only a digest of the code is stored; the agent sees the code once."""

    submission = models.ForeignKey(
        Submission,
        on_delete=models.CASCADE,
        related_name="call_codes",
        verbose_name=_("submission"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("agent"),
    )
    calling_from = models.ForeignKey(
        Channel,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("calling from"),
        help_text=_("The official number the customer sees on their phone."),
    )
    digest = models.CharField(_("code digest"), max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    expires_at = models.DateTimeField(_("valid until"))
    used_at = models.DateTimeField(_("confirmed"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("call code")
        verbose_name_plural = _("call codes")

    def __str__(self):
        return f"{self.submission_id} · {self.created_at:%Y-%m-%d %H:%M}"


class CallCodeCheck(models.Model):
    """Every time a customer entered one of the case's codes, and what they were told."""

    class Outcome(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        USED = "used", _("Refused: already used")
        EXPIRED = "expired", _("Refused: expired")
        ANONYMISED = "anonymised", _("Refused: case anonymised")

    call_code = models.ForeignKey(
        CallCode, on_delete=models.CASCADE, related_name="checks", verbose_name=_("call code")
    )
    outcome = models.CharField(_("outcome"), max_length=12, choices=Outcome.choices)
    checked_at = models.DateTimeField(_("checked"), auto_now_add=True)

    class Meta:
        ordering = ["checked_at", "pk"]
        verbose_name = _("call code check")
        verbose_name_plural = _("call code checks")

    def __str__(self):
        return self.get_outcome_display()


class StaffPreference(models.Model):
    """A member of staff's own settings: the zone the admin shows times in."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="staff_preference",
        verbose_name=_("user"),
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        blank=True,
        validators=[validate_time_zone],
        help_text=_("Leave empty to use the server's zone."),
    )

    class Meta:
        verbose_name = _("staff preference")
        verbose_name_plural = _("staff preferences")

    def __str__(self):
        return str(self.user)
