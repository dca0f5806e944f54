"""Template tags for contact data shown on other apps' pages (alerts)."""

from django import template

from contacts import zones
from contacts.models import Alert, OpeningHours

register = template.Library()


@register.inclusion_tag("contacts/includes/alerts.html")
def alerts_for(region=None, article=None):
    """Active alerts for the region; with `article`, only those attached to it.

    One query. `article` is anything with an `alerts` relation (faq.Article),
    so this app does not import the knowledge base.
    """
    source = article.alerts if article is not None else Alert.objects
    return {"alerts": list(source.active().for_region(region))}


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
