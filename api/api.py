"""The API's root: version 1, its OpenAPI document and its error answers."""

from django.http import Http404
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError

from api import cases, feed, public, staff
from api.errors import ApiError, error_response

api = NinjaAPI(
    title="OKPay Help API",
    version="1",
    description=(
        'The help portal\'s articles, search, contact channels and "is it really us?" '
        "check, customers' cases, and staff triage with a token."
    ),
    urls_namespace="api",
    docs_url=None,  # the page is ours (api.views.docs): vendored assets, no CDN
    openapi_url="/openapi.json",
)
api.add_router("/", public.router)
api.add_router("/", feed.router)
api.add_router("/cases", cases.router)
api.add_router("/staff", staff.router)


@api.exception_handler(ApiError)
def _api_error(request, exc: ApiError):
    response = error_response(exc.status, exc.detail, error=exc.error, **exc.extra)
    if "retry_after" in exc.extra:
        response["Retry-After"] = str(exc.extra["retry_after"])
    return response


@api.exception_handler(NinjaValidationError)
def _invalid(request, exc: NinjaValidationError):
    problems = [
        {
            "field": ".".join(str(part) for part in error.get("loc", ())[1:]) or "body",
            "problem": error.get("msg", ""),
        }
        for error in exc.errors
    ]
    return error_response(
        400, _("Some values are missing or wrong."), error="invalid", problems=problems
    )


@api.exception_handler(AuthenticationError)
def _unauthenticated(request, exc):
    response = error_response(401, _("A valid staff token is needed."))
    response["WWW-Authenticate"] = "Bearer"
    return response


@api.exception_handler(Http404)
def _not_found(request, exc):
    return error_response(404, _("There is nothing at this address."))


@api.exception_handler(HttpError)
def _http_error(request, exc: HttpError):
    return error_response(exc.status_code, str(exc))
