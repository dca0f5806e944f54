"""When pages that list articles stop being true: the next scheduled article.

`Article.objects.next_publication_after(now)` is the rule; the value is
cached per content version (faq.search.metadata.cached), so a stored page's
miss costs no query for it most of the time. Views that list articles call
`articles_true_until()` while rendering.
"""

import datetime

from faq.models import Article
from faq.search.metadata import TTL, cached
from helpdesk.lib.pagecache import true_until


def next_publication():
    """The next moment any article becomes public (or stops being), or None."""

    def compute(now):
        moment = Article.objects.next_publication_after(now)
        recheck = now + datetime.timedelta(seconds=TTL)
        return moment, min(moment, recheck) if moment else recheck

    return cached("next-publication", compute)


def articles_true_until() -> None:
    """The page being rendered lists articles: it is true until the next one is due."""
    true_until(next_publication())
