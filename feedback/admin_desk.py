"""The desk's promised times in the admin: the policy per kind and priority, and
the due badge every case list and case page shows.

Desk leads edit the policy; agents and analysts read it.
"""

import datetime

from django.contrib import admin
from django.utils import timezone
from django.utils.html import format_html

from contacts.zones import utc_offset
from feedback import clocks
from feedback.models import ClockBasis, ServiceTarget


def case_zone(submission) -> datetime.tzinfo:
    """The customer's region's zone: promised times are read in the region's local time."""
    return submission.region.zone if submission.region_id else datetime.UTC


def due_badge(submission, *, now=None):
    """The next promised time in the region's local time, with its state."""
    now = now or timezone.now()
    due = clocks.current_due(submission)
    state = clocks.case_due_state(submission, now=now)
    if due is None or state is None:
        return "-"
    zone = case_zone(submission)
    local = due.astimezone(zone)
    basis = ""
    if submission.clock_basis != ClockBasis.BUSINESS:
        basis = submission.get_clock_basis_display()
    return format_html(
        '<span class="due due-{state}" data-testid="due" data-state="{state}" title="{basis}">'
        '<time datetime="{iso}">{when} ({offset})</time> · <strong>{label}</strong>{note}</span>',
        state=state,
        iso=due.isoformat(),
        when=local.strftime("%Y-%m-%d %H:%M"),
        offset=utc_offset(zone, due),
        label=clocks.DueState(state).label,
        basis=basis,
        note=format_html("<br><small>{}</small>", basis) if basis else "",
    )


@admin.register(ServiceTarget)
class ServiceTargetAdmin(admin.ModelAdmin):
    list_display = ["kind", "priority", "first_response_hours", "resolution_hours"]
    list_filter = ["kind", "priority"]
    list_editable = ["first_response_hours", "resolution_hours"]
