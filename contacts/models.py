"""Regions, and (to come) their contact channels, hours and alerts.

Regions are edited by content editors in the admin; the public reads them.
"""

import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


def validate_time_zone(value):
    if value not in zoneinfo.available_timezones():
        raise ValidationError(_("%(value)s is not a known time zone."), params={"value": value})


class RegionQuerySet(models.QuerySet):
    def active(self):
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
    order = models.PositiveSmallIntegerField(_("order"), default=100)
    is_active = models.BooleanField(_("active"), default=True)

    objects = RegionQuerySet.as_manager()

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
