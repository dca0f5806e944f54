from django.conf import settings


def portal(request):
    return {"brand_name": settings.BRAND_NAME}
