"""The desk's promised times in the admin: the policy per kind and priority (with
the regions whose hours do not count), and the due badge of every case list and
case page.

Desk leads edit the policy; agents and analysts read it.
"""

from django.contrib import admin, messages
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _

from contacts.models import Region
from feedback import clocks
from feedback.models import ClockBasis, ServiceTarget
from helpdesk.lib.portal_tags import html_datetime


def due_badge(submission, *, now=None):
    """The next promised time in the region's local time, with its state."""
    now = now or timezone.now()
    state = clocks.case_due_state(submission, now=now)
    if state is None:
        return "-"
    basis = ""
    if submission.clock_basis != ClockBasis.BUSINESS:
        basis = submission.get_clock_basis_display()
    return format_html(
        '<span class="due due-{state}" data-testid="due" data-state="{state}">'
        '<time datetime="{iso}">{when}</time> · <strong>{label}</strong>{note}</span>',
        state=state,
        iso=html_datetime(clocks.current_due(submission)),
        when=clocks.due_text(submission),
        label=clocks.DueState(state).label,
        note=format_html("<br><small>{}</small>", basis) if basis else "",
    )


@admin.register(ServiceTarget)
class ServiceTargetAdmin(admin.ModelAdmin):
    list_display = ["kind", "priority", "first_response_hours", "resolution_hours"]
    list_filter = ["kind", "priority"]
    list_editable = ["first_response_hours", "resolution_hours"]

    def changelist_view(self, request, extra_context=None):
        # Which regions do not count in business hours, and why: fixed in their hotlines.
        for region, problem in clocks.region_hours_report(
            Region.objects.active(), now=timezone.now()
        ):
            if problem == ClockBasis.NEVER_OPEN:
                self.message_user(
                    request,
                    _(
                        "%(region)s: the hotlines' hours and closures never open within a "
                        "year. Its cases count calendar time until they are fixed."
                    )
                    % {"region": region.name},
                    messages.ERROR,
                )
            else:
                self.message_user(
                    request,
                    _("%(region)s has no hotline hours: its cases count calendar time.")
                    % {"region": region.name},
                    messages.WARNING,
                )
        return super().changelist_view(request, extra_context)
