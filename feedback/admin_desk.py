"""The desk's promised times in the admin: the policy per kind and priority, the
due badge of every case list and case page, and each person's staff mail.

Desk leads edit the policy; agents and analysts read it. Every member of staff
chooses which staff mails they get.
"""

from django.contrib import admin
from django.utils import timezone
from django.utils.html import format_html

from feedback import clocks
from feedback.models import ClockBasis, ServiceTarget


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
        iso=clocks.current_due(submission).isoformat(),
        when=clocks.due_text(submission),
        label=clocks.DueState(state).label,
        note=format_html("<br><small>{}</small>", basis) if basis else "",
    )


@admin.register(ServiceTarget)
class ServiceTargetAdmin(admin.ModelAdmin):
    list_display = ["kind", "priority", "first_response_hours", "resolution_hours"]
    list_filter = ["kind", "priority"]
    list_editable = ["first_response_hours", "resolution_hours"]
