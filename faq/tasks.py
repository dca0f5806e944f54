"""The knowledge base's scheduled jobs (helpdesk.lib.schedules): queued by the
scheduler at their times, run by the task worker."""

from django.tasks import task
from django.utils.translation import gettext_lazy as _

from faq import reviews
from helpdesk.lib.schedules import scheduled


@scheduled("0 8 * * mon", description=_("Remind article owners of the reviews that are due"))
@task()
def review_reminders() -> int:
    return reviews.send_review_reminders()
