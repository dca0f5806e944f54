from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from helpdesk import roles

DEMO_PASSWORD = "okpay-demo-2026"  # noqa: S105 - printed on purpose; refused when DEBUG is off
DEMO_USERS = [
    # username, groups (none: superuser)
    ("admin", ()),
    ("editor", (roles.CONTENT_EDITORS,)),
    ("agent", (roles.SUPPORT_AGENTS,)),
    ("analyst", (roles.SECURITY_ANALYSTS,)),
    # A support agent who also leads the desk: gets the weekly digest, edits promised times.
    ("lead", (roles.SUPPORT_AGENTS, roles.DESK_LEADS)),
]


class Command(BaseCommand):
    help = "Create the demo staff logins (development only) and print them."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Demo logins are for local development only (DEBUG is off).")
        User = get_user_model()
        roles.sync_roles()
        for username, group_names in DEMO_USERS:
            user, created = User.objects.get_or_create(
                username=username, defaults={"email": f"{username}@example.com"}
            )
            if created:
                user.set_password(DEMO_PASSWORD)
            user.is_staff = True
            user.is_superuser = not group_names
            user.save()
            if group_names:
                user.groups.set(Group.objects.filter(name__in=group_names))
        self.stdout.write(
            self.style.SUCCESS(f"Demo staff logins (password for all: {DEMO_PASSWORD}):")
        )
        for username, group_names in DEMO_USERS:
            self.stdout.write(f"  {username:<8} {' + '.join(group_names) or 'superuser'}")
