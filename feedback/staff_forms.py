"""Forms staff fill in the admin: recording a contact that came by another channel.

Agents record feedback and complaints, analysts suspicious-activity reports
(the kinds each may handle, `kinds_handled_by`); the service checks it again.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from contacts.models import Region
from feedback.forms import CURRENCIES, clean_person_name, clean_prefill
from feedback.models import (
    DESCRIPTION_MAX_LENGTH,
    STAFF_MAIL,
    Incident,
    Kind,
    MailOptOut,
    Notification,
    ReceivedVia,
    Topic,
    kinds_handled_by,
)
from helpdesk.lib.screening import refuse_secrets

BLANK = [("", "---------")]


class RecordContactForm(forms.Form):
    received_via = forms.ChoiceField(
        label=_("Received via"),
        choices=[choice for choice in ReceivedVia.choices if choice[0] != ReceivedVia.WEB],
    )
    kind = forms.ChoiceField(label=_("Kind"), choices=Kind.choices)
    email = forms.EmailField(
        label=_("Customer's e-mail address"),
        max_length=254,
        help_text=_("The confirmation with the reference and the case link goes here."),
    )
    name = forms.CharField(label=_("Customer's name"), required=False, max_length=120)
    language = forms.ChoiceField(
        label=_("Customer's language"),
        choices=settings.LANGUAGES,
        help_text=_("The confirmation and our replies are written in it."),
    )
    region = forms.ModelChoiceField(
        label=_("Region"), queryset=Region.objects.none(), required=False
    )
    description = forms.CharField(
        label=_("What the customer told us"),
        min_length=10,
        max_length=DESCRIPTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6, "cols": 80}),
        help_text=_("Never write down passwords, one-time codes or full card numbers."),
    )
    topic = forms.ChoiceField(
        label=_("Topic (feedback and complaints)"),
        required=False,
        choices=BLANK + Topic.choices,
    )
    incident = forms.ChoiceField(
        label=_("What happened (suspicious activity)"),
        required=False,
        choices=BLANK + Incident.choices,
    )
    suspicious_contact = forms.CharField(
        label=_("The suspicious contact"), required=False, max_length=200
    )
    occurred_on = forms.DateField(
        label=_("When it happened"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    amount = forms.DecimalField(
        label=_("Amount lost"), required=False, min_value=0, max_digits=14, decimal_places=2
    )
    currency = forms.ChoiceField(
        label=_("Currency"),
        required=False,
        choices=BLANK + [(code, code) for code in CURRENCIES],
    )
    transaction_id = forms.CharField(label=_("Transaction ID"), required=False, max_length=64)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        allowed = kinds_handled_by(user)
        self.fields["kind"].choices = [c for c in Kind.choices if c[0] in allowed]
        self.fields["region"].queryset = Region.objects.active()

    def clean_description(self):
        return refuse_secrets(self.cleaned_data["description"])

    def clean_name(self):
        return clean_person_name(self.cleaned_data["name"])

    def clean_suspicious_contact(self):
        return clean_prefill(self.cleaned_data["suspicious_contact"])

    def clean_occurred_on(self):
        day = self.cleaned_data["occurred_on"]
        if day and day > timezone.localdate():
            raise ValidationError(_("This date is in the future."), code="future")
        return day

    def clean(self):
        data = super().clean()
        kind = data.get("kind")
        if kind == Kind.SUSPICIOUS:
            if not data.get("incident"):
                self.add_error("incident", _("Choose what happened."))
            data["topic"] = ""
        elif kind:
            if not data.get("topic"):
                self.add_error("topic", _("Choose the topic."))
            for name in ("incident", "suspicious_contact", "occurred_on", "amount", "currency"):
                data[name] = self.fields[name].to_python("") if name != "amount" else None
        if data.get("amount") is not None and not data.get("currency"):
            self.add_error("currency", _("Choose the currency."))
        return data

    def record_fields(self) -> dict:
        data = self.cleaned_data
        fields = {
            name: data[name]
            for name in (
                "received_via",
                "kind",
                "email",
                "name",
                "language",
                "region",
                "description",
                "topic",
                "incident",
                "suspicious_contact",
                "occurred_on",
                "amount",
                "transaction_id",
            )
        }
        fields["currency"] = data["currency"] if data["amount"] is not None else ""
        return fields


class StaffMailForm(forms.Form):
    """The staff mails one person gets (the rest they turned off)."""

    wanted = forms.MultipleChoiceField(
        label=_("Send me these e-mails"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=[
            (value, label) for value, label in Notification.Purpose.choices if value in STAFF_MAIL
        ],
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        off = set(MailOptOut.objects.filter(user=user).values_list("purpose", flat=True))
        self.fields["wanted"].initial = [value for value in STAFF_MAIL if value not in off]
