from crispy_forms.helper import FormHelper
from django import forms
from django.utils.translation import gettext_lazy as _

from faq.models import COMMENT_MAX_LENGTH
from helpdesk.lib.screening import refuse_secrets


class VoteForm(forms.Form):
    helpful = forms.TypedChoiceField(
        label=_("Was this article helpful?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
    )
    comment = forms.CharField(
        label=_("What was missing? (optional)"),
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True

    def clean_comment(self):
        # Read by editors: the same rule as every other free text a customer writes.
        return refuse_secrets(self.cleaned_data["comment"], where=_("your comment"))
