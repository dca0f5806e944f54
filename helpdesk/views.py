"""Site-wide pages: home, health check, robots.txt."""

import logging
import sys
from functools import partial

from django.conf import settings
from django.core.cache import cache
from django.db import InterfaceError, OperationalError, connection
from django.http import (
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseServerError,
    JsonResponse,
)
from django.shortcuts import redirect
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView

from contacts.regions import VisitorRegionMixin
from faq.models import Article, Category
from faq.schedule import articles_true_until
from feedback.outbox import outbox_state
from helpdesk.lib.pagecache import CachedPageMixin

logger = logging.getLogger(__name__)

POPULAR_LIMIT = 6


class HomeView(CachedPageMixin, VisitorRegionMixin, TemplateView):
    template_name = "helpdesk/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        region = context["region"]
        articles_true_until()
        # Computed only when the template's fragments are not stored.
        context["categories"] = partial(self.categories, region)
        context["popular_articles"] = partial(self.popular_articles, region)
        return context

    @staticmethod
    def categories(region):
        articles_true_until()  # the fragment's own end
        return Category.objects.with_article_counts(region)

    @staticmethod
    def popular_articles(region):
        articles_true_until()  # the fragment's own end
        return (
            Article.objects.published()
            .for_visitor_region(region)
            .for_lists()
            .select_related("category")
            .most_viewed(POPULAR_LIMIT)
        )


@never_cache
@require_GET
def healthz(request):
    """For load balancers and monitors.

    HTTP 503 when the database or the cache fails (this server cannot serve);
    otherwise 200. Mail waiting too long in the outbox (the worker stopped, the
    mail server refusing) makes the body's "status" "degraded" but keeps the 200:
    the site still serves, and a balancer must not take it out for mail.
    """
    checks = {}
    outbox = None
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
        outbox = outbox_state()
        checks["outbox"] = outbox["status"]
    except Exception:
        logger.exception("Health check: database unavailable")
        checks["database"] = "error"
    try:
        cache.set("healthz", "ok", timeout=5)
        checks["cache"] = "ok" if cache.get("healthz") == "ok" else "error"
    except Exception:
        logger.exception("Health check: cache unavailable")
        checks["cache"] = "error"
    healthy = checks["database"] == "ok" and checks["cache"] == "ok"
    status = "error" if not healthy else ("degraded" if checks["outbox"] != "ok" else "ok")
    body = {"status": status, "checks": checks}
    if outbox is not None:
        body["outbox"] = {key: value for key, value in outbox.items() if key != "status"}
    return JsonResponse(body, status=200 if healthy else 503)


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /staff/",
        "Disallow: /*/feedback/",
        "Disallow: /*/report/",
        "Disallow: /*/status/",
        "Disallow: /*/search/",
        "Disallow: /*/contact/verify/",
        f"Sitemap: {request.build_absolute_uri(reverse('django.contrib.sitemaps.views.sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says; send them to the SVG."""
    return redirect(static("favicon.svg"))


def bad_request(request, exception):
    """The 400 page, rendered without the request: a bad Host header is one cause,
    and the site's chrome would read the host again (canonical links) and fail."""
    context = {"brand_name": settings.BRAND_NAME}
    return HttpResponseBadRequest(loader.get_template("400.html").render(context))


@requires_csrf_token
def server_error(request):
    """The 500 page; a 503 "try again shortly" page when the database is unreachable.

    Django calls this inside its exception handler, so the exception is still
    in sys.exc_info(). Neither page touches the database: they are rendered
    with a plain context (no context processors, user or session).
    """
    exception = sys.exc_info()[1]
    context = {"brand_name": settings.BRAND_NAME}
    # Connection-level failures (server down, refused, dropped), not a bad query.
    if isinstance(exception, OperationalError | InterfaceError):
        response = HttpResponse(loader.get_template("503.html").render(context), status=503)
        response["Retry-After"] = "30"
        return response
    return HttpResponseServerError(loader.get_template("500.html").render(context))
