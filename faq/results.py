"""The results part of the search page, rendered once for everyone who asks the same.

Anyone may search. The part under the search box (the contact channels a
question about reaching us gets, the count, the ranked articles with their
snippets, the pages and "did you mean") depends only on the normalised query,
the page, the language, the visitor's region and the content. Popular queries
repeat, which is why search engines keep their results: the part is stored per
content version (helpdesk.lib.contentversion) and those inputs, and served to
the next visitor who asks the same until its end (the next scheduled article,
a channel opening or closing: what reports `true_until()` while it renders),
and at most `fragments.MAX_AGE`, which bounds the memory of one-off queries
(they are at most MAX_QUERY_LENGTH characters once normalised).

Only what `Article.objects.published().for_visitor_region()` lets through is
ever in it: staff searches show no drafts either. What depends on the visitor
stays out and runs on every request (faq.views.SearchView): the check of a
pasted value, which is rate-limited per client, and the count of a search that
found nothing, which is per client (the part says whether it is one: `gap`).
"""

import hashlib
import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.template.loader import render_to_string
from django.urls import get_script_prefix
from django.utils import timezone
from django.utils.safestring import SafeString

from faq.instant import channels_answer, pasted_value
from faq.schedule import articles_true_until
from faq.search import search_articles
from helpdesk.lib.contentversion import content_version
from helpdesk.lib.fragments import MAX_AGE
from helpdesk.lib.pagecache import collect_true_until, true_until

logger = logging.getLogger(__name__)

PER_PAGE = 10
TEMPLATE = "faq/includes/search_results.html"


@dataclass(frozen=True)
class ResultsPart:
    html: SafeString
    number: int  # the page shown ("last" resolved)
    gap: bool  # nothing found and nothing answered: a content gap to count


def page_number(raw) -> int | str:
    """The page asked for: a number, or "last"; Http404 for anything else."""
    if raw in (None, ""):
        return 1
    if raw == "last":
        return raw
    try:
        number = int(raw)
    except ValueError:
        number = 0
    if number < 1:
        raise Http404
    return number


def results_part(*, query: str, page, language: str, region) -> ResultsPart:
    """The results part for the normalised `query` and the raw `page` value,
    from the cache when it is there and still true. Http404 for a page out of
    range (nothing is stored for it)."""
    number = page_number(page)
    if not query:
        # Nothing to show; the page number is still checked as for any search.
        _page(Paginator((), PER_PAGE), number)
        return ResultsPart(html=SafeString(), number=1, gap=False)
    if settings.DEBUG:  # templates edited while the server runs
        return _render(query, number, language, region)
    now = timezone.now()
    try:
        key = _key(query, number, language, region)
        entry = cache.get(key)
    except Exception:
        logger.warning("Search results: cache unavailable", exc_info=True)
        return _render(query, number, language, region)
    if entry is not None and (entry["until"] is None or now < entry["until"]):
        true_until(entry["until"])
        return ResultsPart(entry["html"], entry["number"], entry["gap"])
    with collect_true_until() as moments:
        part = _render(query, number, language, region)
    until = min(moments, default=None)
    seconds = min(((until - now) if until else MAX_AGE).total_seconds(), MAX_AGE.total_seconds())
    if seconds > 0:
        # The HTML stays a SafeString (pickled as one): only what the template escaped.
        entry = {"html": part.html, "number": part.number, "gap": part.gap, "until": until}
        try:
            cache.set(key, entry, timeout=seconds)
        except Exception:
            logger.warning("Search results: could not store a part", exc_info=True)
    return part


def _key(query, number, language, region) -> str:
    region_pk = str(region.pk) if region is not None else ""
    raw = "\n".join([language, get_script_prefix(), region_pk, str(number), query])
    digest = hashlib.blake2b(raw.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    return f"fragment:{content_version()}:search-results:{digest}"


def _page(paginator, number):
    try:
        return paginator.page(paginator.num_pages if number == "last" else number)
    except InvalidPage as error:
        raise Http404 from error


def _render(query, number, language, region) -> ResultsPart:
    articles_true_until()
    results = search_articles(query, language=language, region=region)
    page = _page(Paginator(results, PER_PAGE), number)
    pasted = bool(pasted_value(query))
    instant = None
    if page.number == 1 and not pasted:
        instant = channels_answer(query, language=language, region=region, now=timezone.now())
    found = page.paginator.count
    html = render_to_string(
        TEMPLATE,
        {
            "query": query,
            "region": region,
            "instant": instant,
            "results": page.object_list,
            "page_obj": page,
            "paginator": page.paginator,
            "is_paginated": page.has_other_pages(),
            "more_than_count": results.more_than_count,  # the count stopped
            "suggestion": None if found else results.suggestion(),
        },
    )
    # A pasted value is answered on the first page (a verdict): not a gap.
    return ResultsPart(html=html, number=page.number, gap=not found and not pasted and not instant)
