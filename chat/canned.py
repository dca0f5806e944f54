"""Canned replies in the chat desk: the agents' desk macros, in the chat's language.

A macro that names the case reference is offered only once the chat has a case:
a chat alone has no reference to fill in.
"""

from chat.models import Chat
from feedback.macros import macro_fill, macro_text, placeholder_values, placeholders_in
from feedback.models import Macro


def canned_replies(*, chat: Chat, agent) -> list[dict]:
    """[{"id", "title", "text"}] for the agent answering `chat`, texts filled in."""
    reference = chat.submission.reference if chat.submission_id else ""
    values = placeholder_values(
        language=chat.language, name="", reference=reference, region=chat.region, agent=agent
    )
    return [
        {"id": macro.pk, "title": macro.title, "text": macro_fill(macro, chat.language, values)}
        for macro in Macro.objects.filter(is_active=True)
        if reference or "reference" not in placeholders_in(macro_text(macro, chat.language))
    ]
