from django.urls import path, register_converter

from contacts import views
from helpdesk.lib.converters import PatternConverter


class RegionCodeConverter(PatternConverter):
    """Lower-case ISO 3166 alpha-2 only: /contact/HK/ and /contact/hkg/ are 404."""

    regex = "[a-z]{2}"


register_converter(RegionCodeConverter, "region")

app_name = "contacts"

urlpatterns = [
    path("contact/", views.DirectoryView.as_view(), name="directory"),
    path("contact/verify/", views.VerifyView.as_view(), name="verify"),
    path("contact/region/", views.choose_region, name="choose_region"),
    path("contact/<region:region>/", views.RegionView.as_view(), name="region"),
]
