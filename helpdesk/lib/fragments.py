"""Template fragments that are the same for every visitor, stored in the cache.

`{% fragment "name" value ... %}...{% endfragment %}` (library `portal`) stores
what it encloses per content version (helpdesk.lib.contentversion), language,
script prefix, name and the values given (model instances by primary key, e.g.
the visitor's region). An edit replaces the content version, so it is visible
on the next request.

A fragment that shows something that changes with the clock carries its own
end: the moments reported with `true_until()` while it renders are stored with
it, it is rendered again from the earliest, and when it is served from the
cache that moment is reported again, so the page around it (stored or not)
still ends on time. The data such a fragment shows must therefore be computed
while it renders (lazily), not before in the view.

What a fragment encloses must not depend on the visitor (no CSRF token, no
form, nothing of the user or session).
"""

import datetime
import hashlib
import logging

from django import template
from django.conf import settings
from django.core.cache import cache
from django.urls import get_script_prefix
from django.utils import timezone
from django.utils.translation import get_language

from helpdesk.lib.contentversion import content_version
from helpdesk.lib.pagecache import collect_true_until, true_until

logger = logging.getLogger(__name__)

# The longest a fragment is kept: edits replace the content version anyway;
# this only frees the memory of fragments no page asks for any more.
MAX_AGE = datetime.timedelta(hours=1)


def _key_value(value) -> str:
    return str(getattr(value, "pk", value))


def _content_version(context) -> str:
    """The content version, read once per request however many fragments the
    page holds (each read is a cache round trip)."""
    request = context.get("request")
    version = getattr(request, "_fragments_content_version", None)
    if version is None:
        version = content_version()
        if request is not None:
            request._fragments_content_version = version
    return version


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, values):
        self.nodelist = nodelist
        self.name = name
        self.values = values

    def key(self, context) -> str:
        values = [_key_value(value.resolve(context)) for value in self.values]
        raw = "\n".join([get_language() or "", get_script_prefix(), *values])
        digest = hashlib.blake2b(raw.encode(), digest_size=16).hexdigest()
        return f"fragment:{_content_version(context)}:{self.name}:{digest}"

    def render(self, context):
        if settings.DEBUG:  # templates edited while the server runs
            return self.nodelist.render(context)
        try:
            key = self.key(context)
            entry = cache.get(key)
        except Exception:
            logger.warning("Fragment cache unavailable", exc_info=True)
            return self.nodelist.render(context)
        now = timezone.now()
        if entry is not None and (entry["until"] is None or now < entry["until"]):
            true_until(entry["until"])
            return entry["html"]
        with collect_true_until() as moments:
            html = self.nodelist.render(context)
        until = min(moments, default=None)
        seconds = ((until - now) if until else MAX_AGE).total_seconds()
        if seconds > 0:
            try:
                cache.set(
                    key,
                    {"html": html, "until": until},
                    timeout=min(seconds, MAX_AGE.total_seconds()),
                )
            except Exception:
                logger.warning("Fragment cache: could not store a fragment", exc_info=True)
        return html


def fragment(parser, token, node_class=FragmentNode):
    """{% fragment "name" value ... %}...{% endfragment %}: see the module.
    Tags built on it (another `node_class`) end with `end` + their own name."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"'{bits[0]}' needs a name")
    nodelist = parser.parse((f"end{bits[0]}",))
    parser.delete_first_token()
    return node_class(nodelist, bits[1].strip("\"'"), [parser.compile_filter(b) for b in bits[2:]])
