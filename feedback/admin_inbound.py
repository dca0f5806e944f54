"""Staff review of inbound e-mail: what arrived, what became of it, and the held ones.

Each message is shown to whoever may handle its case's kind (support agents
feedback and complaints, security analysts reports: `kinds_handled_by`);
messages that named no case only to superusers. Nothing here edits a message:
staff approve a held one onto its case (it becomes a customer message) or
discard it; who decided and when is kept, with the history of every change.
"""

from django.contrib import admin, messages
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from feedback import inbound
from feedback.models import InboundMail, kinds_handled_by
from feedback.services import CaseClosed
from helpdesk.lib.admin import ScopedObjectViewsMixin, ViewOnlyMixin


@admin.register(InboundMail)
class InboundMailAdmin(ScopedObjectViewsMixin, ViewOnlyMixin, SimpleHistoryAdmin):
    list_display = ["received_at", "state", "sender", "subject", "submission", "reason"]
    list_filter = ["state"]
    search_fields = ["=submission__reference", "sender", "=message_id"]
    list_select_related = ["submission"]
    date_hierarchy = "received_at"
    fields = [
        "received_at",
        "state",
        "reason",
        "submission",
        "customer_message",
        "sender",
        "recipient",
        "subject",
        "message_id",
        "size",
        "body",
        "decided_by",
        "decided_at",
    ]
    readonly_fields = fields
    actions = ["approve", "discard"]

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        user = request.user
        if user.is_superuser:
            return queryset
        return queryset.filter(submission__kind__in=kinds_handled_by(user)).exclude(
            Q(submission__isnull=True)
        )

    def has_delete_permission(self, request, obj=None):
        return False  # kept until the retention job removes its case's personal data

    def has_view_permission(self, request, obj=None):
        allowed = super().has_view_permission(request, obj)
        if obj is None or request.user.is_superuser:
            return allowed
        return allowed and obj.submission is not None and obj.submission.is_handled_by(request.user)

    @admin.action(description=_("Approve onto its case"), permissions=["view"])
    def approve(self, request, queryset):
        approved = 0
        for mail in queryset.filter(state=InboundMail.State.HELD, submission__isnull=False):
            try:
                inbound.inbound_approve(mail=mail, user=request.user)
            except CaseClosed:
                self.message_user(
                    request,
                    _("%(mail)s: the case is closed and takes no more messages.") % {"mail": mail},
                    messages.ERROR,
                )
                continue
            approved += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d message added to its case.",
                "%(count)d messages added to their cases.",
                approved,
            )
            % {"count": approved},
            messages.SUCCESS if approved else messages.WARNING,
        )

    @admin.action(description=_("Discard"), permissions=["view"])
    def discard(self, request, queryset):
        discarded = 0
        for mail in queryset.filter(state=InboundMail.State.HELD):
            inbound.inbound_discard(mail=mail, user=request.user)
            discarded += 1
        self.message_user(
            request,
            ngettext("%(count)d message discarded.", "%(count)d messages discarded.", discarded)
            % {"count": discarded},
            messages.SUCCESS if discarded else messages.WARNING,
        )
