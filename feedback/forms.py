"""The customer forms: feedback/complaint, suspicious-activity report, status lookup.

Every field is checked on the server; the browser hints (maxlength, accept,
the secret warning in feedback.js) only save the customer a round trip.
"""

import datetime
import re
import uuid

from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Div, Fieldset, Layout
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from contacts.models import Region
from feedback import conversation
from feedback.models import DESCRIPTION_MAX_LENGTH, Incident, Kind, Topic
from feedback.uploads import EXTENSIONS, clean_upload
from helpdesk.lib.screening import refuse_secrets

PREFILL_MAX_LENGTH = 200
CURRENCIES = ["CNY", "HKD", "TWD", "USD", "EUR", "GBP", "AUD", "SGD", "JPY", "MYR"]
_TRANSACTION_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{3,63}$")
# Markup, template syntax, links, domains and addresses: never part of a person's name.
_NOT_A_NAME = re.compile(r"[<>{}\[\]/\\@:=;|`]|[\w-]{2,}\.[^\W\d_]{2,}")
# Incidents where the customer was contacted by someone, so we need the contact.
CONTACT_REQUIRED = {
    Incident.PHISHING,
    Incident.IMPOSTOR_CALL,
    Incident.FAKE_WEBSITE,
    Incident.FAKE_SOCIAL,
}


def clean_prefill(value: str) -> str:
    """A query-string value made safe to show in a field: printable and short."""
    printable = "".join(ch for ch in value[: PREFILL_MAX_LENGTH * 4] if ch.isprintable())
    return " ".join(printable.split())[:PREFILL_MAX_LENGTH]


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field (Django's documented pattern)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "widget",
            MultipleFileInput(attrs={"accept": ",".join(f".{ext}" for ext in EXTENSIONS)}),
        )
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if isinstance(data, list | tuple):
            return [super(MultipleFileField, self).clean(item, initial) for item in data if item]
        return [super().clean(data, initial)] if data else []


class HoneypotMixin(forms.Form):
    # Hidden from people by CSS; bots that fill every field reveal themselves.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    @property
    def is_bot(self):
        return bool(self.cleaned_data.get("website"))


def clean_person_name(raw: str) -> str:
    """A customer's name, whoever types it (the customer, or staff recording a call).

    The name is the one thing that goes into our own e-mail ("Hello <name>,"), sent
    to whatever address was typed: it must not be able to carry a link, an address
    or a number for phishing.
    """
    value = " ".join(raw.split())
    if value and (
        _NOT_A_NAME.search(value)
        or sum(ch.isdigit() for ch in value) > 2
        or not all(ch.isprintable() for ch in value)
    ):
        raise ValidationError(
            _("Please enter only your name, without links, addresses or numbers."),
            code="name",
        )
    return value


def attachments_field():
    return MultipleFileField(
        label=_("Screenshots or documents (optional)"),
        required=False,
        help_text=format_lazy(
            _("Up to {count} files: images (PNG, JPEG, GIF, WebP) or PDF, {size} MB each."),
            count=settings.FEEDBACK_MAX_FILES,
            size=settings.FEEDBACK_MAX_FILE_SIZE // (1024 * 1024),
        ),
    )


def clean_attachments(uploads) -> list:
    """The checked files of one form (feedback.uploads), or every reason they fail."""
    if len(uploads) > settings.FEEDBACK_MAX_FILES:
        raise ValidationError(
            _("Attach at most %(count)s files."),
            code="too_many_files",
            params={"count": settings.FEEDBACK_MAX_FILES},
        )
    if sum(upload.size or 0 for upload in uploads) > settings.FEEDBACK_MAX_TOTAL_SIZE:
        raise ValidationError(
            _("All files together may be at most %(size)s MB."),
            code="total_too_large",
            params={"size": settings.FEEDBACK_MAX_TOTAL_SIZE // (1024 * 1024)},
        )
    cleaned, errors = [], []
    for number, upload in enumerate(uploads, start=1):
        try:
            cleaned.append(clean_upload(upload))
        except ValidationError as error:
            for message in error.messages:
                errors.append(
                    ValidationError(
                        _("File %(number)s: %(message)s"),
                        code=error.code,
                        params={"number": number, "message": message},
                    )
                )
    if errors:
        raise ValidationError(errors)
    return cleaned


class SubmissionForm(HoneypotMixin, forms.Form):
    """Fields both customer forms share."""

    token = forms.UUIDField(widget=forms.HiddenInput)
    # Set from the case page's "start a new submission about this" link.
    follows = forms.CharField(required=False, max_length=200, widget=forms.HiddenInput)
    description = forms.CharField(
        label=_("Description"),
        min_length=10,
        max_length=DESCRIPTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Never include passwords, one-time codes, recovery phrases or full card numbers."
        ),
    )
    transaction_id = forms.CharField(
        label=_("Transaction ID (optional)"),
        required=False,
        max_length=64,
        help_text=_("Shown in the app under Activity, e.g. TX20260412-0042."),
    )
    region = forms.ModelChoiceField(
        label=_("Your region"), queryset=Region.objects.none(), required=False
    )
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        help_text=_("We send the reference and our replies here."),
    )
    name = forms.CharField(label=_("Your name (optional)"), required=False, max_length=120)
    attachments = attachments_field()

    def __init__(self, *args, region=None, follows="", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].queryset = Region.objects.active()
        self.fields["region"].empty_label = _("Choose your region")
        if not self.is_bound:
            self.initial.setdefault("token", uuid.uuid4())
            if follows:
                self.initial["follows"] = follows[:200]
            if region is not None:
                self.initial.setdefault("region", region.pk)
        self.fields["description"].widget.attrs.update(
            {"data-suggest": "description", "data-secret-check": "true"}
        )
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.layout = self.get_layout()

    def get_layout(self):
        raise NotImplementedError

    def contact_fields(self):
        return Fieldset(
            _("How we reach you"),
            "email",
            "name",
            HTML('{% include "feedback/includes/consent.html" %}'),
        )

    def suggestions(self):
        return HTML('{% include "feedback/includes/suggestions.html" %}')

    def honeypot(self):
        return Div("website", css_class="hp-field", aria_hidden="true")

    def clean_description(self):
        return refuse_secrets(self.cleaned_data["description"])

    def clean_name(self):
        return clean_person_name(self.cleaned_data["name"])

    def clean_transaction_id(self):
        value = self.cleaned_data["transaction_id"].strip()
        if value and not _TRANSACTION_ID.match(value):
            raise ValidationError(
                _("Use only letters, digits, dashes and underscores (4 to 64 characters)."),
                code="transaction_id",
            )
        return value

    def clean_attachments(self):
        return clean_attachments(self.cleaned_data["attachments"])

    def clean_follows(self):
        # Signed on the case page (feedback.conversation): a forged or stale value
        # is dropped rather than refused, the submission itself still matters.
        token = self.cleaned_data["follows"]
        return conversation.submission_followed(token) if token else None

    @property
    def follows_reference(self) -> str:
        token = self["follows"].value()
        earlier = conversation.submission_followed(token) if token else None
        return earlier.reference if earlier else ""

    def submission_fields(self) -> dict:
        """What the service needs, from the cleaned data."""
        data = self.cleaned_data
        return {
            "idempotency_key": data["token"],
            "description": data["description"],
            "transaction_id": data["transaction_id"],
            "region": data["region"],
            "email": data["email"],
            "name": data["name"],
            "files": data["attachments"],
            "follows": data["follows"],
        }


class FeedbackForm(SubmissionForm):
    kind = forms.ChoiceField(
        label=_("What would you like to send?"),
        choices=[
            (Kind.FEEDBACK, _("Feedback or a suggestion")),
            (Kind.COMPLAINT, _("A complaint")),
        ],
        initial=Kind.FEEDBACK,
        widget=forms.RadioSelect,
    )
    topic = forms.ChoiceField(label=_("Topic"), choices=[("", "---------"), *Topic.choices])
    # The order of the page, which the error summary follows.
    field_order = [
        "kind",
        "topic",
        "region",
        "description",
        "transaction_id",
        "attachments",
        "email",
        "name",
    ]

    def get_layout(self):
        return Layout(
            "token",
            "follows",
            Fieldset(
                _("Your message"),
                "kind",
                "topic",
                "region",
                "description",
                self.suggestions(),
                "transaction_id",
            ),
            Fieldset(_("Evidence"), "attachments"),
            self.contact_fields(),
            self.honeypot(),
        )

    def submission_fields(self):
        return {
            **super().submission_fields(),
            "kind": self.cleaned_data["kind"],
            "topic": self.cleaned_data["topic"],
        }


class ReportForm(SubmissionForm):
    incident = forms.ChoiceField(
        label=_("What happened?"), choices=Incident.choices, widget=forms.RadioSelect
    )
    suspicious_contact = forms.CharField(
        label=_("The suspicious contact"),
        required=False,
        max_length=PREFILL_MAX_LENGTH,
        help_text=_("The phone number, e-mail or web address, or social media handle they used."),
    )
    occurred_on = forms.DateField(
        label=_("When did it happen?"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    amount = forms.DecimalField(
        label=_("Amount lost (if money moved)"),
        required=False,
        min_value=0,
        max_digits=14,
        decimal_places=2,
    )
    currency = forms.ChoiceField(
        label=_("Currency"),
        required=False,
        choices=[("", "---------"), *[(code, code) for code in CURRENCIES]],
    )
    field_order = [
        "incident",
        "suspicious_contact",
        "occurred_on",
        "region",
        "description",
        "amount",
        "currency",
        "transaction_id",
        "attachments",
        "email",
        "name",
    ]

    def __init__(self, *args, prefill=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["description"].label = _("Tell us what happened")
        if not self.is_bound and prefill:
            contact = clean_prefill(prefill.get("contact", ""))
            if contact:
                self.initial["suspicious_contact"] = contact
            kind = prefill.get("kind", "")
            if kind in Incident.values:
                self.initial["incident"] = kind

    def get_layout(self):
        return Layout(
            "token",
            "follows",
            Fieldset(
                _("What happened"),
                "incident",
                "suspicious_contact",
                "occurred_on",
                "region",
                "description",
                self.suggestions(),
            ),
            Fieldset(_("If money moved"), "amount", "currency", "transaction_id"),
            Fieldset(_("Evidence"), "attachments"),
            self.contact_fields(),
            self.honeypot(),
        )

    def clean_suspicious_contact(self):
        return clean_prefill(self.cleaned_data["suspicious_contact"])

    def clean_occurred_on(self):
        day = self.cleaned_data["occurred_on"]
        if day and day > timezone.localdate() + datetime.timedelta(days=1):
            raise ValidationError(_("This date is in the future."), code="future")
        if day and day < datetime.date(2000, 1, 1):
            raise ValidationError(_("Please check the date."), code="too_old")
        return day

    def clean(self):
        data = super().clean()
        if data.get("incident") in CONTACT_REQUIRED and not data.get("suspicious_contact"):
            self.add_error(
                "suspicious_contact",
                ValidationError(
                    _("Tell us the number, address or handle that contacted you."),
                    code="required",
                ),
            )
        if data.get("amount") and not data.get("currency"):
            self.add_error("currency", ValidationError(_("Choose the currency."), code="required"))
        return data

    def submission_fields(self):
        data = self.cleaned_data
        return {
            **super().submission_fields(),
            "kind": Kind.SUSPICIOUS,
            "incident": data["incident"],
            "suspicious_contact": data["suspicious_contact"],
            "occurred_on": data["occurred_on"],
            "amount": data["amount"],
            "currency": data["currency"] if data["amount"] is not None else "",
        }


class StatusForm(forms.Form):
    reference = forms.CharField(
        label=_("Reference"),
        max_length=20,
        help_text=_("From the confirmation page or e-mail, e.g. FB-7KQ9-M2XT."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    email = forms.EmailField(
        label=_("E-mail address"), max_length=254, help_text=_("The one you gave us.")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True


class CaseReplyForm(HoneypotMixin, forms.Form):
    """The customer's answer on the case page: text and files, checked as a submission is."""

    token = forms.UUIDField(widget=forms.HiddenInput)
    body = forms.CharField(
        label=_("Your answer"),
        max_length=DESCRIPTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Never include passwords, one-time codes, recovery phrases or full card numbers."
        ),
    )
    attachments = attachments_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("token", uuid.uuid4())
        self.fields["body"].widget.attrs.update({"data-secret-check": "true"})
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.layout = Layout(
            "token", "body", "attachments", Div("website", css_class="hp-field", aria_hidden="true")
        )

    def clean_body(self):
        return refuse_secrets(self.cleaned_data["body"], where=_("your answer"))

    def clean_attachments(self):
        return clean_attachments(self.cleaned_data["attachments"])


class RatingForm(forms.Form):
    """ "Did we solve your problem?": a score from 1 to 5 and an optional comment."""

    score = forms.TypedChoiceField(
        label=_("Did we solve your problem?"),
        coerce=int,
        choices=[
            (1, _("1: not at all")),
            (2, "2"),
            (3, "3"),
            (4, "4"),
            (5, _("5: completely")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a score from 1 to 5.")},
    )
    comment = forms.CharField(
        label=_("Anything you want to add? (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean_comment(self):
        return refuse_secrets(self.cleaned_data["comment"], where=_("your comment"))


class CallCodeForm(forms.Form):
    """The code the caller read out to the customer."""

    code = forms.CharField(
        label=_("The code the caller gave you"),
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
        help_text=_("Eight letters and digits, e.g. 7KQ9-M2XT."),
    )
