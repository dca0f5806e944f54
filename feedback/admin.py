"""Staff triage of submissions: lists, filters, assignment, notes, replies, history.

Support agents handle feedback and complaints, security analysts
suspicious-activity reports; content editors see neither. The rule lives in
`Submission.objects.visible_to()`: every list, page, file and chart here
starts from it, so a report another role may not see answers 404.
"""

import csv
from functools import partial

from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import F, Q
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

# The agents' desk (canned replies, reply preview, call codes, ratings): its own module.
from feedback import admin_care, analytics, clocks, outbox, ratings, services, staffmail, timeline
from feedback.admin_desk import due_badge
from feedback.models import (
    DESCRIPTION_MAX_LENGTH,
    Attachment,
    Kind,
    Note,
    Notification,
    Rating,
    Status,
    Submission,
    kinds_handled_by,
    staff_handling,
)
from feedback.staff_forms import RecordContactForm, StaffMailForm
from helpdesk.lib.admin import ScopedObjectViewsMixin, ViewOnlyInline, ViewOnlyMixin


def _choice(name):
    return lambda case: getattr(case, f"get_{name}_display")() if getattr(case, name) else ""


def _rating(case):
    """The case's satisfaction rating, or None."""
    try:
        return case.rating
    except Rating.DoesNotExist:
        return None


def _moment(name):
    """Whole seconds with the offset: 2026-12-03 16:22:09+00:00."""

    def value(case):
        moment = getattr(case, name)
        return timezone.localtime(moment).isoformat(sep=" ", timespec="seconds") if moment else ""

    return value


# (heading, value of a case): readable words, not stored codes.
CSV_COLUMNS = [
    (_("reference"), lambda case: case.reference),
    (_("kind"), _choice("kind")),
    (_("topic"), _choice("topic")),
    (_("what happened"), _choice("incident")),
    (_("region"), lambda case: case.region.name if case.region_id else ""),
    (_("status"), _choice("status")),
    (_("priority"), _choice("priority")),
    (_("assigned to"), lambda case: case.assignee.get_username() if case.assignee_id else ""),
    (_("language"), _choice("language")),
    (_("received via"), _choice("received_via")),
    (_("received"), _moment("created_at")),
    (_("first response"), _moment("first_response_at")),
    (_("resolved"), _moment("resolved_at")),
    (_("first answer due"), _moment("response_due_at")),
    (_("resolution due"), _moment("resolution_due_at")),
    (_("transaction ID"), lambda case: case.transaction_id),
    (_("suspicious contact"), lambda case: case.suspicious_contact),
    (_("amount"), lambda case: case.amount),
    (_("currency"), lambda case: case.currency),
    (_("satisfaction (1-5)"), lambda case: _rating(case).score if _rating(case) else ""),
    (_("satisfaction comment"), lambda case: _rating(case).comment if _rating(case) else ""),
]


def csv_safe(value) -> str:
    """A cell spreadsheet programs will not run as a formula."""
    text = "" if value is None else str(value)
    if text[:1] in {"=", "+", "-", "@", "\t", "\r"}:
        return "'" + text
    return text


class AttachmentInline(ViewOnlyInline):
    model = Attachment
    fields = ["download", "content_type", "size", "created_at"]
    verbose_name_plural = _("evidence files")

    def has_view_permission(self, request, obj=None):
        # Whoever may see the submission may see its files (checked again on download).
        return obj is None or obj.is_handled_by(request.user)

    @admin.display(description=_("file"))
    def download(self, obj):
        return format_html('<a href="{}">{}</a>', obj.get_absolute_url(), obj.download_name)


class _AppendOnlyInline(admin.StackedInline):
    """Existing rows are read-only; staff add new ones (who and when is recorded)."""

    extra = 0
    can_delete = False
    fields = ["body", "author", "created_at"]
    readonly_fields = ["author", "created_at"]

    def get_readonly_fields(self, request, obj=None):
        return self.readonly_fields

    def get_queryset(self, request):
        return super().get_queryset(request).none()  # earlier ones are in the timeline

    def has_change_permission(self, request, obj=None):
        return False


class NoteInline(_AppendOnlyInline):
    model = Note
    verbose_name = _("internal note (staff only)")
    verbose_name_plural = _("internal notes (staff only)")


class NotificationInline(ViewOnlyInline):
    model = Notification
    fields = ["purpose", "recipient", "state", "attempts", "last_error", "sent_at"]
    verbose_name_plural = _("e-mails")


class AssigneeFilter(admin.SimpleListFilter):
    title = _("assigned to")
    parameter_name = "assignee"

    def lookups(self, request, model_admin):
        staff = get_user_model().objects.filter(
            pk__in=model_admin.get_queryset(request).values("assignee")
        )
        return [
            ("me", _("Me")),
            ("none", _("Nobody")),
            *[(str(user.pk), user.get_username()) for user in staff],
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "me":
            return queryset.filter(assignee=request.user)
        if value == "none":
            return queryset.filter(assignee__isnull=True)
        if value and value.isdigit():
            return queryset.filter(assignee_id=int(value))
        return queryset


class QueueFilter(admin.SimpleListFilter):
    """The list opens on the agent's queue: open cases that are theirs or nobody's.
    Any other filter or a search looks through every case instead."""

    title = _("queue")
    parameter_name = "queue"
    # Query parameters that only page or sort the list.
    NOT_FILTERS = {"o", "p", "all"}

    def __init__(self, request, params, model, model_admin):
        super().__init__(request, params, model, model_admin)
        chosen = set(request.GET) - self.NOT_FILTERS - {self.parameter_name}
        self.mode = self.value() or ("all" if chosen else "mine")

    def lookups(self, request, model_admin):
        return [("open", _("All open cases")), ("all", _("All cases"))]

    def choices(self, changelist):
        yield {
            "selected": self.mode == "mine",
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "display": _("Open: mine or unassigned"),
        }
        for lookup, title in self.lookup_choices:
            yield {
                "selected": self.mode == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }

    def queryset(self, request, queryset):
        value = self.mode
        if value == "all":
            return queryset
        if value == "open":
            return queryset.open()
        return queryset.open().filter(Q(assignee=request.user) | Q(assignee__isnull=True))


class KindFilter(admin.SimpleListFilter):
    """Only the kinds the viewer handles (an agent sees no choice about reports)."""

    title = _("kind")
    parameter_name = "kind__exact"

    def lookups(self, request, model_admin):
        handled = kinds_handled_by(request.user)
        return [(kind, label) for kind, label in Kind.choices if kind in handled]

    def queryset(self, request, queryset):
        return queryset.filter(kind=self.value()) if self.value() else queryset


class DueFilter(admin.SimpleListFilter):
    title = _("promised time")
    parameter_name = "due"

    def lookups(self, request, model_admin):
        return clocks.DueState.choices

    def queryset(self, request, queryset):
        if self.value() in clocks.DueState.values:
            return clocks.filter_due_state(queryset, self.value(), now=timezone.now())
        return queryset


@admin.register(Submission)
class SubmissionAdmin(ScopedObjectViewsMixin, SimpleHistoryAdmin):
    list_display = ["reference", "about", "customer", "due", "status", "assignee"]
    list_filter = [
        QueueFilter,
        DueFilter,
        KindFilter,
        "topic",
        "incident",
        "region",
        "language",
        "status",
        "priority",
        AssigneeFilter,
        "received_via",
        ("created_at", admin.DateFieldListFilter),
    ]
    # Filters about suspicious-activity reports, for those who handle them.
    report_filters = {"incident"}
    list_select_related = ["region", "assignee"]
    search_fields = [
        "reference",
        "email",
        "name",
        "description",
        "transaction_id",
        "suspicious_contact",
        "suspicious_contact_key",
    ]
    date_hierarchy = "created_at"
    list_per_page = 50
    actions = ["assign_to_me", "mark_in_progress", "mark_resolved", "revoke_links"]
    # Notes are written here, replies on the reply page (after a preview of the mail);
    # both are read in the timeline (feedback.timeline).
    inlines = [
        NoteInline,
        AttachmentInline,
        NotificationInline,
        admin_care.RatingInline,
        admin_care.CallCodeInline,
    ]
    customer_fields = [
        "reference",
        "kind",
        "topic",
        "incident",
        "region",
        "description",
        "transaction_id",
        "suspicious_contact",
        "occurred_on",
        "amount",
        "currency",
        "email",
        "name",
        "language",
        "received_via",
        "recorded_by",
        "follows",
    ]
    timeline_fields = [
        "created_at",
        "first_response_at",
        "resolved_at",
        "closed_at",
        "anonymised_at",
    ]
    readonly_fields = [*customer_fields, *timeline_fields]
    history_list_display = ["status", "priority", "assignee"]
    view_on_site = False  # the public side has no page per submission
    report_only_fields = {"incident", "suspicious_contact", "occurred_on", "amount", "currency"}

    def get_fieldsets(self, request, obj=None):
        triage = ["status", "priority", "assignee"]
        if obj is not None and obj.is_suspicious:
            triage.append("impostor_confirmed")
        hidden = {"topic"} if obj is not None and obj.is_suspicious else self.report_only_fields
        customer = [name for name in self.customer_fields if name not in hidden]
        return [
            (_("Triage"), {"fields": triage}),
            (_("From the customer"), {"fields": customer}),
            (_("Key dates"), {"fields": self.timeline_fields}),
        ]

    def get_queryset(self, request):
        return super().get_queryset(request).visible_to(request.user).with_due()

    def get_ordering(self, request):
        return [F("due_at").asc(nulls_last=True), "-created_at", "-pk"]

    def get_list_filter(self, request):
        if Kind.SUSPICIOUS in kinds_handled_by(request.user):
            return self.list_filter
        return [item for item in self.list_filter if item not in self.report_filters]

    def get_form(self, request, obj=None, change=False, **kwargs):
        request._desk_case = obj  # whose kind decides who may be assigned
        return super().get_form(request, obj, change, **kwargs)

    def has_add_permission(self, request):
        return False  # customers submit through the public forms

    def has_delete_permission(self, request, obj=None):
        return False  # removal is the retention job's, which keeps the statistics

    def has_view_permission(self, request, obj=None):
        allowed = super().has_view_permission(request, obj)
        return allowed and (obj is None or obj.is_handled_by(request.user))

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or obj.is_handled_by(request.user))

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "assignee":
            case = getattr(request, "_desk_case", None)
            kinds = [case.kind] if case is not None else kinds_handled_by(request.user)
            handlers = get_user_model().objects.none()
            for kind in kinds:
                handlers |= staff_handling(kind)
            kwargs["queryset"] = handlers.distinct().order_by("username")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        previous_status, previous_priority = Submission.objects.filter(pk=obj.pk).values_list(
            "status", "priority"
        ).first() or (None, None)
        services.submission_triage_apply(
            submission=obj, previous_status=previous_status, previous_priority=previous_priority
        )
        super().save_model(request, obj, form, change)
        if "assignee" in form.changed_data:
            outbox.notifications_queue(staffmail.assigned(obj, by=request.user))
        if obj.impostor_confirmed and "impostor_confirmed" in form.changed_data:
            services.impostor_confirm(submission=obj)

    def save_formset(self, request, form, formset, change):
        if formset.model is not Note:
            return super().save_formset(request, form, formset, change)
        for instance in formset.save(commit=False):
            if instance.pk is None and instance.body.strip():
                services.note_create(
                    submission=form.instance, author=request.user, body=instance.body
                )

    @admin.display(description=_("topic / what happened"))
    def subject(self, obj):
        return obj.get_topic_display() if obj.topic else obj.get_incident_display()

    @admin.display(description=_("about"))
    def about(self, obj):
        return format_html(
            '<span class="case-about"><strong>{}</strong> · {}<br><small>{}</small></span>',
            obj.get_kind_display(),
            self.subject(obj),
            Truncator(" ".join(obj.description.split())).chars(80),
        )

    @admin.display(description=_("customer"), ordering="email")
    def customer(self, obj):
        if obj.anonymised_at:
            return _("(anonymised)")
        return format_html("{}<br><small>{}</small>", obj.name or "-", obj.email or "-")

    @admin.display(description=_("due"), ordering="due_at")
    def due(self, obj):
        return due_badge(obj)

    @admin.action(description=_("Assign to me"), permissions=["change"])
    def assign_to_me(self, request, queryset):
        updated = self._bulk_update(request, queryset, assignee=request.user)
        self.message_user(request, _("Assigned %(count)d to you.") % {"count": updated})

    @admin.action(description=_("Mark as in progress"), permissions=["change"])
    def mark_in_progress(self, request, queryset):
        updated = self._bulk_update(request, queryset, status=Status.IN_PROGRESS)
        self.message_user(request, _("%(count)d marked as in progress.") % {"count": updated})

    @admin.action(description=_("Mark as resolved"), permissions=["change"])
    def mark_resolved(self, request, queryset):
        updated = self._bulk_update(request, queryset, status=Status.RESOLVED)
        self.message_user(request, _("%(count)d marked as resolved.") % {"count": updated})

    @admin.action(description=_("Revoke the customer's links"), permissions=["change"])
    def revoke_links(self, request, queryset):
        count = 0
        for submission in queryset.visible_to(request.user):
            services.case_links_revoke(submission=submission, by=request.user)
            count += 1
        self.message_user(
            request,
            ngettext(
                "The links of %(count)d case no longer work; later e-mails carry new ones.",
                "The links of %(count)d cases no longer work; later e-mails carry new ones.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )

    def _bulk_update(self, request, queryset, **changes):
        # One save per row, so history and the response times stay right.
        count = 0
        for submission in queryset.visible_to(request.user):
            previous = submission.status
            for name, value in changes.items():
                setattr(submission, name, value)
            services.submission_triage_apply(submission=submission, previous_status=previous)
            submission._change_reason = "bulk action"
            submission.save()
            count += 1
        return count

    # Extra pages: analytics and CSV export of the filtered list.

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("analytics/", view(self.analytics_view), name="feedback_submission_analytics"),
            path("export/", view(self.export_view), name="feedback_submission_export"),
            path("record/", view(self.record_view), name="feedback_submission_record"),
            # The agents' desk (feedback.admin_care): reply with preview, call codes.
            path(
                "<int:pk>/reply/",
                view(partial(admin_care.reply_view, self)),
                name="feedback_submission_reply",
            ),
            path(
                "<int:pk>/call-code/",
                view(partial(admin_care.call_code_view, self)),
                name="feedback_submission_call_code",
            ),
            path("take-next/", view(self.take_next_view), name="feedback_submission_take_next"),
            path(
                "<int:pk>/assign-to-me/",
                view(self.assign_to_me_view),
                name="feedback_submission_assign_to_me",
            ),
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "analytics_url": reverse("admin:feedback_submission_analytics"),
            "export_url": reverse("admin:feedback_submission_export"),
            "record_url": reverse("admin:feedback_submission_record")
            if self._may_record(request)
            else "",
            "take_next_url": reverse("admin:feedback_submission_take_next")
            if self.has_change_permission(request)
            else "",
        }
        return super().changelist_view(request, extra_context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        self._visible_or_404(request, object_id)
        case = self.get_object(request, object_id)
        extra_context = {
            **(extra_context or {}),
            "timeline": timeline.case_timeline(case),
            "other_cases": timeline.other_cases(case, request.user),
            "due": due_badge(case),
            "may_take": self.has_change_permission(request, case),
            "reply_max_length": DESCRIPTION_MAX_LENGTH,
        }
        return super().change_view(request, object_id, form_url, extra_context)

    def take_next_view(self, request):
        """Give the agent the unassigned case with the soonest promise in the queue they
        are looking at (the list's kind, language and region filters)."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_change_permission(request):
            raise PermissionDenied
        queue = {
            name: request.POST.get(field, "")[:10]
            for name, field in (
                ("kind", "kind__exact"),
                ("language", "language__exact"),
                ("region", "region__id__exact"),
            )
        }
        case = services.case_take_next(user=request.user, **queue)
        if case is None:
            self.message_user(request, _("No unassigned case waits in this queue."), messages.INFO)
            return redirect("admin:feedback_submission_changelist")
        self.message_user(
            request,
            _("%(reference)s is yours now.") % {"reference": case.reference},
            messages.SUCCESS,
        )
        return redirect("admin:feedback_submission_change", case.pk)

    def assign_to_me_view(self, request, pk):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        case = get_object_or_404(self.get_queryset(request), pk=pk)
        if not self.has_change_permission(request, case):
            raise PermissionDenied
        services.case_assign(submission=case, assignee=request.user, by=request.user)
        self.message_user(
            request,
            _("%(reference)s is yours now.") % {"reference": case.reference},
            messages.SUCCESS,
        )
        return redirect("admin:feedback_submission_change", case.pk)

    def _may_record(self, request):
        return self.has_change_permission(request) and bool(kinds_handled_by(request.user))

    def record_view(self, request):
        """Record a contact from another channel as the customer's submission."""
        if not self._may_record(request):
            raise PermissionDenied
        form = RecordContactForm(request.POST or None, user=request.user)
        if request.method == "POST" and form.is_valid():
            try:
                submission = services.submission_record(
                    recorded_by=request.user, **form.record_fields()
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                self.message_user(
                    request,
                    _("Recorded as %(reference)s; the customer gets a confirmation by e-mail.")
                    % {"reference": submission.reference},
                    messages.SUCCESS,
                )
                return redirect("admin:feedback_submission_change", submission.pk)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Record a contact from another channel"),
            "form": form,
        }
        return TemplateResponse(request, "admin/feedback/record.html", context)

    def analytics_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        weeks = analytics.clamp_weeks(request.GET.get("weeks"))
        report = analytics.build_report(
            self.get_queryset(request), weeks=weeks, kinds=kinds_handled_by(request.user)
        )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Feedback analytics"),
            "report": report,
            "weeks": weeks,
            "week_choices": analytics.WEEK_CHOICES,
            "shows_reports": request.user.is_superuser
            or request.user.has_perm("feedback.handle_suspicious"),
            "csat": ratings.csat_breakdown(self.get_queryset(request)),
            "satisfied": ratings.SATISFIED,
        }
        return TemplateResponse(request, "admin/feedback/analytics.html", context)

    def export_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        # The change list's own filtering: the export is exactly what the list shows.
        changelist = self.get_changelist_instance(request)
        cases = changelist.get_queryset(request).select_related("region", "assignee", "rating")
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
        response["Content-Disposition"] = f'attachment; filename="submissions-{stamp}.csv"'
        response.write("\ufeff")  # spreadsheet programs read UTF-8 (Chinese) correctly
        writer = csv.writer(response)
        writer.writerow([str(label) for label, _value in CSV_COLUMNS])
        for case in cases.iterator(chunk_size=500):
            writer.writerow([csv_safe(value(case)) for _label, value in CSV_COLUMNS])
        return response


@admin.register(Notification)
class NotificationAdmin(ViewOnlyMixin, admin.ModelAdmin):
    """Outgoing mail: what was sent, what is waiting, what failed and why."""

    list_display = [
        "submission",
        "purpose",
        "recipient",
        "state",
        "attempts",
        "last_attempt_at",
        "short_error",
    ]
    list_filter = ["state", "purpose"]
    search_fields = ["=submission__reference", "recipient"]
    list_select_related = ["submission"]
    readonly_fields = [
        "submission",
        "reply",
        "purpose",
        "recipient",
        "language",
        "state",
        "attempts",
        "last_error",
        "created_at",
        "last_attempt_at",
        "sent_at",
    ]
    actions = ["retry"]

    def get_queryset(self, request):
        visible = Submission.objects.visible_to(request.user)
        return super().get_queryset(request).filter(submission__in=visible)

    def get_urls(self):
        view = self.admin_site.admin_view(self.my_mail_view)
        return [path("mine/", view, name="feedback_notification_mine"), *super().get_urls()]

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "my_mail_url": self._my_mail_url(request)}
        return super().changelist_view(request, extra_context)

    def _my_mail_url(self, request):
        return reverse("admin:feedback_notification_mine") if kinds_handled_by(request.user) else ""

    def my_mail_view(self, request):
        """Which staff mails I get: each person turns kinds off and on again."""
        if not kinds_handled_by(request.user):
            raise PermissionDenied
        form = StaffMailForm(request.POST or None, user=request.user)
        if request.method == "POST" and form.is_valid():
            staffmail.preferences_set(user=request.user, wanted=set(form.cleaned_data["wanted"]))
            self.message_user(request, _("Your e-mail choices are saved."), messages.SUCCESS)
            return redirect("admin:feedback_notification_mine")
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("My e-mail notifications"),
            "form": form,
        }
        return TemplateResponse(request, "admin/feedback/my_mail.html", context)

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("last error"))
    def short_error(self, obj):
        return obj.last_error[:100]

    @admin.action(description=_("Send again now"), permissions=["view"])
    def retry(self, request, queryset):
        count = outbox.notifications_retry(notifications=queryset)
        self.message_user(
            request,
            ngettext("%(count)d e-mail queued again.", "%(count)d e-mails queued again.", count)
            % {"count": count},
            messages.SUCCESS,
        )


from feedback import admin_inbound  # noqa: E402, F401  (held inbound mail; see that module)
