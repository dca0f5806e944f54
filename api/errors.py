"""The one shape of every API error: {"error": code, "detail": text, ...}.

Clients switch on `error` (stable, English, snake_case); `detail` is for people
and follows the request's language.
"""

from django.http import JsonResponse

REASONS = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    411: "length_required",
    413: "body_too_large",
    415: "unsupported_media_type",
    422: "unprocessable",
    429: "rate_limited",
    500: "server_error",
    503: "unavailable",
}


class ApiError(Exception):
    """Raised in an endpoint; answered as a JSON error by the API's handler."""

    def __init__(self, status: int, detail: str, *, error: str = "", **extra):
        super().__init__(detail)
        self.status, self.detail = status, str(detail)
        self.error = error or REASONS.get(status, "error")
        self.extra = extra


def error_response(status: int, detail: str, *, error: str = "", **extra) -> JsonResponse:
    body = {"error": error or REASONS.get(status, "error"), "detail": str(detail), **extra}
    response = JsonResponse(body, status=status, json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = "no-store"
    return response
