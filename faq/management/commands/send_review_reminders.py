"""`manage.py send_review_reminders`: e-mail owners the articles due for review (weekly)."""

from django.core.management.base import BaseCommand

from faq.reviews import send_review_reminders


class Command(BaseCommand):
    help = "E-mail each article owner the articles whose review date has come."

    def handle(self, *args, **options):
        sent = send_review_reminders()
        self.stdout.write(f"Review reminders sent: {sent}.")
