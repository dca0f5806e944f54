"""Chat transcripts in the admin: read-only, for staff who may see submissions."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from chat.models import Chat, Message


class MessageInline(admin.TabularInline):
    model = Message
    fields = ("seq", "author", "sender", "body", "attachment", "created_at")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_view_permission(self, request, obj=None):
        return _may_read_transcripts(request.user)

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


def _may_read_transcripts(user):
    # Transcripts go with submissions: whoever may see submissions may read them.
    return user.is_active and user.has_perm("feedback.view_submission")


@admin.register(Chat)
class ChatAdmin(admin.ModelAdmin):
    list_display = ("created_at", "question_start", "language", "region", "state", "outcome")
    list_filter = ("state", "outcome", "language", "region")
    search_fields = ("question", "messages__body")
    date_hierarchy = "created_at"
    inlines = [MessageInline]
    exclude = ("session_key",)
    readonly_fields = (
        "public_id",
        "language",
        "region",
        "question",
        "state",
        "outcome",
        "agent",
        "rating",
        "submission",
        "is_anonymised",
        "created_at",
        "queued_at",
        "accepted_at",
        "ended_at",
        "last_seq",
    )

    @admin.display(description=_("question"))
    def question_start(self, obj):
        return obj.question[:80]

    def get_queryset(self, request):
        return super().get_queryset(request).visible_to(request.user)

    def has_view_permission(self, request, obj=None):
        return _may_read_transcripts(request.user)

    def has_module_permission(self, request):
        return self.has_view_permission(request)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False  # removal is the retention job's
