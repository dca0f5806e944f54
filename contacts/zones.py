"""Time zones as people name them: "Hong Kong Time (UTC+8)", "英国时间" and its offset.

Pages show times in a region's zone; its database name ("Asia/Hong_Kong")
means nothing to a customer. Names come from the Unicode CLDR through Babel,
in the page's language.
"""

import datetime

from babel.dates import get_timezone_name
from django.utils import timezone
from django.utils.translation import get_language, gettext, to_locale


def utc_offset(zone: datetime.tzinfo, at: datetime.datetime) -> str:
    """ "UTC+8", "UTC-5", "UTC+5:30", or "UTC" at the moment `at`."""
    offset = at.astimezone(zone).utcoffset() or datetime.timedelta()
    minutes = int(offset.total_seconds() // 60)
    if not minutes:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, minutes = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{minutes:02d}" if minutes else "")


# Zones with no place: CLDR calls them "Unknown Region (UTC) Time".
PLACELESS_ZONES = {"UTC", "Etc/UTC", "Etc/GMT", "GMT", "Etc/Universal", "Etc/Zulu"}


def zone_label(zone: datetime.tzinfo, at: datetime.datetime | None = None) -> str:
    """The zone's everyday name in the active language, with its offset now."""
    at = at or timezone.now()
    if str(zone) in PLACELESS_ZONES:
        return gettext("Coordinated Universal Time (UTC)")
    name = get_timezone_name(zone, width="long", locale=to_locale(get_language() or "en"))
    # Translators: a time zone's name and its offset, e.g. "Hong Kong Time (UTC+8)".
    return gettext("%(name)s (%(offset)s)") % {"name": name, "offset": utc_offset(zone, at)}
