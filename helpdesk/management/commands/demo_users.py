from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from helpdesk import roles

DEMO_PASSWORD = "okpay-demo-2026"  # noqa: S105 - printed on purpose; refused when DEBUG is off
DEMO_USERS = [
    # username, group (None: superuser)
    ("admin", None),
    ("editor", roles.CONTENT_EDITORS),
    ("agent", roles.SUPPORT_AGENTS),
    ("analyst", roles.SECURITY_ANALYSTS),
]


class Command(BaseCommand):
    help = "Create the demo staff logins (development only) and print them."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Demo logins are for local development only (DEBUG is off).")
        User = get_user_model()
        roles.sync_roles()
        for username, group_name in DEMO_USERS:
            user, created = User.objects.get_or_create(
                username=username, defaults={"email": f"{username}@example.com"}
            )
            if created:
                user.set_password(DEMO_PASSWORD)
            user.is_staff = True
            user.is_superuser = group_name is None
            user.save()
            if group_name:
                user.groups.set([Group.objects.get(name=group_name)])
        self.stdout.write(
            self.style.SUCCESS(f"Demo staff logins (password for all: {DEMO_PASSWORD}):")
        )
        for username, group_name in DEMO_USERS:
            self.stdout.write(f"  {username:<8} {group_name or 'superuser'}")
