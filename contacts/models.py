"""Regions, contact channels, opening hours, closures, alerts and the lists
behind "Is it really us?" (official accounts, known impostors).

Content editors change all of it in the admin; security analysts may also
record known impostors. The public reads what the querysets' `active()`
methods let through.
"""

import datetime
import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from contacts import normalise
from contacts.normalise import ValueKind
from helpdesk.lib.markdown import render_markdown


def validate_time_zone(value):
    if value not in zoneinfo.available_timezones():
        raise ValidationError(_("%(value)s is not a known time zone."), params={"value": value})


class ActiveQuerySet(models.QuerySet):
    def active(self):
        """What staff have not switched off."""
        return self.filter(is_active=True)


class Region(models.Model):
    code = models.CharField(
        _("code"),
        max_length=2,
        unique=True,
        validators=[RegexValidator(r"^[a-z]{2}$", _("Use a lower-case ISO 3166 code, e.g. hk."))],
        help_text=_("Lower-case ISO 3166 code, e.g. cn, hk, us. Used in URLs."),
    )
    name = models.CharField(_("name"), max_length=80)
    time_zone = models.CharField(
        _("time zone"), max_length=64, default="UTC", validators=[validate_time_zone]
    )
    default_language = models.CharField(
        _("default language"), max_length=10, choices=settings.LANGUAGES, default="en"
    )
    best_time_hint = models.TextField(
        _("best time to contact"),
        blank=True,
        help_text=_("Shown on the region's contact page, e.g. when lines are quietest."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=100)
    is_active = models.BooleanField(_("active"), default=True)

    objects = ActiveQuerySet.as_manager()

    class Meta:
        ordering = ["order", "code"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(code__regex=r"^[a-z]{2}$"), name="region_code_iso_lower"
            )
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("contacts:region", kwargs={"region": self.code})

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)


# ------------------------------------------------------------------ channels


class NormalisedValueModel(models.Model):
    """A directory row whose `value` is compared in its normal form
    (contacts.normalise), kept in `value_normalised` so look-ups use an index.

    The normal form is derived, never edited: it is set again on every save,
    and before the constraints are validated in `full_clean()`.
    """

    value = models.CharField(_("value"), max_length=200)
    value_normalised = models.CharField(
        _("normalised value"), max_length=200, editable=False, db_index=True
    )

    # Each `kind` of the model -> the kind of value it holds.
    VALUE_KINDS: dict = {}
    # Official values must be plain ASCII hosts; impostors may use any host.
    PLAIN_HOSTS_ONLY = True

    class Meta:
        abstract = True

    def __str__(self):
        return self.value

    def save(self, *args, **kwargs):
        self.value_normalised = self.normalised_value()
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        self.value_normalised = self.normalised_value()
        if not self.value_normalised:
            raise ValidationError({"value": _("This is not a valid value for this kind.")})

    def normalised_value(self) -> str:
        value_kind = self.VALUE_KINDS.get(self.kind, ValueKind.UNKNOWN)
        region = self.region if getattr(self, "region_id", None) else None
        normalised = normalise.normalise(value_kind, self.value, region.code if region else None)
        if value_kind == ValueKind.WEB and self.PLAIN_HOSTS_ONLY:
            return normalised if normalise.is_plain_host(normalised) else ""
        return normalised


class RegionScopedQuerySet(models.QuerySet):
    """Rows meant for every region, or only for some.

    `for_region(region)` means the same for every model: the rows for every
    region plus those for `region`; without a region, only the rows for every
    region. A queryset names how its model is limited: `region_field`, a
    nullable foreign key (null: every region), or `regions_field`, a
    many-to-many (none: every region).
    """

    region_field = None
    regions_field = None

    def for_region(self, region):
        if self.regions_field:
            field = self.model._meta.get_field(self.regions_field)
            # Uncorrelated "IN" subqueries: each runs once (PostgreSQL hashes it),
            # so a rule applied to every row (search's hidden ids) can read an
            # index instead of the table; a correlated EXISTS was costed per row.
            limits = field.remote_field.through.objects.values(field.m2m_field_name())
            everyone = ~Q(pk__in=limits)
            if region is None:
                return self.filter(everyone)
            return self.filter(
                everyone | Q(pk__in=limits.filter(**{field.m2m_reverse_field_name(): region}))
            )
        everyone = Q(**{f"{self.region_field}__isnull": True})
        if region is None:
            return self.filter(everyone)
        return self.filter(everyone | Q(**{self.region_field: region}))


class ChannelQuerySet(RegionScopedQuerySet):
    region_field = "region"

    def active(self):
        """Channels the public may see: switched on, in an active region or global."""
        return self.filter(Q(region__isnull=True) | Q(region__is_active=True), is_active=True)

    def with_schedule(self):
        return self.select_related("region").prefetch_related("hours")


class Channel(NormalisedValueModel):
    class Kind(models.TextChoices):
        PHONE = "phone", _("Phone hotline")
        CHAT = "chat", _("Live chat")
        EMAIL = "email", _("E-mail")
        SOCIAL = "social", _("Social media")
        FORUM = "forum", _("Community forum")

    # Kinds whose value is a web address (only its host is compared).
    WEB_KINDS = (Kind.CHAT, Kind.FORUM)
    VALUE_KINDS = {
        Kind.PHONE: ValueKind.PHONE,
        Kind.CHAT: ValueKind.WEB,
        Kind.EMAIL: ValueKind.EMAIL,
        Kind.SOCIAL: ValueKind.HANDLE,
        Kind.FORUM: ValueKind.WEB,
    }

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    region = models.ForeignKey(
        Region,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="channels",
        verbose_name=_("region"),
        help_text=_("Leave empty for a global channel shown in every region."),
    )
    label = models.CharField(_("label"), max_length=120)
    slug = models.SlugField(
        _("name in articles"),
        max_length=60,
        blank=True,
        help_text=_(
            "Articles show this channel's current value with the token [[channel:name]], "
            "e.g. [[channel:fraud-hotline]]."
        ),
    )
    description = models.CharField(_("description"), max_length=300, blank=True)
    value = models.CharField(
        _("number, address or handle"),
        max_length=200,
        help_text=_(
            "Phone number (with country code), e-mail address, web address (chat, forum) "
            "or social handle."
        ),
    )
    platform = models.CharField(
        _("platform"), max_length=40, blank=True, help_text=_("Social media only, e.g. X.")
    )
    profile_url = models.URLField(
        _("profile link"), blank=True, help_text=_("Social media only: link to the account.")
    )
    languages = models.CharField(
        _("languages spoken"), max_length=120, blank=True, help_text=_("e.g. English, Mandarin")
    )
    audience = models.CharField(
        _("who it is for"),
        max_length=120,
        blank=True,
        help_text=_("e.g. Lost card or fraud, around the clock"),
    )
    response_time = models.CharField(
        _("expected response time"), max_length=120, blank=True, help_text=_("e.g. within 24 h")
    )
    time_zone = models.CharField(
        _("time zone of the hours"),
        max_length=64,
        blank=True,
        validators=[validate_time_zone],
        help_text=_("Leave empty to use the region's time zone (UTC for global channels)."),
    )
    always_open = models.BooleanField(_("open 24/7"), default=False)
    is_active = models.BooleanField(_("active"), default=True)
    order = models.PositiveSmallIntegerField(_("order"), default=100)

    objects = ChannelQuerySet.as_manager()

    class Meta:
        ordering = ["order", "kind", "pk"]
        verbose_name = _("channel")
        verbose_name_plural = _("channels")
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=["phone", "chat", "email", "social", "forum"]),
                name="channel_kind_known",
            ),
            models.CheckConstraint(
                condition=~Q(value_normalised=""), name="channel_value_normalised"
            ),
            models.UniqueConstraint(
                fields=["region", "kind", "value_normalised"],
                condition=Q(region__isnull=False),
                name="channel_unique_per_region",
            ),
            models.UniqueConstraint(
                fields=["kind", "value_normalised"],
                condition=Q(region__isnull=True),
                name="channel_unique_global",
            ),
            models.UniqueConstraint(
                fields=["slug"], condition=~Q(slug=""), name="channel_unique_slug"
            ),
        ]

    def __str__(self):
        where = self.region.name if self.region_id else _("Global")
        return f"{self.label} ({where})"

    @property
    def href(self):
        """The link that opens this channel (tel:, mailto:, https:)."""
        if self.kind == self.Kind.PHONE:
            return f"tel:{self.value_normalised}"
        if self.kind == self.Kind.EMAIL:
            return f"mailto:{self.value_normalised}"
        if self.kind in self.WEB_KINDS:
            value = self.value.strip()
            return value if value.startswith(("https://", "http://")) else f"https://{value}"
        return self.profile_url

    def display_value(self, region_code=None):
        if self.kind == self.Kind.PHONE:
            return normalise.format_phone(self.value_normalised, region_code)
        if self.kind == self.Kind.EMAIL:
            return self.value_normalised
        if self.kind == self.Kind.SOCIAL:
            return f"@{self.value.strip().lstrip('@')}"
        return self.value.strip()

    @property
    def zone(self):
        if self.time_zone:
            return zoneinfo.ZoneInfo(self.time_zone)
        if self.region_id:
            return self.region.zone
        return datetime.UTC


class OpeningHours(models.Model):
    """One opening range on a weekday, in the channel's time zone.

    A range that closes at or before it opens runs overnight into the next day
    (22:00-06:00); 00:00-00:00 is the whole day.
    """

    class Weekday(models.IntegerChoices):
        MONDAY = 0, _("Monday")
        TUESDAY = 1, _("Tuesday")
        WEDNESDAY = 2, _("Wednesday")
        THURSDAY = 3, _("Thursday")
        FRIDAY = 4, _("Friday")
        SATURDAY = 5, _("Saturday")
        SUNDAY = 6, _("Sunday")

    channel = models.ForeignKey(
        Channel, on_delete=models.CASCADE, related_name="hours", verbose_name=_("channel")
    )
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"), help_text=_("At or before opening: runs overnight."))

    class Meta:
        ordering = ["weekday", "opens"]
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")
        constraints = [
            models.CheckConstraint(condition=Q(weekday__lte=6), name="hours_weekday_range")
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}-{self.closes:%H:%M}"


class ClosureQuerySet(models.QuerySet):
    def around(self, day, days_ahead):
        """Closures touching the days from `day` (minus one) to `days_ahead` later."""
        return self.filter(
            ends_on__gte=day - datetime.timedelta(days=1),
            starts_on__lte=day + datetime.timedelta(days=days_ahead),
        )


class Closure(models.Model):
    """A holiday or special closure of one channel or of all a region's channels.

    Without hours the channel is closed all day on those dates; with hours it
    opens only then (a shortened day).
    """

    region = models.ForeignKey(
        Region,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="closures",
        verbose_name=_("region"),
        help_text=_("All of the region's own channels."),
    )
    channel = models.ForeignKey(
        Channel,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="closures",
        verbose_name=_("channel"),
    )
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    reason = models.CharField(_("reason"), max_length=120, help_text=_("e.g. Lunar New Year"))
    opens = models.TimeField(_("special opening"), null=True, blank=True)
    closes = models.TimeField(_("special closing"), null=True, blank=True)

    objects = ClosureQuerySet.as_manager()

    class Meta:
        ordering = ["starts_on", "pk"]
        verbose_name = _("closure or holiday")
        verbose_name_plural = _("closures and holidays")
        constraints = [
            models.CheckConstraint(
                condition=Q(region__isnull=True, channel__isnull=False)
                | Q(region__isnull=False, channel__isnull=True),
                name="closure_region_or_channel",
            ),
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")), name="closure_dates_in_order"
            ),
            models.CheckConstraint(
                condition=Q(opens__isnull=True, closes__isnull=True)
                | Q(opens__isnull=False, closes__isnull=False),
                name="closure_special_hours_both_or_none",
            ),
        ]

    def __str__(self):
        return f"{self.reason} {self.starts_on}-{self.ends_on}"

    def clean(self):
        super().clean()
        if (self.region_id is None) == (self.channel_id is None):
            raise ValidationError(_("Choose either a region or a channel."))
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The last day cannot be before the first day.")})
        if (self.opens is None) != (self.closes is None):
            raise ValidationError(_("Give both special hours, or neither to close all day."))

    def covers(self, day):
        return self.starts_on <= day <= self.ends_on


# -------------------------------------------------------------------- alerts


class AlertQuerySet(RegionScopedQuerySet):
    regions_field = "regions"

    def active(self, now=None):
        now = now or timezone.now()
        return self.filter(
            Q(ends_at__isnull=True) | Q(ends_at__gt=now), is_published=True, starts_at__lte=now
        )

    def shown_and_next_change(self, now=None):
        """(the alerts `active(now)` gives, in order; the next moment after `now`
        at which one of these alerts starts or ends, or None), in one query."""
        now = now or timezone.now()
        current_or_later = self.filter(
            Q(ends_at__isnull=True) | Q(ends_at__gt=now), is_published=True
        )
        shown, changes = [], []
        for alert in current_or_later:
            if alert.starts_at <= now:
                shown.append(alert)
            else:
                changes.append(alert.starts_at)
            if alert.ends_at is not None:
                changes.append(alert.ends_at)
        return shown, min(changes, default=None)


class Alert(models.Model):
    """A short scam warning or service notice, shown while it is active."""

    class Level(models.TextChoices):
        SCAM = "scam", _("Scam warning")
        SERVICE = "service", _("Service notice")

    title = models.CharField(_("title"), max_length=160)
    body = models.TextField(_("text"), max_length=600, blank=True)
    level = models.CharField(_("kind"), max_length=10, choices=Level.choices, default=Level.SCAM)
    starts_at = models.DateTimeField(_("shown from"), default=timezone.now)
    ends_at = models.DateTimeField(
        _("shown until"), null=True, blank=True, help_text=_("Leave empty to show until removed.")
    )
    regions = models.ManyToManyField(
        Region,
        blank=True,
        related_name="alerts",
        verbose_name=_("regions"),
        help_text=_("Leave empty for all regions."),
    )
    is_published = models.BooleanField(_("published"), default=True)

    objects = AlertQuerySet.as_manager()

    class Meta:
        ordering = ["level", "-starts_at", "pk"]
        verbose_name = _("alert")
        verbose_name_plural = _("alerts")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True) | Q(ends_at__gt=models.F("starts_at")),
                name="alert_ends_after_start",
            ),
            models.CheckConstraint(
                condition=Q(level__in=["scam", "service"]), name="alert_level_known"
            ),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The end must be after the start.")})


# ------------------------------------------------ "Is it really us?" lists


class OfficialAccount(NormalisedValueModel):
    """A domain, e-mail address or social account that is ours but not a channel."""

    class Kind(models.TextChoices):
        DOMAIN = "domain", _("Web domain (and its subdomains)")
        EMAIL = "email", _("E-mail address")
        SOCIAL = "social", _("Social media handle")

    VALUE_KINDS = {
        Kind.DOMAIN: ValueKind.WEB,
        Kind.EMAIL: ValueKind.EMAIL,
        Kind.SOCIAL: ValueKind.HANDLE,
    }

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    platform = models.CharField(_("platform"), max_length=40, blank=True)
    note = models.CharField(
        _("what it is"), max_length=200, blank=True, help_text=_("Shown to visitors.")
    )
    is_active = models.BooleanField(_("active"), default=True)

    objects = ActiveQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "value_normalised"]
        verbose_name = _("official domain or account")
        verbose_name_plural = _("official domains and accounts")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "platform", "value_normalised"], name="official_account_unique"
            ),
            models.CheckConstraint(
                condition=~Q(value_normalised=""), name="official_account_normalised"
            ),
        ]


class KnownImpostorQuerySet(models.QuerySet):
    def confirmed(self):
        """Only confirmed entries are named as scams in public."""
        return self.filter(is_confirmed=True)


class KnownImpostor(NormalisedValueModel):
    """A number, address or account reported as pretending to be us."""

    class Kind(models.TextChoices):
        PHONE = "phone", _("Phone number")
        EMAIL = "email", _("E-mail address")
        WEB = "web", _("Web address (host)")
        SOCIAL = "social", _("Social media handle")

    VALUE_KINDS = {
        Kind.PHONE: ValueKind.PHONE,
        Kind.EMAIL: ValueKind.EMAIL,
        Kind.WEB: ValueKind.WEB,
        Kind.SOCIAL: ValueKind.HANDLE,
    }
    # A look-alike host is exactly what an impostor uses.
    PLAIN_HOSTS_ONLY = False

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    region = models.ForeignKey(
        Region,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        verbose_name=_("reported in"),
        help_text=_("Used to read phone numbers written without country code."),
    )
    source = models.CharField(
        _("source"), max_length=200, blank=True, help_text=_("e.g. report reference numbers")
    )
    reported_at = models.DateField(_("first reported"), default=datetime.date.today)
    is_confirmed = models.BooleanField(
        _("confirmed"), default=False, help_text=_("Only confirmed entries are shown as scams.")
    )
    # The impostor feed's `since=`: partners pull what changed after their last pull.
    updated_at = models.DateTimeField(_("last changed"), auto_now=True, db_index=True)

    objects = KnownImpostorQuerySet.as_manager()

    class Meta:
        ordering = ["-reported_at", "pk"]
        verbose_name = _("known impostor")
        verbose_name_plural = _("known impostors")
        constraints = [
            models.UniqueConstraint(fields=["kind", "value_normalised"], name="impostor_unique"),
            models.CheckConstraint(condition=~Q(value_normalised=""), name="impostor_normalised"),
        ]


# ------------------------------------------------------------------ guidance


class ContactGuidanceQuerySet(RegionScopedQuerySet, ActiveQuerySet):
    region_field = "region"


class ContactGuidance(models.Model):
    """One "before you contact us" block (Markdown), shown on contact pages."""

    title = models.CharField(_("title"), max_length=120)
    body = models.TextField(
        _("text"), help_text=_("Markdown. Scripts and unsafe HTML are removed.")
    )
    region = models.ForeignKey(
        Region,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="guidance",
        verbose_name=_("region"),
        help_text=_("Leave empty for all regions."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=100)
    is_active = models.BooleanField(_("active"), default=True)

    objects = ContactGuidanceQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("before-you-contact-us advice")
        verbose_name_plural = _("before-you-contact-us advice")

    def __str__(self):
        return self.title

    @property
    def body_html(self):
        return render_markdown(self.body)
