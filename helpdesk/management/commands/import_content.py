"""`manage.py import_content DIR [--dry-run] [--prune]`: load a content folder."""

from django.core.management.base import BaseCommand, CommandError

from helpdesk.content.files import ContentError
from helpdesk.content.importer import import_content


class Command(BaseCommand):
    help = (
        "Load the FAQ, the contact directory and the synonyms from DIR (the format "
        "export_content writes). Rows are matched by their natural keys and saved only when "
        "they differ; a named row's hours and its links to other named rows follow the "
        "folder; rows the folder does not name are kept unless --prune is given. Any problem "
        "refuses the whole folder and changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", metavar="DIR")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Print what would be added, changed and removed; change nothing.",
        )
        parser.add_argument(
            "--prune",
            action="store_true",
            help="Delete content rows the folder does not name (articles, channels, ...).",
        )

    def handle(self, *args, directory, dry_run, prune, verbosity, **options):
        try:
            report = import_content(directory, dry_run=dry_run, prune=prune)
        except ContentError as error:
            count = len(error.problems)
            raise CommandError(
                f"Nothing imported: {count} problem{'s' if count != 1 else ''} in {directory}:\n"
                f"{error}"
            ) from error
        if dry_run or verbosity >= 2:
            for line in report.lines():
                self.stdout.write(line)
        verb = "Would import" if dry_run else "Imported"
        self.stdout.write(self.style.SUCCESS(f"{verb} {directory}: {report.summary()}."))
