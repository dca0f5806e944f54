"""Staff roles as groups, and what each may do in the admin.

Content editors write articles, regions, channels and alerts; support agents
handle feedback and complaints; security analysts handle suspicious-activity
reports. The groups are brought in line with this table after every migrate.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q

from feedback.models import LEADS_GROUP

CONTENT_EDITORS = "Content editors"
SUPPORT_AGENTS = "Support agents"
SECURITY_ANALYSTS = "Security analysts"
CHAT_AGENTS = "Chat agents"
# Leads of the desk (members of a triage role too): set the promised times,
# get the breach alerts and the weekly digest.
DESK_LEADS = LEADS_GROUP

EDIT = ("add", "change", "delete", "view")
# Everything content editors maintain in the contact directory.
CONTACT_CONTENT = (
    "region",
    "channel",
    "openinghours",
    "closure",
    "alert",
    "officialaccount",
    "knownimpostor",
    "contactguidance",
)

# Answering live chats (the desk); support agents have it by default.
CHAT_DESK = {"chat": ("view", "handle_chat"), "message": ("view",), "presence": ("view",)}

# group -> {app_label: {model: actions}}
ROLE_PERMISSIONS = {
    CONTENT_EDITORS: {
        "faq": {
            "category": ("add", "change", "delete", "view"),
            "article": ("add", "change", "delete", "view"),
            "historicalcategory": ("view",),
            "historicalarticle": ("view",),
            "vote": ("view",),
            "synonym": ("add", "change", "delete", "view"),
            "historicalsynonym": ("view",),
            "contactword": ("add", "change", "delete", "view"),
            "historicalcontactword": ("view",),
            "searchgap": ("view", "delete"),
            "articleimage": ("add", "change", "delete", "view"),
        },
        "contacts": {
            **{model: EDIT for model in CONTACT_CONTENT},
            **{f"historical{model}": ("view",) for model in CONTACT_CONTENT},
        },
    },
    # Both triage roles share the submission permissions; which kinds each sees
    # comes from handle_feedback / handle_suspicious (see feedback.models).
    SUPPORT_AGENTS: {
        "faq": {"article": ("view",), "category": ("view",)},
        "contacts": {"region": ("view",), "channel": ("view",)},
        "feedback": {
            "submission": ("view", "change", "handle_feedback"),
            "historicalsubmission": ("view",),
            "note": ("add", "view"),
            "reply": ("add", "view"),
            "attachment": ("view",),
            "customermessage": ("view",),
            "notification": ("view",),
            "inboundmail": ("view",),
            "historicalinboundmail": ("view",),
            # The agents' desk: agents keep the canned replies.
            "macro": EDIT,
            "rating": ("view",),
            "callcode": ("add", "view"),
            "servicetarget": ("view",),
        },
        "chat": CHAT_DESK,
    },
    CHAT_AGENTS: {"chat": CHAT_DESK},
    SECURITY_ANALYSTS: {
        "faq": {"article": ("view",), "category": ("view",)},
        # Analysts confirm scams from reports; they may not change official data.
        "contacts": {
            "region": ("view",),
            "channel": ("view",),
            "alert": ("view",),
            "officialaccount": ("view",),
            "knownimpostor": ("add", "change", "view"),
            "historicalknownimpostor": ("view",),
        },
        "feedback": {
            "submission": ("view", "change", "handle_suspicious"),
            "historicalsubmission": ("view",),
            "note": ("add", "view"),
            "reply": ("add", "view"),
            "attachment": ("view",),
            "customermessage": ("view",),
            "notification": ("view",),
            "inboundmail": ("view",),
            "historicalinboundmail": ("view",),
            # The agents' desk: analysts use the canned replies agents keep.
            "macro": ("view",),
            "rating": ("view",),
            "callcode": ("add", "view"),
            "servicetarget": ("view",),
        },
    },
    DESK_LEADS: {
        "feedback": {"servicetarget": EDIT},
    },
}


def sync_roles(**kwargs):
    """Create the groups and give each exactly the permissions in the table."""
    for group_name, apps in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=group_name)
        wanted = Q(pk__in=[])
        for app_label, models in apps.items():
            for model, actions in models.items():
                wanted |= Q(
                    content_type__app_label=app_label,
                    content_type__model=model,
                    codename__in=[
                        action if action.startswith("handle_") else f"{action}_{model}"
                        for action in actions
                    ],
                )
        group.permissions.set(Permission.objects.filter(wanted))
