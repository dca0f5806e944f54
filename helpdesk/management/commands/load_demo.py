from django.core.management.base import BaseCommand, CommandError

from helpdesk.content.demo import load_demo
from helpdesk.content.files import ContentError


class Command(BaseCommand):
    help = (
        "Load (or refresh) the demo: the bundled content folder (helpdesk/demo/content/, as "
        "import_content does) and the demo-only submissions and view counts "
        "(helpdesk/demo/demo.toml). Safe to run repeatedly."
    )

    def handle(self, *args, **options):
        try:
            report, counts = load_demo()
        except ContentError as error:
            raise CommandError(f"Demo not loaded:\n{error}") from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content loaded: {report.summary()}; "
                f"{counts['submissions']} demo submissions."
            )
        )
