"""The customer's chat page and the agents' desk page.

The pages are drawn by the server; what changes live (messages, queue place,
state) arrives over the WebSocket (chat.consumers) and is drawn by
static/js/chat.js. Anyone may chat; the desk needs the chat role.
"""

import uuid
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView

from chat import files, services
from chat.layer import layer_available
from chat.models import Author, Chat, State
from chat.services import ChatError
from chat.tokens import chat_for_token, token_for
from chat.transcripts import transcript_request
from contacts.regions import visitor_region
from helpdesk.lib.ratelimits import over_limit

SESSION_TOKEN = "chat_token"  # noqa: S105 - a session key name, not a secret


def _current_chat(request) -> Chat | None:
    return chat_for_token(
        request.session.get(SESSION_TOKEN, ""), session_key=request.session.session_key
    )


def _feedback_url(text: str) -> str:
    url = reverse("feedback:feedback")
    return f"{url}?{urlencode({'description': text[:2000]})}" if text else url


@method_decorator(never_cache, name="dispatch")
class ChatView(TemplateView):
    template_name = "chat/chat.html"

    def get_context_data(self, **kwargs):
        chat = _current_chat(self.request)
        region = visitor_region(self.request)
        context = {"chat": chat, "region": region, **kwargs}
        if chat is None:
            context["availability"] = services.availability(region)
            context["feedback_url"] = _feedback_url(kwargs.get("question", ""))
            return super().get_context_data(**context)
        context.update(
            token=token_for(chat),
            websocket_origin=settings.CHAT_WEBSOCKET_ORIGIN,
            feedback_url=_feedback_url(services.customer_text(chat)),
            # Live messages need the channel layer: without it the page says so at once.
            unavailable=chat.state != State.ENDED and not layer_available(),
            suggestions=services.suggestions_for(chat) if chat.state == State.ANSWERS else [],
        )
        return super().get_context_data(**context)


def _page(request, *, status=200, **extra):
    view = ChatView()
    view.setup(request)
    return render(request, view.template_name, view.get_context_data(**extra), status=status)


@require_POST
def chat_start(request):
    question = request.POST.get("question", "")
    region = visitor_region(request)
    if over_limit(request, group="chat-start", rate_setting="CHAT_START_RATE"):
        return render(request, "feedback/too_many_requests.html", status=429)
    if not services.availability(region).open_now:
        # Closed: the question goes to the form instead, nothing typed is lost.
        return _page(request, question=question)
    if not request.session.session_key:
        request.session.save()
    try:
        chat = services.chat_start(
            language=get_language(),
            region=region,
            question=question,
            session_key=request.session.session_key,
        )
    except ChatError as exc:
        return _page(request, status=400, question=question, error=exc.message)
    request.session[SESSION_TOKEN] = token_for(chat)
    return redirect("chat:chat")


@require_POST
def chat_transcript(request):
    """The customer asks for the ended chat's transcript, to the address typed here."""
    chat = _current_chat(request)
    if chat is None:
        return redirect("chat:chat")
    if over_limit(request, group="chat-transcript", rate_setting="CHAT_TRANSCRIPT_RATE"):
        return render(request, "feedback/too_many_requests.html", status=429)
    email = request.POST.get("email", "")
    try:
        transcript_request(chat=chat, email=email)
    except ChatError as exc:
        return _page(request, status=400, transcript_email=email, transcript_error=exc.message)
    messages.success(request, _("The transcript is on its way to %(email)s.") % {"email": email})
    return redirect("chat:chat")


def _file_upload(request, chat, **fields):
    """Store a posted file as a message; JSON for the page, 400 with the reason."""
    if over_limit(request, group="chat-file", rate_setting="CHAT_FILE_RATE"):
        return JsonResponse(
            {"error": _("You are sending files too fast; wait a while.")}, status=429
        )
    try:
        message = files.file_post(
            chat=chat,
            upload=request.FILES.get("file"),
            caption=request.POST.get("caption", ""),
            client_id=_client_id(request.POST.get("client_id")),
            **fields,
        )
    except ChatError as exc:
        return JsonResponse({"error": exc.message, "code": exc.code}, status=400)
    return JsonResponse({"seq": message.seq})


def _client_id(value):
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


@require_POST
def chat_file_upload(request):
    """The customer sends a file into their own chat."""
    chat = _current_chat(request)
    if chat is None:
        return JsonResponse({"error": _("This chat has ended.")}, status=403)
    return _file_upload(request, chat, author=Author.CUSTOMER)


@never_cache
def chat_file(request, seq):
    """A file of the visitor's own chat."""
    chat = _current_chat(request)
    if chat is None:
        raise Http404
    return files.file_response(chat, seq)


@require_POST
def chat_leave(request):
    """Start afresh: the page forgets the chat (an open one ends)."""
    chat = _current_chat(request)
    if chat is not None:
        services.chat_end(chat=chat, outcome=chat.outcome or "left")
    request.session.pop(SESSION_TOKEN, None)
    return redirect("chat:chat")


_DESK = [never_cache, login_required, permission_required("chat.handle_chat", raise_exception=True)]


@method_decorator(_DESK, name="dispatch")
class DeskView(TemplateView):
    template_name = "chat/desk.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            websocket_origin=settings.CHAT_WEBSOCKET_ORIGIN,
            colleagues=[
                (person.pk, services.agent_name(person))
                for person in services.colleagues(self.request.user)
            ],
            languages=settings.LANGUAGES,
            **kwargs,
        )


@require_POST
@login_required
@permission_required("chat.handle_chat", raise_exception=True)
def chat_case(request, pk):
    """Turn the agent's chat into a case carrying the transcript."""
    chat = get_object_or_404(Chat, pk=pk, agent=request.user)
    email = request.POST.get("email", "").strip()
    try:
        submission = services.chat_to_case(chat=chat, agent=request.user, email=email)
    except ValidationError as exc:
        return HttpResponseBadRequest(" ".join(exc.messages))
    messages.success(request, _("Case %(reference)s opened.") % {"reference": submission.reference})
    return redirect("admin:feedback_submission_change", submission.pk)


@require_POST
@login_required
@permission_required("chat.handle_chat", raise_exception=True)
def desk_file_upload(request, pk):
    """The agent sends a file into a chat the agent holds."""
    chat = get_object_or_404(Chat, pk=pk, agent=request.user, state=State.CONNECTED)
    return _file_upload(request, chat, author=Author.AGENT, sender=request.user)


@never_cache
@login_required
def desk_file(request, pk, seq):
    """A chat's file, to the agent holding the chat or staff who may see transcripts."""
    held = (
        Chat.objects.filter(agent=request.user)
        if request.user.has_perm("chat.handle_chat")
        else Chat.objects.none()
    )
    chat = (held | Chat.objects.visible_to(request.user)).filter(pk=pk).first()
    if chat is None:
        raise PermissionDenied
    return files.file_response(chat, seq)
