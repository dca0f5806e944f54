"""Customers' cases: create feedback, complaints and reports; read a case by its token.

Anyone may create one, under the web forms' rules: the same form classes
validate it (secret screening and upload checks included), the same rate
limits count it, and the same service stores it. An `Idempotency-Key` header
is required: the same key again returns the first case; the same key with a
different body is refused (409). A case is read with the signed token the
answer (and every e-mail) carries; nothing else opens it.
"""

import base64
import binascii
import uuid

from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import JsonResponse
from django.utils.datastructures import MultiValueDict
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from ninja import Header, Router

from api import schemas
from api.answers import requested_language
from api.errors import ApiError
from contacts.models import Region
from feedback import conversation, links, services
from feedback.forms import FeedbackForm, ReportForm
from feedback.models import Status, Submission
from helpdesk.lib.ratelimits import over_limit

router = Router(tags=["cases"])

# Keys are the client's own strings; stored as a UUID no web form token can take.
IDEMPOTENCY_NAMESPACE = uuid.UUID("6f1c3c52-4a0e-4f0c-9d55-2b6a3f0e8a11")
KEY_MAX_LENGTH = 200


def _idempotency_key(raw: str | None) -> uuid.UUID:
    key = (raw or "").strip()
    if not key or len(key) > KEY_MAX_LENGTH or not key.isprintable():
        raise ApiError(
            400,
            _("Send an Idempotency-Key header (1 to 200 characters) with every new case."),
            error="idempotency_key_required",
        )
    return uuid.uuid5(IDEMPOTENCY_NAMESPACE, key)


def _files(uploads: list[schemas.Upload]) -> MultiValueDict:
    files = []
    for upload in uploads:
        try:
            content = base64.b64decode(upload.content_base64, validate=True)
        except (binascii.Error, ValueError):
            raise ApiError(400, _("An attachment is not valid base64."), error="invalid") from None
        files.append(SimpleUploadedFile(upload.name, content))
    return MultiValueDict({"attachments": files}) if files else MultiValueDict()


def _limited(request, *, increment) -> bool:
    """The web forms' limits: every post loosely, stored submissions strictly."""
    if increment:
        return over_limit(request, group="feedback.submit", rate_setting="FEEDBACK_SUBMIT_RATE")
    return over_limit(
        request, group="feedback.post", rate_setting="FEEDBACK_POST_RATE"
    ) or over_limit(
        request, group="feedback.submit", rate_setting="FEEDBACK_SUBMIT_RATE", increment=False
    )


def _same_request(submission: Submission, kind: str, body: schemas.CaseIn) -> bool:
    return (
        submission.kind == kind
        and submission.description == body.description.strip()
        and submission.email.lower() == body.email.strip().lower()
    )


def _create(request, form_class, kind: str, body: schemas.CaseIn, key: str | None, data: dict):
    language = requested_language(request)
    token = _idempotency_key(key)
    existing = Submission.objects.filter(idempotency_key=token).first()
    if existing is not None:
        if not _same_request(existing, kind, body):
            raise ApiError(
                409,
                _("This Idempotency-Key was used for a different case."),
                error="idempotency_key_reused",
            )
        return _created(existing, created=False)
    if _limited(request, increment=False):
        raise ApiError(429, _("Too many submissions. Please try again later."), retry_after=3600)
    region = None
    if body.region:
        region = Region.objects.active().filter(code=body.region.lower()).first()
        if region is None:
            raise ApiError(400, _("There is no such region."), error="unknown_region")
    form = form_class(
        data={
            "token": str(token),
            "description": body.description,
            "email": body.email,
            "name": body.name,
            "transaction_id": body.transaction_id,
            "region": str(region.pk) if region else "",
            **data,
        },
        files=_files(body.attachments),
        region=region,
    )
    if not form.is_valid():
        problems = [
            {"field": field if field != "__all__" else "body", "problem": str(message)}
            for field, messages in form.errors.items()
            for message in messages
        ]
        raise ApiError(
            400, _("Some values are missing or wrong."), error="invalid", problems=problems
        )
    if _limited(request, increment=True):
        raise ApiError(429, _("Too many submissions. Please try again later."), retry_after=3600)
    try:
        submission, created = services.submission_create(
            language=language or get_language(), **form.submission_fields()
        )
    except OSError:
        raise ApiError(
            503, _("We could not save your files just now, so nothing was sent."), retry_after=60
        ) from None
    return _created(submission, created=created)


def _created(submission, *, created):
    out = schemas.CaseCreated(
        reference=submission.reference,
        kind=submission.kind,
        status=submission.status,
        case_token=links.case_token(submission),
        created=created,
    )
    return JsonResponse(out.model_dump(mode="json"), status=201 if created else 200)


CREATE_RESPONSES = {
    200: schemas.CaseCreated,
    201: schemas.CaseCreated,
    400: schemas.Error,
    409: schemas.Error,
    429: schemas.Error,
}


@router.post("/feedback", response=CREATE_RESPONSES, summary="Send feedback or a complaint")
def feedback_create(
    request,
    body: schemas.FeedbackIn,
    idempotency_key: str | None = Header(None, alias="Idempotency-Key"),
):
    kind = body.kind
    return _create(
        request, FeedbackForm, kind, body, idempotency_key, {"kind": kind, "topic": body.topic}
    )


@router.post("/reports", response=CREATE_RESPONSES, summary="Report suspicious activity")
def report_create(
    request,
    body: schemas.ReportIn,
    idempotency_key: str | None = Header(None, alias="Idempotency-Key"),
):
    data = {
        "incident": body.incident,
        "suspicious_contact": body.suspicious_contact,
        "occurred_on": body.occurred_on.isoformat() if body.occurred_on else "",
        "amount": body.amount,
        "currency": body.currency,
    }
    return _create(request, ReportForm, "suspicious", body, idempotency_key, data)


@router.get(
    "/{token}",
    response={200: schemas.CaseOut, 404: schemas.Error},
    summary="A case's status and thread, with its signed token",
)
def case_read(request, token: str):
    language = requested_language(request)
    submission = links.submission_for_token(token)
    if submission is None:
        raise ApiError(404, _("This case link does not work (any more)."))
    from django.utils import translation

    with translation.override(language):
        out = schemas.CaseOut(
            reference=submission.reference,
            kind=submission.kind,
            status=submission.status,
            status_label=str(Status(submission.status).label),
            next_step=conversation.next_step(submission),
            created_at=submission.created_at,
            thread=[
                schemas.ThreadEntry(
                    author=entry.author,
                    body=entry.body,
                    created_at=entry.created_at,
                    files=[f.name for f in entry.files],
                )
                for entry in conversation.thread(submission)
            ],
        )
    response = JsonResponse(out.model_dump(mode="json"), json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = "private, no-store"
    return response
