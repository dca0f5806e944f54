"""The feed of confirmed impostor values (numbers, addresses, hosts, handles).

Public, like the "is it really us?" page that names them: partners (banks,
telecoms, takedown services) pull it as JSON or CSV, with `since=` for what
changed after their last pull. Removals arrive by webhook (impostor.removed).
"""

import csv
import datetime
import io
import re

from django.http import HttpResponse
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema
from pydantic import Field

from api import schemas
from api.answers import cached_answer
from api.errors import ApiError
from contacts.models import KnownImpostor

router = Router(tags=["impostors"])

FEED_LIMIT = 5000
CSV_COLUMNS = ["kind", "value", "normalised", "region", "reported_at", "updated_at"]


class FeedQuery(Schema):
    since: datetime.datetime | None = Field(
        None, description="Only entries changed after this moment (ISO 8601)."
    )
    format: str = Field("json", pattern="^(json|csv)$")


def _entries(since):
    confirmed = (
        KnownImpostor.objects.confirmed().select_related("region").order_by("updated_at", "pk")
    )
    if since is not None:
        if since.tzinfo is None:
            raise ApiError(400, _("Give `since` with a time zone, e.g. 2026-12-01T00:00:00Z."))
        try:
            since = since.astimezone(datetime.UTC)  # databases take only usual offsets
        except OverflowError:
            raise ApiError(400, _("This moment is out of range.")) from None
        confirmed = confirmed.filter(updated_at__gt=since)
    return [
        schemas.ImpostorOut(
            kind=entry.kind,
            value=entry.value,
            normalised=entry.value_normalised,
            region=entry.region.code if entry.region_id else None,
            reported_at=entry.reported_at,
            updated_at=entry.updated_at,
        )
        for entry in confirmed[:FEED_LIMIT]
    ]


@router.get(
    "/impostors",
    response={200: schemas.ImpostorFeed, 400: schemas.Error},
    summary="Confirmed impostor values (JSON, or CSV with format=csv)",
    openapi_extra={"responses": {200: {"content": {"text/csv": {"schema": {"type": "string"}}}}}},
)
def impostors(request, params: Query[FeedQuery]):
    if params.format == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(CSV_COLUMNS)
        for entry in _entries(params.since):
            row = entry.model_dump(mode="json")
            writer.writerow([_csv_safe(row[column] or "") for column in CSV_COLUMNS])
        response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="impostors.csv"'
        return response

    def build():
        entries = _entries(params.since)
        return schemas.ImpostorFeed(count=len(entries), results=entries)

    return cached_answer(request, build)


def _csv_safe(value):
    """No cell a spreadsheet would run as a formula."""
    text = str(value)
    if text[:1] in ("=", "@", "\t", "\r") or (
        text[:1] in ("+", "-") and not _NUMBER.fullmatch(text)
    ):
        return f"'{text}"
    return text


_NUMBER = re.compile(r"[+-][\d\s().-]*")
