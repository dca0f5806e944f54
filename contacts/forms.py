from crispy_forms.helper import FormHelper
from django import forms
from django.utils.translation import gettext_lazy as _

from contacts.verification import MAX_INPUT_LENGTH


class _InlineFormMixin:
    """Rendered field by field inside the template's own <form>."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True


class VerifyForm(_InlineFormMixin, forms.Form):
    q = forms.CharField(
        label=_("Phone number, e-mail address, web address or social handle"),
        required=False,
        max_length=MAX_INPUT_LENGTH,
        widget=forms.TextInput(
            attrs={
                "placeholder": _("e.g. +1 202-555-0142 or help@okpay.example"),
                "autocomplete": "off",
                "spellcheck": "false",
                "inputmode": "text",
            }
        ),
    )


class RegionChoiceForm(_InlineFormMixin, forms.Form):
    """Pick a region to remember; the empty choice forgets it (worldwide)."""

    region = forms.ChoiceField(label=_("Choose a region"), required=False)

    def __init__(self, *args, regions, **kwargs):
        super().__init__(*args, **kwargs)
        self.regions = {region.code: region for region in regions}
        self.fields["region"].choices = [("", _("Worldwide / other"))] + [
            (region.code, region.name) for region in regions
        ]

    def chosen_region(self):
        return self.regions.get(self.cleaned_data["region"])
