"""Template tags for contact data shown on other apps' pages (alerts)."""

from django import template

from contacts import zones
from contacts.models import Alert, OpeningHours
from helpdesk.lib.pagecache import true_until

register = template.Library()


@register.inclusion_tag("contacts/includes/alerts.html")
def alerts_for(region=None, article=None):
    """Active alerts for the region; with `article`, only those attached to it.

    One query. `article` is anything with an `alerts` relation (faq.Article),
    so this app does not import the knowledge base. A stored page holding the
    list is kept until the next alert starts or ends.
    """
    source = article.alerts if article is not None else Alert.objects
    alerts, next_change = source.for_region(region).shown_and_next_change()
    true_until(next_change)
    return {"alerts": alerts}


@register.filter
def weekday_name(number):
    try:
        return OpeningHours.Weekday(number).label
    except ValueError:
        return ""


@register.filter
def zone_label(zone):
    """A time zone as people name it, in the page's language (contacts.zones)."""
    return zones.zone_label(zone)
