from django.core.management.base import BaseCommand
from django.db import connection

from faq.search import schema
from faq.search.index import index_rebuild


class Command(BaseCommand):
    help = "Rebuild the search index and vocabulary from every article (safe to repeat)."

    def handle(self, *args, **options):
        made = index_rebuild(progress=self._progress if options["verbosity"] > 1 else None)
        self.stdout.write(self.style.SUCCESS(f"Search index rebuilt: {made} documents."))
        if schema.vacuum(connection):
            self.stdout.write("Search tables vacuumed and analysed.")

    def _progress(self, made):
        self.stdout.write(f"  {made} documents")
