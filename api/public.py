"""Public reads: the knowledge base, search, the contact directory, "is it really us?".

Anyone may call them. Each answer is built from the same querysets and services
as the pages (Article.objects.published(), search_articles, directory_for,
verify), so the API and the site never disagree; drafts are never answered.
"""

import math

from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema
from pydantic import Field

from api import schemas
from api.answers import cached_answer, requested_language, requested_region
from api.errors import ApiError
from contacts.directory import directory_for
from contacts.models import Alert, Region
from contacts.verification import verify
from contacts.views import VERIFY_RATE_GROUP
from faq.models import Article, Category
from faq.official import render_channel_tokens
from faq.search import MAX_QUERY_LENGTH, normalise_query, search_articles
from faq.search.snippets import plain_text
from helpdesk.lib.languages import language_codes
from helpdesk.lib.ratelimits import over_limit

router = Router(tags=["public"])

MAX_PAGE_SIZE = 50


class Scope(Schema):
    lang: str | None = Field(None, description="en, zh-hans or zh-hant; else Accept-Language.")
    region: str | None = Field(None, description="Region code; else the visitor's region.")


def _category(category, count=0):
    return schemas.CategoryOut(
        slug=category.slug,
        title=category.title,
        description=category.description,
        icon=category.icon,
        article_count=count,
        url=category.get_absolute_url(),
    )


def _summary(article):
    return schemas.ArticleSummary(
        slug=article.slug,
        title=article.title,
        summary=article.summary,
        category=article.category.slug,
        url=article.get_absolute_url(),
    )


@router.get("/categories", response=list[schemas.CategoryOut], summary="Categories")
def categories(request, scope: Query[Scope]):
    def build():
        region = requested_region(request)
        listed = Category.objects.with_article_counts(region)
        return [_category(c, c.article_count).model_dump(mode="json") for c in listed]

    return cached_answer(request, build)


@router.get(
    "/categories/{slug}",
    response={200: schemas.CategoryDetail, 404: schemas.Error},
    summary="A category and its published articles",
)
def category(request, slug: str, scope: Query[Scope]):
    def build():
        region = requested_region(request)
        found = Category.objects.by_slug(slug).first()
        if found is None:
            raise ApiError(404, _("There is no such category."))
        articles = list(
            found.articles.published()
            .for_visitor_region(region)
            .select_related("category")
            .order_by("title", "pk")
        )
        return schemas.CategoryDetail(
            **_category(found, len(articles)).model_dump(),
            articles=[_summary(a) for a in articles],
        )

    return cached_answer(request, build)


@router.get(
    "/articles/{slug}",
    response={200: schemas.ArticleOut, 404: schemas.Error},
    summary="A published article, rendered and as plain text",
)
def article(request, slug: str, scope: Query[Scope]):
    def build():
        found = (
            Article.objects.published()
            .by_slug(slug)
            .select_related("category")
            .prefetch_related("regions")
            .first()
        )
        if found is None:
            raise ApiError(404, _("There is no such article."))
        language = get_language()
        return schemas.ArticleOut(
            slug=found.slug,
            title=found.title,
            summary=found.summary,
            category=found.category.slug,
            category_title=found.category.title,
            url=found.get_absolute_url(),
            language=language,
            is_translated=found.is_translated(language),
            translations=[code for code in language_codes() if found.is_translated(code)],
            outdated_translations=outdated_translations(found),
            body_html=found.body_html,
            body_text=plain_text(render_channel_tokens(found.body)),
            keywords=found.keywords,
            regions=sorted(region.code for region in found.regions.all()),
            updated_at=found.updated_at,
        )

    return cached_answer(request, build)


def outdated_translations(article) -> list[str]:
    """Languages whose translation was made from an older English text (the public
    page shows its "may be older than the English version" note there)."""
    return sorted(article.outdated_languages())


class SearchQuery(Scope):
    q: str = Field("", max_length=MAX_QUERY_LENGTH * 4, description="What to search for.")
    page: int = Field(1, ge=1, le=1000)
    page_size: int = Field(10, ge=1, le=MAX_PAGE_SIZE)


@router.get("/search", response=schemas.SearchPage, summary="Search the published articles")
def search(request, params: Query[SearchQuery]):
    def build():
        query = normalise_query(params.q)
        results = search_articles(query, language=get_language(), region=requested_region(request))
        total = results.count()
        start = (params.page - 1) * params.page_size
        hits = results[start : start + params.page_size] if start < total else []
        return schemas.SearchPage(
            query=query,
            total=total,
            page=params.page,
            page_size=params.page_size,
            pages=math.ceil(total / params.page_size),
            suggestion=results.suggestion() if query and not total else None,
            results=[
                schemas.SearchHit(
                    slug=hit.slug,
                    title=plain_text(hit.title_html),
                    snippet=plain_text(hit.snippet),
                    category=hit.category.slug,
                    url=hit.get_absolute_url(),
                    is_fallback=hit.is_fallback,
                )
                for hit in hits
            ],
        )

    return cached_answer(request, build)


def _region(region):
    return schemas.RegionOut(
        code=region.code,
        name=region.name,
        time_zone=region.time_zone,
        default_language=region.default_language,
        url=region.get_absolute_url(),
    )


@router.get("/regions", response=list[schemas.RegionOut], summary="Regions")
def regions(request, lang: str | None = None):
    return cached_answer(
        request, lambda: [_region(r).model_dump(mode="json") for r in Region.objects.active()]
    )


def channel_out(card) -> schemas.ChannelOut:
    channel, state = card.channel, card.state
    return schemas.ChannelOut(
        kind=channel.kind,
        label=channel.label,
        description=channel.description,
        value=card.display_value,
        href=card.href or "",
        region=channel.region.code if channel.region_id else None,
        time_zone=str(channel.zone),
        always_open=channel.always_open,
        open_now=state.open_now,
        closes_at=state.closes_at,
        next_open=state.next_open,
        closed_today_for=state.closure.reason if state.closure and not state.open_now else "",
        week=[
            schemas.WeekRow(
                first_weekday=row.first_weekday,
                last_weekday=row.last_weekday,
                hours=[
                    (opens.strftime("%H:%M"), closes.strftime("%H:%M"))
                    for opens, closes in row.ranges
                ],
            )
            for row in card.week
        ],
    )


def _directory(region):
    now = timezone.now()
    directory = directory_for(region, now=now)
    return schemas.DirectoryOut(
        region=_region(region) if region else None,
        now=now,
        regional=[channel_out(card) for card in directory.regional],
        worldwide=[channel_out(card) for card in directory.worldwide],
        closures=[
            schemas.ClosureOut(
                starts_on=c.starts_on,
                ends_on=c.ends_on,
                opens=c.opens.strftime("%H:%M") if c.opens else None,
                closes=c.closes.strftime("%H:%M") if c.closes else None,
                reason=c.reason,
                channel=c.channel_label,
            )
            for c in directory.closures
        ],
        alerts=[
            schemas.AlertOut(
                level=a.level, title=a.title, body=a.body, starts_at=a.starts_at, ends_at=a.ends_at
            )
            for a in Alert.objects.active(now).for_region(region)
        ],
    )


@router.get(
    "/channels",
    response={200: schemas.DirectoryOut, 404: schemas.Error},
    summary="Contact channels with hours, open now, closures and alerts",
)
def channels(request, scope: Query[Scope]):
    return cached_answer(request, lambda: _directory(requested_region(request)), per_minute=True)


@router.get(
    "/regions/{code}/channels",
    response={200: schemas.DirectoryOut, 404: schemas.Error},
    summary="A region's contact channels",
)
def region_channels(request, code: str, lang: str | None = None):
    def build():
        region = get_object_or_404(Region.objects.active(), code=code.lower()[:2])
        return _directory(region)

    return cached_answer(request, build, per_minute=True)


class VerifyQuery(Schema):
    q: str = Field(min_length=1, max_length=2000, description="A number, address or handle.")
    lang: str | None = None
    region: str | None = None


@router.get(
    "/verify",
    response={200: schemas.VerifyOut, 400: schemas.Error, 429: schemas.Error},
    summary="Is it really us? The same verdicts and limit as the page",
)
def verify_value(request, params: Query[VerifyQuery]):
    requested_language(request)  # an unknown ?lang= is refused here too
    region = requested_region(request)
    if over_limit(
        request, group=VERIFY_RATE_GROUP, rate_setting="CONTACT_VERIFY_RATE", method="GET"
    ):
        raise ApiError(429, _("Too many checks. Please wait a minute."), retry_after=60)
    result = verify(params.q, region=region)
    if result is None:
        raise ApiError(400, _("Enter a phone number, e-mail or web address, or a handle."))
    channel = None
    if result.channel is not None:
        channel = channel_out(_card(result.channel, region))
    account = result.official_account
    return schemas.VerifyOut(
        verdict=str(result.verdict),
        kind=str(result.kind),
        value=result.value,
        normalised=result.normalised,
        problem=str(result.problem),
        imitates_brand=result.imitates_brand,
        reported_scam=result.impostor is not None,
        channel=channel,
        official_account=(account.note or account.value) if account else "",
        report_kind=result.report_kind,
    )


def _card(channel, region):
    directory = directory_for(channel.region or region, now=timezone.now())
    for card in [*directory.regional, *directory.worldwide]:
        if card.channel.pk == channel.pk:
            return card
    raise ApiError(404, _("There is no such channel."))
