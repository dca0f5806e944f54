"""Staff editing of the contact directory and the "Is it really us?" lists.

Content editors change everything here; security analysts may record and
confirm known impostors; other staff may at most view (see helpdesk.roles).
Translated fields appear as language tabs; every change is kept in history.
"""

import zoneinfo

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.db import models
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from contacts.models import (
    Alert,
    Channel,
    Closure,
    ContactGuidance,
    KnownImpostor,
    OfficialAccount,
    OpeningHours,
    Region,
)
from helpdesk.lib.admin import HistoryAdmin
from helpdesk.lib.languages import localized_fieldnames, missing_translations


def zone_choices():
    """Every IANA time zone, by name; editors pick one instead of typing it."""
    return [("", "---------"), *((zone, zone) for zone in sorted(zoneinfo.available_timezones()))]


def channel_translation_warnings(channel):
    """What the public sees of the channel in English only: its texts, and the reasons of
    its own and its region's closures still to come."""
    names = dict(settings.LANGUAGES)
    warnings = [
        f"{Channel._meta.get_field(field).verbose_name} ({names[code]})"
        for field, code in missing_translations(channel, CHANNEL_PUBLIC_TEXT)
    ]
    closures = Closure.objects.filter(ends_on__gte=timezone.localdate()).filter(
        Q(channel=channel) | Q(region_id=channel.region_id, region__isnull=False)
    )
    for closure in closures:
        for _field, code in missing_translations(closure, ["reason"]):
            warnings.append(
                _("closure “%(reason)s” (%(language)s)")
                % {"reason": closure.reason_en, "language": names[code]}
            )
    return warnings


# The channel's texts visitors read.
CHANNEL_PUBLIC_TEXT = ["label", "description", "audience", "languages", "response_time"]


class ClockFieldsMixin:
    """Times as hour:minute (no seconds), time zones chosen from the list."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, models.TimeField):
            return forms.TimeField(
                label=db_field.verbose_name.capitalize(),
                required=not db_field.null,
                help_text=db_field.help_text,
                input_formats=["%H:%M", "%H:%M:%S"],
                widget=forms.TimeInput(
                    format="%H:%M", attrs={"placeholder": "HH:MM", "size": 5, "maxlength": 8}
                ),
            )
        if db_field.name == "time_zone":
            return forms.TypedChoiceField(
                label=db_field.verbose_name.capitalize(),
                required=not db_field.blank,
                help_text=db_field.help_text,
                choices=zone_choices(),
                empty_value="",
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class ClosureInline(ClockFieldsMixin, TranslationTabularInline):
    model = Closure
    fields = ["starts_on", "ends_on", "reason", "opens", "closes"]
    extra = 0


class RegionClosureInline(ClosureInline):
    fk_name = "region"
    verbose_name_plural = _("holidays and closures (all the region's channels)")


class ChannelClosureInline(ClosureInline):
    fk_name = "channel"
    verbose_name_plural = _("holidays and closures (this channel)")


class OpeningHoursInline(ClockFieldsMixin, admin.TabularInline):
    model = OpeningHours
    fields = ["weekday", "opens", "closes"]
    extra = 0


@admin.register(Region)
class RegionAdmin(ClockFieldsMixin, HistoryAdmin, TabbedTranslationAdmin):
    list_display = ["name", "code", "time_zone", "default_language", "order", "is_active"]
    list_editable = ["order", "is_active"]
    list_filter = ["is_active", "default_language"]
    search_fields = [*localized_fieldnames("name"), "code"]
    inlines = [RegionClosureInline]


class OpenNowFilter(admin.SimpleListFilter):
    title = _("hours")
    parameter_name = "hours"

    def lookups(self, request, model_admin):
        return [("always", _("Open 24/7")), ("none", _("No hours entered"))]

    def queryset(self, request, queryset):
        if self.value() == "always":
            return queryset.filter(always_open=True)
        if self.value() == "none":
            return queryset.filter(always_open=False, hours__isnull=True)
        return queryset


@admin.register(Channel)
class ChannelAdmin(ClockFieldsMixin, HistoryAdmin, TabbedTranslationAdmin):
    class Media:
        css = {"all": ["css/editors.css"]}
        js = ["js/editors.js"]

    list_display = ["label", "kind", "region", "value", "always_open", "is_active", "order"]
    list_editable = ["is_active", "order"]
    list_filter = ["kind", "region", "is_active", OpenNowFilter]
    list_select_related = ["region"]
    search_fields = [*localized_fieldnames("label"), "value", "value_normalised"]
    readonly_fields = ["value_normalised", "region_closures", "translation_warnings"]
    inlines = [OpeningHoursInline, ChannelClosureInline]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "kind",
                    "region",
                    "label",
                    "slug",
                    "description",
                    "value",
                    "value_normalised",
                ]
            },
        ),
        (_("Social media"), {"fields": ["platform", "profile_url"]}),
        (
            _("Service"),
            {"fields": ["audience", "languages", "response_time", "order", "is_active"]},
        ),
        (_("Hours"), {"fields": ["time_zone", "always_open", "region_closures"]}),
        (_("Translations"), {"fields": ["translation_warnings"]}),
    ]

    @admin.display(description=_("closures of the whole region"))
    def region_closures(self, obj):
        """Closures set on the region apply to this channel too: shown, so none is added twice."""
        if not obj or not obj.region_id:
            return "-"
        closures = obj.region.closures.filter(ends_on__gte=timezone.localdate())
        return render_to_string(
            "admin/contacts/channel/region_closures.html",
            {"closures": closures, "region": obj.region},
        )

    @admin.display(description=_("missing translations"))
    def translation_warnings(self, obj):
        if not obj or not obj.pk:
            return "-"
        return render_to_string(
            "admin/contacts/channel/translation_warnings.html",
            {"warnings": channel_translation_warnings(obj)},
        )

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        warnings = channel_translation_warnings(form.instance)
        if warnings:
            self.message_user(
                request,
                _("Visitors will read English where a translation is missing: %(fields)s.")
                % {"fields": "; ".join(warnings)},
                messages.WARNING,
            )


class AlertStateFilter(admin.SimpleListFilter):
    title = _("shown now")
    parameter_name = "shown"

    def lookups(self, request, model_admin):
        return [("yes", _("Shown now")), ("no", _("Not shown now"))]

    def queryset(self, request, queryset):
        active = Alert.objects.active(timezone.now()).values("pk")
        if self.value() == "yes":
            return queryset.filter(pk__in=active)
        if self.value() == "no":
            return queryset.exclude(pk__in=active)
        return queryset


@admin.register(Alert)
class AlertAdmin(HistoryAdmin, TabbedTranslationAdmin):
    list_display = ["title", "level", "starts_at", "ends_at", "is_published"]
    list_filter = ["level", "is_published", AlertStateFilter, "regions"]
    search_fields = localized_fieldnames("title")
    date_hierarchy = "starts_at"
    filter_horizontal = ["regions"]
    fields = ["level", "title", "body", "starts_at", "ends_at", "regions", "is_published"]


@admin.register(OfficialAccount)
class OfficialAccountAdmin(HistoryAdmin, TabbedTranslationAdmin):
    list_display = ["value", "kind", "platform", "value_normalised", "is_active"]
    list_filter = ["kind", "platform", "is_active"]
    search_fields = ["value", "value_normalised"]
    readonly_fields = ["value_normalised"]
    fields = ["kind", "platform", "value", "value_normalised", "note", "is_active"]


@admin.register(KnownImpostor)
class KnownImpostorAdmin(HistoryAdmin):
    list_display = ["value", "kind", "value_normalised", "reported_at", "is_confirmed"]
    list_filter = ["kind", "is_confirmed", "region"]
    search_fields = ["value", "value_normalised", "source"]
    readonly_fields = ["value_normalised"]
    date_hierarchy = "reported_at"
    fields = [
        "kind",
        "value",
        "region",
        "value_normalised",
        "source",
        "reported_at",
        "is_confirmed",
    ]


@admin.register(ContactGuidance)
class ContactGuidanceAdmin(HistoryAdmin, TabbedTranslationAdmin):
    list_display = ["title", "region", "order", "is_active"]
    list_editable = ["order", "is_active"]
    list_filter = ["is_active", "region"]
    search_fields = localized_fieldnames("title")
