"""Admin building blocks every app uses."""

from django.contrib import admin


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
