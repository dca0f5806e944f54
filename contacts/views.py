"""Public contact pages: the directory by region and "Is it really us?".

Anyone may read them. The only write is remembering the region a visitor
chose, in a cookie, by POST. Lookups on the verify page are rate-limited per
client; showing the empty page is not counted.
"""

from functools import partial

from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView

from contacts.directory import directory_for
from contacts.forms import RegionChoiceForm, VerifyForm
from contacts.models import ContactGuidance, Region
from contacts.regions import (
    REGION_COOKIE,
    REGION_COOKIE_MAX_AGE,
    active_regions,
    visitor_region,
)
from contacts.verification import verify
from helpdesk.lib.pagecache import CachedPageMixin
from helpdesk.lib.ratelimits import over_limit

VERIFY_RATE_GROUP = "contacts.verify"


def region_choice_form(regions, region):
    """The region picker, unbound: the same for every visitor of the region (it
    is stored in a fragment; its CSRF token is rendered outside)."""
    return RegionChoiceForm(regions=regions, initial={"region": region.code if region else ""})


def contact_guidance(region):
    return list(ContactGuidance.objects.active().for_region(region))


class ContactPageMixin(CachedPageMixin):
    """The shape every directory page shares: channels, advice, region picker.

    Stored whole by the page cache until "open now" or the day changes
    (contacts.directory) or an alert starts or ends. With the page cache off
    (or on a page miss), all but the picker's CSRF token comes from fragments
    stored per region and language, which end at the same moments."""

    template_name = "contacts/directory.html"

    def get_region(self):
        raise NotImplementedError

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        region = self.get_region()
        # All but the region are computed only when the template's fragments
        # are not stored (and then within them, so that a fragment carries the
        # directory's end). The template calls the callables.
        regions = SimpleLazyObject(lambda: list(active_regions().values()))
        context.update(
            region=region,
            regions=regions,
            region_form=partial(region_choice_form, regions, region),
            directory=SimpleLazyObject(lambda: directory_for(region, now=timezone.now())),
            guidance=SimpleLazyObject(partial(contact_guidance, region)),
        )
        return context


class DirectoryView(ContactPageMixin, TemplateView):
    """/contact/: the remembered region, else the browser's, else worldwide channels."""

    def get_region(self):
        return visitor_region(self.request)

    def get_context_data(self, **kwargs):
        return super().get_context_data(is_directory=True, **kwargs)


class RegionView(ContactPageMixin, TemplateView):
    def get_region(self):
        if not hasattr(self, "region"):
            self.region = active_regions().get(self.kwargs["region"])
            if self.region is None:
                raise Http404("No such region")
        return self.region


@require_POST
def choose_region(request):
    """Remember the visitor's region (or forget it) and show its contacts."""
    form = RegionChoiceForm(request.POST, regions=Region.objects.active())
    region = form.chosen_region() if form.is_valid() else None
    if region is None:
        response = redirect("contacts:directory")
        response.delete_cookie(REGION_COOKIE, samesite="Lax")
        return response
    response = redirect(region.get_absolute_url())
    response.set_cookie(
        REGION_COOKIE,
        region.code,
        max_age=REGION_COOKIE_MAX_AGE,
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )
    return response


class VerifyView(TemplateView):
    template_name = "contacts/verify.html"

    def get(self, request, *args, **kwargs):
        form = VerifyForm(request.GET if "q" in request.GET else None)
        result = None
        if form.is_bound and form.is_valid() and form.cleaned_data["q"]:
            if over_limit(
                request, group=VERIFY_RATE_GROUP, rate_setting="CONTACT_VERIFY_RATE", method="GET"
            ):
                response = render(request, "contacts/rate_limited.html", status=429)
                response["Retry-After"] = "60"
                return response
            result = verify(form.cleaned_data["q"], region=visitor_region(request))
        return self.render_to_response(self.get_context_data(form=form, result=result))
