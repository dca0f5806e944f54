"""`manage.py check_content [DIR]`: check a content folder without touching the database."""

from django.core.management.base import BaseCommand, CommandError

from helpdesk.content.demo import CONTENT_DIR
from helpdesk.content.files import ContentError
from helpdesk.content.reader import read_content


class Command(BaseCommand):
    help = (
        "Check a content folder (default: the bundled demo content) as import_content does "
        "before writing: files, keys, types, references, links, phone numbers and e-mail "
        "addresses. Exits non-zero naming every problem."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", metavar="DIR", nargs="?", default=str(CONTENT_DIR))

    def handle(self, *args, directory, **options):
        try:
            content = read_content(directory)
        except ContentError as error:
            raise CommandError(f"{directory} has problems:\n{error}") from error
        self.stdout.write(
            self.style.SUCCESS(
                f"{directory}: {len(content.articles)} articles, "
                f"{len(content.channels)} channels: no problems."
            )
        )
