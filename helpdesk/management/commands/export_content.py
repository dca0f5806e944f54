"""`manage.py export_content DIR`: write the database's content as a content folder."""

from django.core.management.base import BaseCommand, CommandError

from helpdesk.content.exporter import export_files, write_folder
from helpdesk.content.files import ContentError


class Command(BaseCommand):
    help = (
        "Write the FAQ, the contact directory and the synonyms to DIR as Markdown and TOML "
        "(the format import_content reads). DIR must be empty, new or a content folder: files "
        "no longer in the database are removed from it. Customer data is never written."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", metavar="DIR")

    def handle(self, *args, directory, **options):
        try:
            files = export_files()
            written, removed, unchanged = write_folder(directory, files)
        except ContentError as error:
            raise CommandError(f"Nothing exported:\n{error}") from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Exported {len(files)} files to {directory}: {written} written, "
                f"{removed} removed, {unchanged} unchanged."
            )
        )
