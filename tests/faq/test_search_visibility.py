"""Search shows exactly what `Article.objects.published().for_visitor_region()` lets
through, in every state an article can be in, for every kind of visitor."""

import datetime

import pytest
from django.db.models import ProtectedError
from django.utils import timezone

from faq.models import Article, Category
from faq.search import search_articles
from tests.factories import make_article, make_category, make_region

pytestmark = pytest.mark.django_db

WORD = "zebrafinch"


@pytest.fixture
def regions():
    return {"hk": make_region("hk"), "gb": make_region("gb", time_zone="Europe/London")}


@pytest.fixture
def states(regions):
    """One article in each state, all about the same word."""
    category = make_category()
    now = timezone.now()

    def article(name, **fields):
        return make_article(
            category,
            title_en=f"{WORD} {name}",
            body_en=f"All about {WORD}.",
            title_zh_hans=f"{WORD} 文章",
            body_zh_hans=f"关于 {WORD} 的一切。",
            **fields,
        )

    return {
        "public": article("public"),
        "draft": article("draft", status=Article.Status.DRAFT),
        "archived": article("archived", status=Article.Status.ARCHIVED),
        "future": article("future", publish_at=now + datetime.timedelta(hours=1)),
        "draft-past": article(
            "old draft", status=Article.Status.DRAFT, publish_at=now - datetime.timedelta(days=9)
        ),
        "hk-only": article("hk", regions=[regions["hk"]]),
        "gb-only": article("gb", regions=[regions["gb"]]),
        "hk-draft": article("hk draft", regions=[regions["hk"]], status=Article.Status.DRAFT),
        "other-category": make_article(
            make_category(),
            title_en=f"{WORD} elsewhere",
            body_en=f"All about {WORD}.",
            title_zh_hans=f"{WORD} 别处",
            body_zh_hans=f"关于 {WORD} 的一切。",
        ),
    }


def found(language, region):
    return {article.pk for article in search_articles(WORD, language=language, region=region)[:50]}


def rule(region, states):
    ids = [article.pk for article in states.values()]
    return set(
        Article.objects.published()
        .for_visitor_region(region)
        .filter(pk__in=ids)
        .values_list("pk", flat=True)
    )


@pytest.mark.parametrize("language", ["en", "zh-hans"])
@pytest.mark.parametrize("region_code", [None, "hk", "gb"])
def test_search_equals_the_queryset_rule(states, regions, language, region_code):
    region = regions.get(region_code)
    expected = rule(region, states)
    assert found(language, region) == expected
    # The rule hides something in every case, and shows something.
    assert expected and expected != {article.pk for article in states.values()}


def test_a_change_the_cached_hidden_list_missed_is_still_honoured(states, regions):
    # Warm the cached list of hidden ids, then unpublish without any signal.
    assert states["public"].pk in found("en", None)
    Article.objects.filter(pk=states["public"].pk).update(status=Article.Status.ARCHIVED)
    assert states["public"].pk not in found("en", None)
    assert found("en", None) == rule(None, states)


def test_a_category_with_articles_cannot_be_deleted_and_search_is_unchanged(states):
    category = states["public"].category
    before = found("en", None)
    with pytest.raises(ProtectedError):
        category.delete()
    assert Category.objects.filter(pk=category.pk).exists()
    assert found("en", None) == before == rule(None, states)


def test_deleting_a_category_with_its_articles_removes_them_from_search(states):
    other = states["other-category"]
    other.delete()
    other.category.delete()
    assert other.pk not in found("en", None)
    assert found("en", None) == rule(None, states)
