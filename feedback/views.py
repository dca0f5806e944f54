"""Customer pages (forms, confirmation, status lookup) and the staff file download.

Anyone may submit and look up their own submission by reference + e-mail;
files are served only to staff allowed to see the submission they belong to.
"""

import logging
import zoneinfo

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView

from contacts.regions import visitor_region
from contacts.zones import zone_label
from feedback import callcodes, clocks, conversation, links, ratings, services
from feedback.forms import (
    CallCodeForm,
    CaseReplyForm,
    FeedbackForm,
    RatingForm,
    ReportForm,
    StatusForm,
)
from feedback.models import (
    DESCRIPTION_MAX_LENGTH,
    RESPONSE_DAYS,
    Attachment,
    CustomerMessage,
    Kind,
    Rating,
    Submission,
    new_reference,
    normalise_reference,
)
from helpdesk.lib.pagecache import CachedPageMixin
from helpdesk.lib.ratelimits import over_limit

logger = logging.getLogger(__name__)

SUBMITTED_SALT = "feedback.submitted"
SUBMITTED_MAX_AGE = 3600  # the confirmation link works for an hour; the e-mail keeps it


def _limited(request, group, setting, key="ip", increment=True):
    """Whether this client is over the limit; `increment=False` asks "may one more go?"."""
    return over_limit(request, group=group, key=key, rate_setting=setting, increment=increment)


def too_many_requests(request):
    return render(request, "feedback/too_many_requests.html", status=429)


def submitted_url(*, submission=None, fake_reference=None):
    payload = {"id": submission.pk} if submission else {"fake": fake_reference}
    token = signing.dumps(payload, salt=SUBMITTED_SALT, compress=True)
    return reverse("feedback:submitted", kwargs={"token": token})


@method_decorator(never_cache, name="dispatch")
class SubmissionFormView(FormView):
    """A customer form: limits, honeypot, one record per form token."""

    kind = Kind.FEEDBACK

    def get_form_kwargs(self):
        kwargs = {**super().get_form_kwargs(), "region": visitor_region(self.request)}
        if self.request.method == "GET":
            kwargs["follows"] = self.request.GET.get("follows", "")
        return kwargs

    def post(self, request, *args, **kwargs):
        # Every POST counts towards a loose limit; stored submissions towards a strict one.
        if _limited(request, "feedback.post", "FEEDBACK_POST_RATE") or _limited(
            request, "feedback.submit", "FEEDBACK_SUBMIT_RATE", increment=False
        ):
            return too_many_requests(request)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        # Take a place under the limit atomically: the check in post() alone would
        # let simultaneous requests all pass before any of them counted.
        if _limited(self.request, "feedback.submit", "FEEDBACK_SUBMIT_RATE"):
            return too_many_requests(self.request)
        if form.is_bot:
            # Store nothing, but look like a success so the bot learns nothing.
            return redirect(submitted_url(fake_reference=new_reference(self.kind)))
        try:
            submission, _created = services.submission_create(
                language=get_language(), **form.submission_fields()
            )
        except OSError:
            # Storage failed (disk full, volume gone): nothing was kept; say so.
            logger.exception("Could not store a submission's files")
            form.add_error(
                None,
                _(
                    "We could not save your files just now, so nothing was sent. Please try "
                    "again in a few minutes, or send your message without attachments."
                ),
            )
            response = self.form_invalid(form)
            response.status_code = 503
            return response
        return redirect(submitted_url(submission=submission))

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            suggest_url=reverse("faq:suggest"),
            max_files=settings.FEEDBACK_MAX_FILES,
            **kwargs,
        )


class FeedbackView(SubmissionFormView):
    template_name = "feedback/feedback_form.html"
    form_class = FeedbackForm

    def get_initial(self):
        # Text carried over from another channel (a chat that is closed) fills the form.
        initial = super().get_initial()
        if self.request.method == "GET" and self.request.GET.get("description"):
            initial["description"] = self.request.GET["description"][:DESCRIPTION_MAX_LENGTH]
        return initial


class ReportView(SubmissionFormView):
    template_name = "feedback/report_form.html"
    form_class = ReportForm
    kind = Kind.SUSPICIOUS

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        if self.request.method == "GET":
            kwargs["prefill"] = self.request.GET
        return kwargs


@method_decorator(never_cache, name="dispatch")
class SubmittedView(TemplateView):
    template_name = "feedback/submitted.html"

    def get_context_data(self, **kwargs):
        try:
            payload = signing.loads(kwargs["token"], salt=SUBMITTED_SALT, max_age=SUBMITTED_MAX_AGE)
        except signing.BadSignature:
            raise Http404 from None
        if "fake" in payload:
            reference, kind = str(payload["fake"])[:20], Kind.FEEDBACK
            if reference.startswith("SR-"):
                kind = Kind.SUSPICIOUS
        else:
            submission = get_object_or_404(Submission, pk=payload.get("id"))
            reference, kind = submission.reference, submission.kind
        return super().get_context_data(
            reference=reference,
            is_report=kind == Kind.SUSPICIOUS,
            response_days=RESPONSE_DAYS[Kind(kind)],
            **kwargs,
        )


@method_decorator(never_cache, name="dispatch")
class StatusView(CachedPageMixin, FormView):
    """The empty lookup form is the same for everyone (a stored page); what a
    lookup finds is answered to the POST only, never stored, never cached."""

    template_name = "feedback/status.html"
    form_class = StatusForm

    def post(self, request, *args, **kwargs):
        reference = normalise_reference(request.POST.get("reference", ""))
        if _limited(request, "feedback.status", "STATUS_LOOKUP_RATE") or _limited(
            request,
            "feedback.status.reference",
            "STATUS_LOOKUP_RATE",
            key=lambda group, request: reference or "-",
        ):
            return too_many_requests(request)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        # One query for both parts: a wrong e-mail and an unknown reference look the same.
        submission = Submission.objects.for_lookup(
            reference=form.cleaned_data["reference"], email=form.cleaned_data["email"]
        ).first()
        if submission is None:
            return self.render_to_response(self.get_context_data(form=form, looked_up=True))
        # The case page, in the language of this page (the link in mail has the customer's).
        return redirect("feedback:case", token=links.case_token(submission))


def _private(response):
    """A case page: never stored by any cache, its address (the token) never sent on
    nor written to the log (Django logs every 4xx/5xx answer with its path)."""
    if response.status_code >= 400 and not getattr(response, "_has_been_logged", False):
        response._has_been_logged = True
        logger.warning("Case page answered %s", response.status_code)
    response["Cache-Control"] = "private, no-store"
    # Not "no-referrer": browsers then send "Origin: null" with the reply form, which
    # CSRF protection refuses. Only the origin, never the path (the token), leaves.
    response["Referrer-Policy"] = "strict-origin"
    return response


def case_gone(request):
    """The page for a case link that does not (or no longer) work: expired, revoked,
    damaged or for an anonymised case all look the same; the lookup still works."""
    response = render(request, "feedback/case_gone.html", {"form": StatusForm()}, status=404)
    return _private(response)


class CasePageMixin:
    """A page a case link opens: private, and "gone" for a link that does not work."""

    def dispatch(self, request, *args, **kwargs):
        self.submission = links.submission_for_token(kwargs["token"])
        if self.submission is None:
            return case_gone(request)
        return _private(super().dispatch(request, *args, **kwargs))


class CaseView(CasePageMixin, TemplateView):
    """The case a signed link from our mail, or the status lookup, opens: the thread,
    the status with its next step, and the customer's reply form (feedback.links)."""

    template_name = "feedback/case.html"

    def get_context_data(self, form=None, **kwargs):
        submission = self.submission
        open_for_answers = submission.accepts_customer_messages()
        # The case's region first: its promised time is kept in that region's hours.
        region = submission.region or visitor_region(self.request)
        time_zone = region.zone if region else zoneinfo.ZoneInfo(settings.TIME_ZONE)
        return super().get_context_data(
            submission=submission,
            thread=conversation.thread(submission),
            next_step=conversation.next_step(submission),
            form=(form or CaseReplyForm()) if open_for_answers else None,
            follow_up_url=None if open_for_answers else self._follow_up_url(),
            time_zone=time_zone,
            time_zone_label=zone_label(time_zone),
            **_rating_context(submission),
            promise=clocks.promise(submission, now=timezone.now()),
            **kwargs,
        )

    def _follow_up_url(self):
        name = "feedback:report" if self.submission.is_suspicious else "feedback:feedback"
        return (
            f"{reverse(name)}?{urlencode({'follows': conversation.follows_token(self.submission)})}"
        )

    def post(self, request, *args, **kwargs):
        if _limited(request, "feedback.post", "FEEDBACK_POST_RATE") or _limited(
            request, "feedback.case_reply", "CASE_REPLY_RATE", increment=False
        ):
            return too_many_requests(request)
        form = CaseReplyForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        if _limited(request, "feedback.case_reply", "CASE_REPLY_RATE"):
            return too_many_requests(request)
        if form.is_bot:
            messages.success(request, _("Thank you: your answer was added to the case."))
            return redirect(request.path)
        try:
            _message, created = services.customer_message_create(
                submission=self.submission,
                body=form.cleaned_data["body"],
                source=CustomerMessage.Source.WEB,
                idempotency_key=str(form.cleaned_data["token"]),
                files=form.cleaned_data["attachments"],
            )
        except services.CaseClosed:
            messages.error(
                request,
                _(
                    "This case no longer takes answers, so nothing was added. Start a new "
                    "submission about it instead."
                ),
            )
            return redirect(request.path)
        except OSError:
            logger.exception("Could not store a customer message's files")
            form.add_error(
                None,
                _(
                    "We could not save your files just now, so nothing was sent. Please try "
                    "again in a few minutes, or send your answer without attachments."
                ),
            )
            return self.render_to_response(self.get_context_data(form=form), status=503)
        if created:
            messages.success(request, _("Thank you: your answer was added to the case."))
        else:
            messages.info(request, _("We already have this answer: it was not added twice."))
        return redirect(request.path)


def _rating_initial(rating) -> dict:
    return {"score": rating.score, "comment": rating.comment} if rating else {}


def _rating_context(submission, form=None):
    if not ratings.accepts_rating(submission):
        return {"rating_form": None}
    rating = Rating.objects.filter(submission=submission).first()
    return {
        "rating_form": form or RatingForm(initial=_rating_initial(rating)),
        "rating": rating,
        "rating_until": ratings.rating_open_until(submission),
        "rating_action": ratings.rating_url(submission),
    }


class RatingView(CasePageMixin, TemplateView):
    """ "Did we solve your problem?": the mail's links open this page with their score
    chosen; only the POST records (a mail scanner's GET changes nothing)."""

    template_name = "feedback/rating.html"

    def get_context_data(self, form=None, **kwargs):
        submission = self.submission
        if form is None:
            form = RatingForm(initial=self._initial())
        return super().get_context_data(
            submission=submission,
            case_url=links.case_url(submission),
            rating_days=settings.CSAT_RATING_DAYS,
            not_resolved=ratings.rating_open_until(submission) is None,
            **_rating_context(submission, form),
            **kwargs,
        )

    def _initial(self):
        initial = _rating_initial(Rating.objects.filter(submission=self.submission).first())
        score = self.request.GET.get("score", "")
        if score.isdigit() and int(score) in ratings.SCORES:
            initial["score"] = int(score)
        return initial

    def post(self, request, *args, **kwargs):
        if _limited(request, "feedback.post", "FEEDBACK_POST_RATE"):
            return too_many_requests(request)
        form = RatingForm(request.POST)
        if not ratings.accepts_rating(self.submission):
            return self.render_to_response(self.get_context_data(form=form), status=400)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        try:
            ratings.rating_record(submission=self.submission, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
            return self.render_to_response(self.get_context_data(form=form), status=400)
        messages.success(request, _("Thank you for your rating."))
        return redirect(links.case_url(self.submission))


@method_decorator(never_cache, name="dispatch")
class CallCodeView(FormView):
    """ "Is this call really us?": the customer types the code the caller read out.

    Every answer but a valid, unused code is the same "not confirmed"; guesses are
    limited per client and in all (feedback.callcodes)."""

    template_name = "feedback/call_check.html"
    form_class = CallCodeForm

    def post(self, request, *args, **kwargs):
        if _limited(request, "feedback.call_code", "CALL_CODE_CHECK_RATE") or _limited(
            request,
            "feedback.call_code.all",
            "CALL_CODE_CHECK_GLOBAL_RATE",
            key=lambda group, request: "all",
        ):
            response = self.render_to_response(
                self.get_context_data(form=self.get_form(), limited=True), status=429
            )
            response["Cache-Control"] = "private, no-store"
            return response
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        confirmed = callcodes.call_code_check(code=form.cleaned_data["code"])
        response = self.render_to_response(
            self.get_context_data(form=self.form_class(), checked=True, confirmed=confirmed)
        )
        response["Cache-Control"] = "private, no-store"
        return response

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 400
        return response


def attachment_download(request, pk):
    """An evidence file, to staff who may see its submission; as a download only."""
    user = request.user
    if not (user.is_active and user.is_staff):
        return redirect_to_login(request.get_full_path(), reverse("admin:login"))
    if not user.has_perm("feedback.view_submission"):
        raise PermissionDenied
    attachment = get_object_or_404(
        Attachment.objects.select_related("submission").filter(
            submission__in=Submission.objects.visible_to(user)
        ),
        pk=pk,
    )
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError:  # removed by the retention job
        raise Http404 from None
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=attachment.download_name,
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    return response
