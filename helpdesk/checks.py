"""Deployment checks of our own, run by `manage.py check --deploy`."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def shared_cache_check(app_configs, **kwargs):
    if settings.REDIS_URL:
        return []
    return [
        Warning(
            "REDIS_URL is not set: caches and rate limits are kept per process.",
            hint="Several app servers or workers must share one Redis (REDIS_URL).",
            id="helpdesk.W001",
        )
    ]
