"""The apps' events, turned into webhook deliveries (connected from ApiConfig.ready)."""

from contacts.signals import impostor_listed, impostor_unlisted
from feedback.signals import case_created, case_resolved


def _impostor(impostor) -> dict:
    return {
        "kind": impostor.kind,
        "value": impostor.value,
        "normalised": impostor.value_normalised,
        "region": impostor.region.code if impostor.region_id else None,
        "reported_at": impostor.reported_at,
    }


def _case(submission) -> dict:
    return {
        "reference": submission.reference,
        "kind": submission.kind,
        "status": submission.status,
        "region": submission.region.code if submission.region_id else None,
        "created_at": submission.created_at,
    }


def _emit(event, payload):
    from api.webhooks import event_emit  # imports models: not before the apps are ready

    event_emit(event, payload)


def on_impostor_listed(sender, impostor, **kwargs):
    _emit("impostor.added", _impostor(impostor))


def on_impostor_unlisted(sender, impostor, **kwargs):
    _emit("impostor.removed", _impostor(impostor))


def on_case_created(sender, submission, **kwargs):
    _emit("case.created", _case(submission))


def on_case_resolved(sender, submission, **kwargs):
    _emit("case.resolved", _case(submission))


def connect() -> None:
    impostor_listed.connect(on_impostor_listed, dispatch_uid="api.impostor_listed")
    impostor_unlisted.connect(on_impostor_unlisted, dispatch_uid="api.impostor_unlisted")
    case_created.connect(on_case_created, dispatch_uid="api.case_created")
    case_resolved.connect(on_case_resolved, dispatch_uid="api.case_resolved")
