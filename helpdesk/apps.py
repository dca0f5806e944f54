from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class HelpdeskConfig(AppConfig):
    name = "helpdesk"
    verbose_name = _("Help portal")

    def ready(self):
        from helpdesk import checks  # noqa: F401  (registers the checks)
        from helpdesk.roles import sync_roles

        # After migrate, when every app's permissions exist.
        post_migrate.connect(sync_roles, dispatch_uid="helpdesk.sync_roles")
