"""Events other apps may follow: a known impostor confirmed, or no longer listed.

Sent after the commit, whoever made the change (the admin, a confirmation from
a report, an import), so followers never see a change that was rolled back.
"""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import Signal

# kwargs: impostor (a KnownImpostor; after a delete, the deleted row's values)
impostor_listed = Signal()
impostor_unlisted = Signal()


def _remember(sender, instance, **kwargs):
    previous = (
        sender.objects.filter(pk=instance.pk).values("is_confirmed").first()
        if instance.pk
        else None
    )
    instance._was_confirmed = bool(previous and previous["is_confirmed"])


def _saved(sender, instance, **kwargs):
    was = getattr(instance, "_was_confirmed", False)
    if instance.is_confirmed and not was:
        transaction.on_commit(partial(impostor_listed.send, sender=sender, impostor=instance))
    elif was and not instance.is_confirmed:
        transaction.on_commit(partial(impostor_unlisted.send, sender=sender, impostor=instance))


def _deleted(sender, instance, **kwargs):
    if instance.is_confirmed:
        transaction.on_commit(partial(impostor_unlisted.send, sender=sender, impostor=instance))


def connect(model) -> None:
    pre_save.connect(_remember, sender=model, dispatch_uid="contacts.impostor.remember")
    post_save.connect(_saved, sender=model, dispatch_uid="contacts.impostor.saved")
    post_delete.connect(_deleted, sender=model, dispatch_uid="contacts.impostor.deleted")
