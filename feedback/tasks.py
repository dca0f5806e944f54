"""The feedback app's scheduled jobs (helpdesk.lib.schedules): queued by the
scheduler at their times, run by the task worker."""

from django.conf import settings
from django.tasks import task
from django.utils.translation import gettext_lazy as _

from feedback import digest, services, staffmail
from helpdesk.lib.schedules import scheduled


@scheduled("*/5 * * * *", description=_("Mail about promised times that are close or missed"))
@task()
def sweep_due_times() -> dict:
    return staffmail.due_sweep()


@scheduled("0 7 * * mon", description=_("Weekly digest to the desk leads"))
@task()
def weekly_digest() -> int:
    return digest.digest_send()


@scheduled("30 2 * * *", description=_("Anonymise closed cases older than the retention period"))
@task()
def anonymise_old_cases() -> int:
    return services.submissions_anonymise(older_than_days=settings.FEEDBACK_RETENTION_DAYS)
