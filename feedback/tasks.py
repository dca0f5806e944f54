"""Background work: e-mail delivery, run by the task queue after a commit."""

from django.tasks import task

from feedback import services


@task()
def deliver_notification(notification_id: int) -> bool:
    return services.notification_deliver(notification_id=notification_id)
