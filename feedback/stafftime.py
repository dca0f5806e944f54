"""Admin times in each staff member's own zone (StaffPreference), with the zone named.

The admin renders dates in the active time zone: this middleware activates the
member's zone for admin pages (the server's, TIME_ZONE, when they chose none)
and tells the page its name. Customer pages are not touched: they show a
region's zone. Every member of staff may set their own zone, and only theirs.
"""

import zoneinfo

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.views.decorators import staff_member_required
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from contacts.zones import zone_label
from feedback.models import StaffPreference


def staff_zone(user) -> zoneinfo.ZoneInfo:
    name = (
        StaffPreference.objects.filter(user=user).values_list("time_zone", flat=True).first()
        or settings.TIME_ZONE
    )
    return zoneinfo.ZoneInfo(name)


class StaffTimeZoneMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if not (
            user is not None
            and user.is_authenticated
            and user.is_staff
            and request.path.startswith(reverse("admin:index"))
        ):
            return self.get_response(request)
        zone = staff_zone(user)
        request.staff_time_zone_label = SimpleLazyObject(lambda: zone_label(zone))
        timezone.activate(zone)
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()


class StaffTimeZoneForm(forms.ModelForm):
    time_zone = forms.ChoiceField(label=_("Show admin times in"), required=False, choices=())

    class Meta:
        model = StaffPreference
        fields = ["time_zone"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        server = _("The server's zone (%(zone)s)") % {"zone": settings.TIME_ZONE}
        self.fields["time_zone"].choices = [
            ("", server),
            *[(name, name) for name in sorted(zoneinfo.available_timezones())],
        ]


@staff_member_required
def staff_time_zone_view(request):
    """The member's own zone for admin times (no one else's can be set here)."""
    preference = StaffPreference.objects.filter(user=request.user).first() or StaffPreference(
        user=request.user
    )
    form = StaffTimeZoneForm(request.POST or None, instance=preference)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Admin times are now shown in the zone you chose."))
        return redirect("staff_time_zone")
    return TemplateResponse(
        request,
        "admin/feedback/time_zone.html",
        {**admin.site.each_context(request), "title": _("My time zone"), "form": form},
    )
