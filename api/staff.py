"""Staff triage with a token: the cases the token's user may handle, and replies.

The same rule as the admin decides what a user sees (Submission.objects
.visible_to, from their role's handle_feedback / handle_suspicious): another
role's case is answered 404, as if it did not exist. Replies need a write
token and the admin's reply permission, and go through the same service
(the customer is mailed).
"""

from django.utils.translation import gettext as _
from ninja import Query, Router, Schema
from ninja.responses import Status as Answer
from pydantic import Field

from api import schemas
from api.auth import read_token, write_token
from api.errors import ApiError
from feedback import services
from feedback.models import Status, Submission

router = Router(tags=["staff"])


class CaseFilter(Schema):
    status: str | None = Field(
        None, pattern="^(received|in_progress|waiting_customer|resolved|closed)$"
    )
    page: int = Field(1, ge=1, le=1000)
    page_size: int = Field(20, ge=1, le=100)


def _staff_case(submission) -> schemas.StaffCase:
    return schemas.StaffCase(
        reference=submission.reference,
        kind=submission.kind,
        status=submission.status,
        priority=submission.priority,
        email=submission.email,
        description=submission.description,
        created_at=submission.created_at,
    )


def _visible(request):
    return Submission.objects.visible_to(request.user)


@router.get(
    "/cases",
    auth=read_token,
    response={200: schemas.StaffCaseList, 401: schemas.Error},
    summary="Cases the token's user may handle, newest first",
)
def case_list(request, filters: Query[CaseFilter]):
    cases = _visible(request).order_by("-created_at", "-pk")
    if filters.status:
        cases = cases.filter(status=filters.status)
    start = (filters.page - 1) * filters.page_size
    return schemas.StaffCaseList(
        count=cases.count(),
        results=[_staff_case(s) for s in cases[start : start + filters.page_size]],
    )


def _case(request, reference):
    submission = _visible(request).filter(reference=reference.upper()[:20]).first()
    if submission is None:
        raise ApiError(404, _("There is no such case."))
    return submission


@router.get(
    "/cases/{reference}",
    auth=read_token,
    response={200: schemas.StaffCase, 401: schemas.Error, 404: schemas.Error},
    summary="One case",
)
def case_detail(request, reference: str):
    return _staff_case(_case(request, reference))


@router.post(
    "/cases/{reference}/replies",
    auth=write_token,
    response={
        201: schemas.StaffCase,
        400: schemas.Error,
        401: schemas.Error,
        403: schemas.Error,
        404: schemas.Error,
        409: schemas.Error,
    },
    summary="Reply to the customer (mailed to them)",
)
def case_reply(request, reference: str, body: schemas.ReplyIn):
    submission = _case(request, reference)
    if not request.user.has_perm("feedback.add_reply"):
        raise ApiError(403, _("You may not reply to customers."))
    if submission.status == Status.CLOSED or submission.anonymised_at is not None:
        raise ApiError(409, _("This case is closed."), error="case_closed")
    services.reply_create(submission=submission, author=request.user, body=body.body)
    submission.refresh_from_db()
    return Answer(201, _staff_case(submission))
