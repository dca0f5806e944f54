from django.conf import settings
from django.core.management.base import BaseCommand

from feedback.services import submissions_anonymise


class Command(BaseCommand):
    help = (
        "Anonymise closed submissions older than FEEDBACK_RETENTION_DAYS (or --days): "
        "remove personal data and evidence files, keep the statistics. Run daily."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Override the age in days.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be anonymised."
        )

    def handle(self, *args, days=None, dry_run=False, **options):
        days = settings.FEEDBACK_RETENTION_DAYS if days is None else days
        count = submissions_anonymise(older_than_days=days, dry_run=dry_run)
        verb = "Would anonymise" if dry_run else "Anonymised"
        self.stdout.write(f"{verb} {count} closed submission(s) older than {days} days.")
