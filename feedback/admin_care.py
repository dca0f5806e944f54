"""The agents' desk in the admin: canned replies, the reply page with its mail
preview, call codes, and what the customer rated.

Everything on a case starts from `Submission.objects.visible_to()` (through the
submission admin's queryset): a case of a kind the user does not handle is 404.
Replying needs the change permission on the case; call codes also need
`add_callcode`. Canned replies are kept by whoever has the macro permissions
(support agents); every handler may use the active ones.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from feedback import callcodes, macros, outbox, ratings, services
from feedback.models import (
    DESCRIPTION_MAX_LENGTH,
    CallCode,
    Macro,
    Notification,
    Rating,
    Reply,
    Status,
    Submission,
)
from helpdesk.lib.admin import ViewOnlyInline

PREVIEW_SALT = "feedback.reply-preview"


@admin.register(Macro)
class MacroAdmin(TabbedTranslationAdmin):
    list_display = ["title", "set_status", "is_active", "order", "use_count"]
    list_filter = ["is_active", "set_status"]
    search_fields = ["title", "body"]
    fields = ["title", "body", "set_status", "is_active", "order"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(used=Count("uses"))

    @admin.display(description=_("times used"), ordering="used")
    def use_count(self, obj):
        return obj.used


class CaseInline(ViewOnlyInline):
    def has_view_permission(self, request, obj=None):
        # Whoever may see the submission may see what belongs to it.
        return obj is None or obj.is_handled_by(request.user)


class RatingInline(CaseInline):
    model = Rating
    fields = ["score", "comment", "created_at", "updated_at"]
    verbose_name_plural = _("customer's satisfaction rating")


class CallCodeInline(CaseInline):
    model = CallCode
    fields = ["created_by", "calling_from", "created_at", "expires_at", "used_at", "uses"]
    verbose_name_plural = _("call codes (is this call really us?)")

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("checks")

    @admin.display(description=_("entered by the customer"))
    def uses(self, obj):
        checks = [
            f"{check.checked_at:%Y-%m-%d %H:%M} {check.get_outcome_display()}"
            for check in obj.checks.all()
        ]
        return "; ".join(checks) or "-"


def _case(model_admin, request, pk) -> Submission:
    submission = get_object_or_404(
        model_admin.get_queryset(request).select_related("region"), pk=pk
    )
    if not model_admin.has_change_permission(request, submission):
        raise PermissionDenied
    return submission


def _page(model_admin, request, submission, template, title, **context):
    return TemplateResponse(
        request,
        template,
        {
            **model_admin.admin_site.each_context(request),
            "opts": Submission._meta,
            "original": submission,
            "submission": submission,
            "title": title,
            **context,
        },
    )


class ReplyComposeForm(forms.Form):
    macro = forms.ModelChoiceField(
        label=_("Canned reply"), queryset=Macro.objects.filter(is_active=True), required=False
    )
    body = forms.CharField(
        label=_("Reply"),
        max_length=DESCRIPTION_MAX_LENGTH,
        required=False,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 12, "cols": 80}),
        help_text=_("No greeting needed: the e-mail greets the customer by name."),
    )
    set_status = forms.ChoiceField(
        label=_("Then set the status to"),
        choices=[("", _("keep the status")), *Status.choices],
        required=False,
    )
    previewed = forms.CharField(widget=forms.HiddenInput, required=False)


def _preview_token(submission, data) -> str:
    """Binds "Send" to the text the agent saw in the preview."""
    macro = data.get("macro")
    value = f"{submission.pk}|{macro.pk if macro else ''}|{data['set_status']}|{data['body']}"
    return salted_hmac(PREVIEW_SALT, value, algorithm="sha256").hexdigest()


def reply_view(model_admin, request, pk):
    """Write a reply (from a canned one or not), see the e-mail as the customer will
    read it, and send it. "Insert" fills in the canned reply (without JavaScript a
    round trip; with it, at once); "Send" works only for the text last previewed."""
    submission = _case(model_admin, request, pk)
    preview = None
    if request.method != "POST":
        form = ReplyComposeForm()
    else:
        form = ReplyComposeForm(request.POST)
        action = request.POST.get("action", "preview")
        if form.is_valid():
            data = form.cleaned_data
            if action == "insert":
                form = _with_macro(form, submission, request.user)
            elif not data["body"]:
                form.add_error("body", _("Write the reply first."))
            else:
                token = _preview_token(submission, data)
                if action == "send" and constant_time_compare(data["previewed"], token):
                    try:
                        services.reply_send(
                            submission=submission,
                            author=request.user,
                            body=data["body"],
                            macro=data["macro"],
                            set_status=data["set_status"],
                        )
                    except ValidationError as error:
                        form.add_error(None, error)
                    else:
                        model_admin.message_user(
                            request, _("The reply was sent to the customer."), messages.SUCCESS
                        )
                        return redirect("admin:feedback_submission_change", submission.pk)
                else:
                    preview = outbox.mail_text(
                        purpose=Notification.Purpose.REPLY,
                        submission=submission,
                        reply=Reply(submission=submission, body=data["body"]),
                        language=submission.language,
                        ask_rating=_reply_asks_rating(submission, data["set_status"]),
                    )
                    bound = request.POST.copy()
                    bound["previewed"] = token
                    form = ReplyComposeForm(bound)
                    form.is_valid()
                    if action == "send":
                        form.add_error(
                            None,
                            _("The text changed after the preview: check it below, then send."),
                        )
    macro_texts = {}
    for macro in Macro.objects.filter(is_active=True):
        try:
            text = macros.macro_render(macro=macro, submission=submission, agent=request.user)
        except ValidationError:
            continue
        macro_texts[str(macro.pk)] = {"body": text, "status": macro.set_status}
    return _page(
        model_admin,
        request,
        submission,
        "admin/feedback/reply.html",
        _("Reply to %(reference)s") % {"reference": submission.reference},
        form=form,
        preview=preview,
        macro_texts=macro_texts,
        language_name=submission.get_language_display(),
    )


def _reply_asks_rating(submission, set_status: str) -> bool:
    """Whether the reply's mail will carry the rating question: it resolves the case,
    or the case is resolved already and may still be rated."""
    if (set_status or submission.status) != Status.RESOLVED:
        return False
    if submission.status == Status.RESOLVED:
        return ratings.accepts_rating(submission)
    return submission.anonymised_at is None


def _with_macro(form, submission, agent):
    macro = form.cleaned_data["macro"]
    if macro is None:
        form.add_error("macro", _("Choose a canned reply."))
        return form
    try:
        body = macros.macro_render(macro=macro, submission=submission, agent=agent)
    except ValidationError as error:
        form.add_error("macro", error)
        return form
    return ReplyComposeForm(initial={"macro": macro, "body": body, "set_status": macro.set_status})


class CallCodeCreateForm(forms.Form):
    calling_from = forms.ModelChoiceField(
        label=_("The number you call from"),
        queryset=CallCode._meta.get_field("calling_from").related_model.objects.none(),
        help_text=_(
            "An official number of the case's region: the customer sees it on their phone."
        ),
    )

    def __init__(self, *args, submission, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["calling_from"].queryset = callcodes.official_numbers(submission)


def call_code_view(model_admin, request, pk):
    """Create a one-time code for a call to the customer; the code is shown once."""
    submission = _case(model_admin, request, pk)
    if not request.user.has_perm("feedback.add_callcode"):
        raise PermissionDenied
    form = CallCodeCreateForm(request.POST or None, submission=submission)
    created = code = None
    if request.method == "POST" and form.is_valid():
        try:
            created, code = callcodes.call_code_create(
                submission=submission,
                agent=request.user,
                calling_from=form.cleaned_data["calling_from"],
            )
        except ValidationError as error:
            form.add_error(None, error)
    response = _page(
        model_admin,
        request,
        submission,
        "admin/feedback/call_code.html",
        _("Call code for %(reference)s") % {"reference": submission.reference},
        form=form,
        created=created,
        code=code,
        earlier=submission.call_codes.select_related("created_by", "calling_from")
        .prefetch_related("checks")
        .all()[:20],
    )
    response["Cache-Control"] = "private, no-store"
    return response
