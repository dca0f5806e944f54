"""Knowledge-base search: one entry point, `search_articles`.

Anyone may search; results are what `Article.objects.published().for_visitor_region()`
lets through, in the page's language (English where a translation is
missing, marked `is_fallback`). The index lives in the database (see
faq.search.index), so every app server shares it.

    results = search_articles("forgot my password", language="en", region=region)
    results.count()          # every match, up to COUNT_LIMIT (1,000)
    results.more_than_count  # True when more match than that (shown as "more than")
    page = results[0:10]     # Article objects, ranked, with .snippet, .title_html,
                             # .is_fallback and .score
    results.suggestion()     # "did you mean" when nothing matched
"""

import logging
from functools import cache, partial

from django.db import DEFAULT_DB_ALIAS, DatabaseError, IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from modeltranslation.utils import build_localized_fieldname

from faq.models import Article, Category, SearchGap
from faq.search import engine as engines
from faq.search.analysis import MAX_QUERY_LENGTH, normalise_query
from faq.search.engine import backend
from faq.search.index import DEFAULT_LANGUAGE, localized_text
from faq.search.metadata import hidden_article_ids
from faq.search.query import STRICT_MIN_HITS, build_plan, did_you_mean
from faq.search.snippets import Highlighter
from helpdesk.lib.ratelimits import client_ip, over_limit

__all__ = [
    "MAX_QUERY_LENGTH",
    "SearchResults",
    "normalise_query",
    "search_articles",
    "search_gap_count",
]

logger = logging.getLogger(__name__)

# The first hits are re-ordered with the popularity boost; later pages keep
# the engines' text order (a gentle boost only moves near-ties anyway).
RERANK_WINDOW = 50
_CHUNK = 100


class SearchResults:
    """A ranked, lazily fetched result list; slicing gives Article objects.

    Works with Django's Paginator: `count()` runs the engine once for the
    first RERANK_WINDOW hits and the total; deeper slices ask the engine for
    just that slice. Past engine.COUNT_LIMIT matches the engine stops
    counting: `count()` is then COUNT_LIMIT, the results one can page
    through (the best ones), and `more_than_count` is true.
    """

    model = Article

    def __init__(self, query, *, language, region=None):
        self.query = normalise_query(query or "")
        self.language = language
        self.region = region
        self._engine = None
        self._plan = None
        self._window = None
        self._total = 0
        self._hidden = ()
        self._strict = True  # the plan's strict form until it finds too little

    # -- running ---------------------------------------------------------------

    @property
    def engine(self):
        if self._engine is None:
            self._engine = backend()
        return self._engine

    @property
    def plan(self):
        if self._plan is None:
            self._plan = build_plan(self.query, language=self.language, engine=self.engine)
        return self._plan

    def _hits(self, limit, offset=0):
        return self.engine.hits(
            self.plan,
            language=self.language,
            hidden=self._hidden,
            total=self._total,
            limit=limit,
            offset=offset,
            strict=self._strict,
        )

    def _load_window(self):
        if self._window is None:
            if not self.query or not self.plan:
                self._window = []
            else:
                self._hidden = hidden_article_ids(self.region)
                first_window = partial(
                    self.engine.first_window,
                    self.plan,
                    language=self.language,
                    hidden=self._hidden,
                    limit=RERANK_WINDOW,
                )
                self._total, hits = first_window()
                if self.plan.has_strict_form and self._total < STRICT_MIN_HITS:
                    # Too few for the rare words alone (or all words): any word will do.
                    self._strict = False
                    self._total, hits = first_window(strict=False)
                self._window = sorted(hits, key=lambda h: (h.tier, -h.score, h.article_id))
        return self._window

    # -- the sequence protocol the paginator and templates use -------------------

    def count(self):
        self._load_window()
        return min(self._total, engines.COUNT_LIMIT)

    @property
    def more_than_count(self):
        """Whether more documents match than `count()` gives (the count stopped)."""
        self._load_window()
        return self._total > engines.COUNT_LIMIT

    def __len__(self):
        return self.count()

    def __bool__(self):
        return self.count() > 0

    def __iter__(self):
        for start in range(0, self.count(), _CHUNK):
            yield from self[start : start + _CHUNK]

    def __getitem__(self, key):
        if isinstance(key, int):
            if key < 0:
                raise IndexError("Negative indexing is not supported.")
            items = self[key : key + 1]
            if not items:
                raise IndexError(key)
            return items[0]
        if not isinstance(key, slice) or key.step not in (None, 1):
            raise TypeError("Search results take an index or a simple slice.")
        start = key.start or 0
        if start < 0 or (key.stop is not None and key.stop < 0):
            raise IndexError("Negative indexing is not supported.")
        window = self._load_window()
        stop = self.count() if key.stop is None else min(key.stop, self.count())
        if stop <= start:
            return []
        if stop <= RERANK_WINDOW:
            hits = window[start:stop]
        else:
            hits = self._hits(stop - start, offset=start)
        return self._articles(hits)

    def _articles(self, hits):
        """The hits' articles, with snippets.

        Loaded with only what a result shows and what `Article.is_public`
        checks (faq.search.engine.result_rows): the articles come as Article
        objects whose other fields load on first use, and no language's
        Markdown body is read. An article no longer public (unpublished since
        the hidden ids were computed) is left out.
        """
        columns, category_columns = _result_columns(self.language)
        rows = self.engine.result_rows(
            self.language, [hit.article_id for hit in hits], columns, category_columns
        )
        by_id = {}
        for row in rows:
            article = Article.from_db(DEFAULT_DB_ALIAS, columns, row[: len(columns)])
            category = Category.from_db(DEFAULT_DB_ALIAS, category_columns, row[len(columns) : -2])
            article.category = category
            article.snippet_text, article.is_fallback = row[-2], bool(row[-1])
            by_id[article.pk] = article
        highlighter = Highlighter(self.plan.clauses)
        articles = []
        for hit in hits:
            article = by_id.get(hit.article_id)
            if article is None or not article.is_public:
                continue
            article.score = hit.score
            article.title_html = highlighter.title(localized_text(article, "title", self.language))
            article.snippet = highlighter.snippet(article.snippet_text)
            articles.append(article)
        return articles

    def suggestion(self):
        """A corrected query when nothing matched ("did you mean"), else None."""
        if not self.query or self.count():
            return None
        suggested = did_you_mean(self.query, language=self.language, engine=self.engine)
        if suggested and normalise_query(suggested).casefold() != self.query.casefold():
            return suggested
        return None


@cache
def _result_columns(language):
    """A result's columns: link and title in `language`, with English to fall back on,
    and what `Article.is_public` reads."""
    localized = [
        build_localized_fieldname(field, code)
        for code in dict.fromkeys((language, DEFAULT_LANGUAGE))
        for field in ("slug", "title")
    ]
    return (
        _in_model_order(Article, ["id", "category_id", *localized, *Article.PUBLIC_FIELDS]),
        _in_model_order(Category, ["id", *localized]),
    )


def _in_model_order(model, names):
    # Model.from_db() takes the values of a partial row in the model's field order.
    order = {field.attname: i for i, field in enumerate(model._meta.concrete_fields)}
    return sorted(names, key=order.__getitem__)


def search_articles(query: str, *, language: str, region=None) -> SearchResults:
    """Published, due, region-visible articles matching `query`, best first."""
    return SearchResults(query, language=language, region=region)


def search_gap_record(*, query: str, language: str) -> None:
    """Count a search that found nothing, for the editors' "content gaps" list.

    A write on a GET, accepted as analytics: one atomic update (or insert) and
    never an error for the visitor.
    """
    query = normalise_query(query).casefold()[:MAX_QUERY_LENGTH]
    if not query:
        return
    now = timezone.now()
    try:
        with transaction.atomic():
            updated = SearchGap.objects.filter(query=query, language=language).update(
                count=F("count") + 1, last_seen=now
            )
            if not updated:
                try:
                    with transaction.atomic():
                        SearchGap.objects.create(
                            query=query, language=language, count=1, first_seen=now, last_seen=now
                        )
                except IntegrityError:  # created by another request meanwhile
                    SearchGap.objects.filter(query=query, language=language).update(
                        count=F("count") + 1, last_seen=now
                    )
    except DatabaseError:
        logger.exception("Could not record a search gap")


def _gap_key(query):
    # A client and what it searched: each client counts once per query.
    return lambda group, request: f"{client_ip(request)}\n{query}"


def search_gap_count(request, *, query: str, language: str) -> bool:
    """Count a search that found nothing, unless this client already did.

    The gaps list should show what customers miss, not what a script typed: a
    client counts once per query in FAQ_SEARCH_GAP_REPEAT_RATE's period, and
    adds at most FAQ_SEARCH_GAP_RATE counts in all. Returns whether it counted.
    """
    key = normalise_query(query).casefold()[:MAX_QUERY_LENGTH]
    if not key:
        return False
    seen = over_limit(
        request,
        group=f"faq.search_gap.{language}",
        rate_setting="FAQ_SEARCH_GAP_REPEAT_RATE",
        key=_gap_key(key),
        method="GET",
    )
    if seen or over_limit(
        request, group="faq.search_gap", rate_setting="FAQ_SEARCH_GAP_RATE", method="GET"
    ):
        return False
    search_gap_record(query=key, language=language)
    return True
