"""Public pages run a fixed number of queries however much content there is."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import make_alert, make_article, make_category, make_region

pytestmark = pytest.mark.django_db

# Budgets per page (cold cache, anonymous visitor with a region cookie).
BUDGETS = {
    "home": 5,  # + active alerts for the region
    "index": 3,
    "category": 5,
    "article": 8,  # + the article's active alerts
    # region, synonyms, vocabulary, hidden articles (cached), count, ranked hits,
    # the shown articles with their snippet texts
    "search": 7,
}


def build(categories, per_category, region):
    made = []
    for _ in range(categories):
        category = make_category()
        for n in range(per_category):
            article = make_article(category, regions=[region] if n % 3 == 0 else [])
            made.append(article)
    for article in made[:3]:
        article.related.set(made[3:6])
        article.alerts.add(make_alert(regions=[region]), make_alert())
    return made


def pages(article):
    return {
        "home": "/en/",
        "index": "/en/faq/",
        "category": article.category.get_absolute_url(),
        "article": article.get_absolute_url(),
        "search": "/en/search/?q=article",
    }


def count_queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, HTTP_COOKIE="region=hk")
    assert response.status_code == 200, url
    return len(captured)


def test_query_counts_do_not_grow_with_content(client, settings):
    settings.FAQ_VIEW_FLUSH_EVERY = 10_000  # count views, do not write them here
    region = make_region("hk")
    articles = build(2, 3, region)
    small = {name: count_queries(client, url) for name, url in pages(articles[0]).items()}
    build(20, 15, region)  # 50x the articles, 10x the categories
    large = {name: count_queries(client, url) for name, url in pages(articles[0]).items()}
    assert small == large
    for name, budget in BUDGETS.items():
        assert large[name] <= budget, (name, large[name])
