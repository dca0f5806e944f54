"""Public knowledge-base pages and the helpfulness vote.

Everyone may read what `Article.objects.published()` allows; staff who may
edit articles also see drafts (marked as previews). Votes are POST-only.
"""

import secrets
from functools import partial

from django.contrib import messages
from django.db.models import F, Window
from django.db.models.functions import RowNumber
from django.http import Http404, HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from django.views.generic import ListView, TemplateView

from contacts.regions import VisitorRegionMixin, visitor_region
from contacts.views import VERIFY_RATE_GROUP
from faq import services
from faq.forms import VoteForm
from faq.instant import InstantAnswer, instant_link, verdict_answer
from faq.lookups import category_by_slug, public_article, public_article_count
from faq.models import Article, Category, previews_articles
from faq.paging import CountedArticles
from faq.results import results_part
from faq.schedule import articles_true_until
from faq.search import normalise_query, search_articles, search_gap_count
from faq.seo import article_structured_data, category_structured_data, site_origin
from helpdesk.lib.jsonhtml import HtmlSafeJSONEncoder
from helpdesk.lib.pagecache import CachedPageMixin
from helpdesk.lib.ratelimits import over_limit

VISITOR_COOKIE = "hp_visitor"
VISITOR_SALT = "faq.vote"
VISITOR_COOKIE_MAX_AGE = 2 * 365 * 24 * 3600
ARTICLES_PER_CATEGORY_ON_INDEX = 5
RELATED_LIMIT = 5
SUGGEST_LIMIT = 3
SUGGEST_MIN_LENGTH = 2
SUGGEST_MIN_WORD_LENGTH = 4  # skips "the", "and", "my" in the single-word searches
SUGGEST_WORDS = 4  # extra single-word searches at most, longest words first


class CategoryListView(CachedPageMixin, VisitorRegionMixin, TemplateView):
    template_name = "faq/index.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        articles_true_until()
        # Computed only when the template's fragment is not stored.
        context["categories"] = partial(self.categories, context["region"])
        return context

    @staticmethod
    def categories(region):
        articles_true_until()  # the fragment's own end
        categories = Category.objects.with_article_counts(region)
        # The first few titles of every category, in one query however many there are.
        top = (
            Article.objects.published()
            .for_visitor_region(region)
            .annotate(
                position=Window(
                    RowNumber(), partition_by=[F("category")], order_by=[F("title"), F("pk")]
                )
            )
            .filter(position__lte=ARTICLES_PER_CATEGORY_ON_INDEX)
            .for_lists()
            .select_related("category")
        )
        by_category = {}
        for article in top:
            by_category.setdefault(article.category_id, []).append(article)
        for category in categories:
            category.top_articles = by_category.get(category.pk, [])
        return categories


class CategoryDetailView(CachedPageMixin, VisitorRegionMixin, ListView):
    """One category's public articles, a page at a time. The category and its
    article count come from `faq.lookups` (no query once cached); the list and
    the structured data are fragments per category, region and page, so their
    queries run only when a fragment is not stored."""

    template_name = "faq/category.html"
    context_object_name = "articles"
    paginate_by = 20

    def get(self, request, *args, **kwargs):
        self.category = category_by_slug(kwargs["category"])
        if self.category is None:
            raise Http404
        if kwargs["category"] != self.category.slug:
            return HttpResponsePermanentRedirect(self.category.get_absolute_url())
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return CountedArticles(
            partial(self.category_articles, self.category, self.get_region()),
            count=partial(public_article_count, self.category, self.get_region()),
        )

    @staticmethod
    def category_articles(category, region):
        return (
            category.articles.published()
            .for_visitor_region(region)
            .for_lists()
            .select_related("category")
            .order_by("title", "pk")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(
            category=self.category, categories=Category.objects.all(), **kwargs
        )
        articles_true_until()
        context["structured_data"] = partial(
            category_structured_data, self.request, self.category, context["articles"]
        )
        context["origin"] = site_origin(self.request)
        return context


class ArticleDetailView(CachedPageMixin, VisitorRegionMixin, TemplateView):
    """The public see what `public_article()` finds (no query once cached) and
    the page's parts as fragments stored for every visitor; editors (`preview`)
    see drafts too, read from the database and never stored."""

    template_name = "faq/article.html"
    showing_draft = False

    def get(self, request, *args, **kwargs):
        self.preview = previews_articles(request.user)
        if self.preview:
            self.article = get_object_or_404(
                Article.objects.visible_to(request.user)
                .by_slug(kwargs["article"])
                .select_related("category")
                .prefetch_related("regions")[:1]
            )
        else:
            self.article = public_article(kwargs["article"])
            if self.article is None:
                raise Http404
        canonical = self.article.get_absolute_url()
        if request.path != canonical:
            return HttpResponsePermanentRedirect(canonical)
        if request.GET.get("draft") and request.user.has_perm("faq.change_article"):
            # An editor previews the draft of a live article; never stored.
            self.article.apply_draft()
            self.page_cache_skip = self.showing_draft = True
        if self.article.is_public:
            services.article_view_record(article_id=self.article.pk)
            self.page_cache_on_hit = (
                "faq.services.article_view_record",
                {"article_id": self.article.pk},
            )
        return super().get(request, *args, **kwargs)

    def related_articles(self):
        articles_true_until()  # the fragment's own end
        public = Article.objects.published().for_visitor_region(self.get_region()).for_lists()
        picked = list(
            public.filter(pk__in=self.article.related.values("pk")).select_related("category")[
                :RELATED_LIMIT
            ]
        )
        if picked:
            return picked
        return list(
            public.filter(category_id=self.article.category_id)
            .exclude(pk=self.article.pk)
            .select_related("category")
            .most_viewed(RELATED_LIMIT)
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)  # kwargs hold the URL's slugs
        articles_true_until()
        article = self.article
        context.update(
            article=article,
            category=article.category,
            preview=self.preview,
            # The rest only when its fragment is not stored.
            related_articles=self.related_articles,
            is_translated=article.is_translated,
            vote_form=VoteForm,  # a class: templates call it, in the fragment only
            structured_data=partial(article_structured_data, self.request, article),
            origin=site_origin(self.request),
        )
        return context


class SearchView(CachedPageMixin, VisitorRegionMixin, TemplateView):
    """Results pages are cached like other public pages (a repeated search costs
    no query), and without the page cache their results part is stored for
    everyone who asks the same (faq.results). The first page may open with an
    instant answer (faq.instant): the region's channels, stored with the part,
    or the verdict on a pasted value, checked here on every request under the
    verify page's rate limit. Never stored as a page: one whose check was
    refused by the rate limit, and a search that found nothing (it is counted
    per client for the content gaps, which needs the request)."""

    template_name = "faq/search.html"

    def may_verify(self):
        return not over_limit(
            self.request, group=VERIFY_RATE_GROUP, rate_setting="CONTACT_VERIFY_RATE", method="GET"
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = normalise_query(self.request.GET.get("q", ""))
        language = get_language()
        part = results_part(
            query=query,
            page=self.request.GET.get("page"),
            language=language,
            region=context["region"],
        )
        verdict = None
        if query and part.number == 1:
            verdict = verdict_answer(query, region=context["region"], may_verify=self.may_verify)
            if verdict and verdict.kind == InstantAnswer.VERDICT_LIMITED:
                self.page_cache_skip = True
        if part.gap:
            # Analytics on a GET: a counter editors read as "content gaps", per client.
            self.page_cache_skip = True
            search_gap_count(self.request, query=query, language=language)
        context.update(query=query, verdict=verdict, results_html=part.html)
        return context


@require_POST
def vote(request, category, article):
    article = get_object_or_404(Article.objects.published().by_slug(article)[:1])
    form = VoteForm(request.POST)
    if not form.is_valid():
        return render(
            request, "faq/vote_form.html", {"article": article, "vote_form": form}, status=400
        )
    visitor = request.get_signed_cookie(VISITOR_COOKIE, default=None, salt=VISITOR_SALT)
    new_visitor = visitor is None
    if new_visitor:
        visitor = secrets.token_urlsafe(18)
    recorded = services.vote_cast(
        article=article,
        visitor=visitor,
        helpful=form.cleaned_data["helpful"],
        comment=form.cleaned_data["comment"],
        language=get_language(),
    )
    if recorded:
        messages.success(request, _("Thank you for your feedback."))
    else:
        messages.info(request, _("You have already told us whether this article helped."))
    response = redirect(f"{article.get_absolute_url()}#helpful")
    if new_visitor:
        response.set_signed_cookie(
            VISITOR_COOKIE,
            visitor,
            salt=VISITOR_SALT,
            max_age=VISITOR_COOKIE_MAX_AGE,
            httponly=True,
            samesite="Lax",
            secure=request.is_secure(),
        )
    return response


@require_GET
def suggest(request):
    """Up to three articles matching what a customer is typing (feedback deflection)."""
    if over_limit(request, group="faq.suggest", rate_setting="FAQ_SUGGEST_RATE", method="GET"):
        return JsonResponse({"results": [], "error": "rate_limited"}, status=429)
    query = normalise_query(request.GET.get("q", ""))
    found = {}
    if len(query) >= SUGGEST_MIN_LENGTH:
        # A description rarely contains every word of an article: when the whole
        # text finds too little, try its longest words one by one.
        region = visitor_region(request)
        attempts = [query, *sorted(set(query.split()), key=len, reverse=True)[:SUGGEST_WORDS]]
        for attempt in attempts:
            too_short = attempt.isascii() and len(attempt) < SUGGEST_MIN_WORD_LENGTH
            if len(found) >= SUGGEST_LIMIT or (attempt is not query and too_short):
                break
            for article in search_articles(attempt, language=get_language(), region=region)[
                :SUGGEST_LIMIT
            ]:
                found.setdefault(article.pk, article)
            if attempt == query and len(query.split()) == 1:
                break
    results = [
        {"title": a.title, "url": a.get_absolute_url()}
        for a in list(found.values())[:SUGGEST_LIMIT]
    ]
    if len(query) >= SUGGEST_MIN_LENGTH:
        link = instant_link(query, language=get_language(), region=visitor_region(request))
        if link:
            results = [link, *results[: SUGGEST_LIMIT - 1]]
    response = JsonResponse({"results": results}, encoder=HtmlSafeJSONEncoder)
    response["Cache-Control"] = "private, max-age=60"
    return response
