"""Admin for API tokens, webhook endpoints and the delivery log (superusers: no role
grants these permissions). A new token is shown once, in the message after saving."""

from django import forms
from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from api.models import ApiToken, Event, WebhookDelivery, WebhookEndpoint


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["name", "user", "scope", "hint", "created_at", "last_used_at", "revoked_at"]
    list_filter = ["scope"]
    readonly_fields = ["hint", "created_at", "last_used_at", "revoked_at"]
    fields = ["user", "name", "scope", *readonly_fields]
    actions = ["revoke"]

    def get_readonly_fields(self, request, obj=None):
        return [*self.readonly_fields, "user"] if obj else self.readonly_fields

    def save_model(self, request, obj, form, change):
        if not change:
            token = obj.issue()
            messages.warning(
                request,
                _("The new token, shown only now: %(token)s") % {"token": token},
            )
        super().save_model(request, obj, form, change)

    @admin.action(description=_("Revoke the selected tokens"))
    def revoke(self, request, queryset):
        for token in queryset:
            token.revoke()
        messages.success(request, _("Revoked."))


class EndpointForm(forms.ModelForm):
    events = forms.MultipleChoiceField(
        label=_("events"), choices=Event.choices, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = WebhookEndpoint
        fields = ["url", "secret", "events", "is_active"]


class DeliveryInline(admin.TabularInline):
    model = WebhookDelivery
    extra = 0
    max_num = 0
    can_delete = False
    fields = ["event", "state", "attempts", "last_status", "last_error", "created_at"]
    readonly_fields = fields
    ordering = ["-created_at"]


@admin.register(WebhookEndpoint)
class WebhookEndpointAdmin(admin.ModelAdmin):
    form = EndpointForm
    list_display = ["url", "is_active", "created_at"]
    inlines = [DeliveryInline]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin):
    list_display = ["event", "endpoint", "state", "attempts", "last_status", "created_at"]
    list_filter = ["state", "event"]
    readonly_fields = [
        "endpoint",
        "event",
        "payload",
        "state",
        "attempts",
        "last_status",
        "last_error",
        "created_at",
        "delivered_at",
    ]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
