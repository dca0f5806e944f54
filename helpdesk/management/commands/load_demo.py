from django.core.management.base import BaseCommand

from helpdesk.demo.load import load_all


class Command(BaseCommand):
    help = "Load (or refresh) the demo content. Safe to run repeatedly."

    def handle(self, *args, **options):
        counts = load_all()
        summary = ", ".join(f"{count} {name}" for name, count in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Demo content loaded: {summary}."))
