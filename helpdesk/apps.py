from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class HelpdeskConfig(AppConfig):
    name = "helpdesk"
    verbose_name = _("Help portal")

    def ready(self):
        from helpdesk import checks  # noqa: F401  (registers the checks)
        from helpdesk.pagecache import bump_content_version
        from helpdesk.roles import sync_roles

        # After migrate, when every app's permissions exist.
        post_migrate.connect(sync_roles, dispatch_uid="helpdesk.sync_roles")
        # Cached public pages go stale when content they show changes.
        for signal in (post_save, post_delete):
            signal.connect(bump_content_version, dispatch_uid=f"pagecache.{signal}")
        m2m_changed.connect(self._bump_for_m2m, dispatch_uid="pagecache.m2m")

    @staticmethod
    def _bump_for_m2m(sender, instance, **kwargs):
        from helpdesk.pagecache import bump_content_version

        bump_content_version(type(instance))
