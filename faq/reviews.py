"""Review dates: each owner hears once a week which of their articles are due.

`send_review_reminders()` sends one plain-text e-mail per owner listing the
articles whose "review by" date has come; the weekly job
`faq.tasks.review_reminders` calls it, and `manage.py send_review_reminders`
runs it by hand.

Mail goes through Django's mail API, not the feedback outbox: the knowledge
base may not use feedback (an import-linter contract), and this is a digest
to staff, not a message in a customer's case. A failed send raises, so the
task backend records the failure and the next week's run sends again (the
articles stay due until their owner moves the date on).
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from faq.models import Article


def due_by_owner(today=None):
    """{owner: [articles due]} for owners with an e-mail address."""
    due = (
        Article.objects.due_for_review(today)
        .filter(owner__is_active=True)
        .exclude(owner__email="")
        .select_related("owner")
        .order_by("owner", "review_by", "pk")
    )
    owners = {}
    for article in due:
        owners.setdefault(article.owner, []).append(article)
    return owners


def send_review_reminders(today=None) -> int:
    """One e-mail per owner with articles due for review; returns how many were sent."""
    today = today or timezone.localdate()
    site = settings.SITE_URL.rstrip("/")
    sent = 0
    with translation.override(settings.LANGUAGE_CODE):  # staff pages speak English first
        for owner, articles in due_by_owner(today).items():
            context = {
                "owner": owner,
                "articles": [
                    {
                        "title": article.title_en,
                        "review_by": article.review_by,
                        "url": site + reverse("admin:faq_article_change", args=[article.pk]),
                    }
                    for article in articles
                ],
                "due_list_url": site + reverse("admin:faq_article_changelist") + "?review=due",
            }
            subject = render_to_string("faq/email/review_reminder_subject.txt", context)
            message = EmailMessage(
                subject=" ".join(subject.split()),
                body=render_to_string("faq/email/review_reminder.txt", context),
                to=[owner.email],
            )
            message.send()
            sent += 1
    return sent
