"""The API's documentation page: Swagger UI from static/vendor (no CDN)."""

from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET


@require_GET
def docs(request):
    return render(request, "api/docs.html", {"openapi_url": reverse("api:openapi-json")})
