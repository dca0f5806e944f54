"""Admin building blocks every app uses."""

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.contrib.auth import get_user_model
from django.http import Http404
from simple_history.admin import SimpleHistoryAdmin


class ViewOnlyMixin:
    """For admins and inlines of rows that only the system writes (votes,
    search gaps, e-mails, evidence files): staff may look, never add or edit.
    Deleting stays with the model's own permissions."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class ViewOnlyInline(ViewOnlyMixin, admin.TabularInline):
    """The rows a parent collected, shown read-only in its change form."""

    extra = 0
    can_delete = False

    def get_readonly_fields(self, request, obj=None):
        return self.fields


class ScopedObjectViewsMixin:
    """For admins whose get_queryset() narrows what a user may see: an object outside
    it answers 404 on its change and history pages, the same answer as for one that
    does not exist (django-simple-history looks a past version up on its own)."""

    def _visible_or_404(self, request, object_id):
        try:
            pk = int(unquote(object_id))
        except ValueError:
            raise Http404 from None
        if not self.get_queryset(request).filter(pk=pk).exists():
            raise Http404

    def change_view(self, request, object_id, form_url="", extra_context=None):
        self._visible_or_404(request, object_id)
        return super().change_view(request, object_id, form_url, extra_context)

    def history_view(self, request, object_id, extra_context=None):
        self._visible_or_404(request, object_id)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        self._visible_or_404(request, object_id)
        return super().history_form_view(request, object_id, version_id, extra_context)


class HistoryAdmin(SimpleHistoryAdmin):
    """Change history, where "changed by" links to the user only for staff who may
    open users: for anyone else (content editors) the link would answer 403. The list
    of versions is our own template: django-simple-history's sets an inline style,
    which the Content Security Policy refuses."""

    object_history_list_template = "admin/history_list.html"

    def render_history_view(self, request, template, context, **kwargs):
        user_model = get_user_model()
        opts = (user_model._meta.app_label, user_model._meta.model_name)
        if not request.user.has_perm("{}.view_{}".format(*opts)):
            # {% url "" as admin_user_url %} resolves to nothing: the name alone is shown.
            context["admin_user_view"] = ""
        return super().render_history_view(request, template, context, **kwargs)
