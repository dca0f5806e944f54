"""Stored pages live as long as they are true: until "open now" flips, an alert
starts or ends, a scheduled article is due or leaves, or PAGE_CACHE_SECONDS at most."""

import datetime

import pytest

from contacts.models import Alert
from faq.models import Article
from tests.factories import make_alert, make_article, make_category, make_channel, make_region
from tests.html import by_testid

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
WEEKDAYS = [(day, "09:00", "18:00") for day in range(5)]


@pytest.fixture(autouse=True)
def long_max_age(settings):
    """Pages here are re-rendered because what they show changes, not from age."""
    settings.PAGE_CACHE_SECONDS = 7 * 24 * 3600


def visit(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, url
    return response["X-Page-Cache"], response.content.decode()


def test_open_now_flips_on_a_stored_page_at_closing_time(client, clock):
    clock("2026-12-03T17:58:00+08:00")  # a Thursday
    region = make_region("hk", time_zone="Asia/Hong_Kong")
    make_channel(region, label_en="Hotline", hours=WEEKDAYS)
    url = "/en/contact/hk/"

    def state():
        cache_state, html = visit(client, url)
        return cache_state, by_testid(html, "channel")[0]["data-open"]

    assert state() == ("miss", "true")
    clock("2026-12-03T17:59:59+08:00")
    assert state() == ("hit", "true")
    clock("2026-12-03T18:00:00+08:00")
    assert state() == ("miss", "false")
    clock("2026-12-03T18:30:00+08:00")
    assert state() == ("hit", "false")
    # Closed until 09:00 the next morning, but "opens tomorrow" reads "opens
    # today" from midnight: the page is rendered again then.
    clock("2026-12-04T00:00:00+08:00")
    cache_state, html = visit(client, url)
    assert cache_state == "miss" and "Closed, opens today at 09:00." in html
    clock("2026-12-04T09:00:00+08:00")
    assert state() == ("miss", "true")


@pytest.mark.parametrize("url", ["/en/", "/en/contact/"])
def test_an_alert_appears_on_stored_pages_at_its_start_and_leaves_at_its_end(client, clock, url):
    clock("2026-12-03T09:30:00+00:00")
    make_alert(
        title_en="Fake refund calls",
        starts_at=datetime.datetime(2026, 12, 3, 10, tzinfo=UTC),
        ends_at=datetime.datetime(2026, 12, 3, 11, tzinfo=UTC),
    )

    def shown():
        cache_state, html = visit(client, url)
        return cache_state, "Fake refund calls" in html

    assert shown() == ("miss", False)
    clock("2026-12-03T09:59:59+00:00")
    assert shown() == ("hit", False)
    clock("2026-12-03T10:00:00+00:00")
    assert shown() == ("miss", True)
    clock("2026-12-03T10:59:00+00:00")
    assert shown() == ("hit", True)
    clock("2026-12-03T11:00:00+00:00")
    assert shown() == ("miss", False)


def test_an_articles_own_alert_appears_on_its_stored_page_at_its_start(client, clock):
    clock("2026-12-03T09:30:00+00:00")
    article = make_article()
    article.alerts.add(
        make_alert(title_en="Only here", starts_at=datetime.datetime(2026, 12, 3, 10, tzinfo=UTC))
    )
    assert visit(client, article.get_absolute_url())[0] == "miss"
    clock("2026-12-03T09:59:00+00:00")
    cache_state, html = visit(client, article.get_absolute_url())
    assert cache_state == "hit" and "Only here" not in html
    clock("2026-12-03T10:00:00+00:00")
    cache_state, html = visit(client, article.get_absolute_url())
    assert cache_state == "miss" and "Only here" in html


def test_a_scheduled_article_appears_on_stored_pages_when_due(
    client, clock, django_capture_on_commit_callbacks
):
    clock("2026-12-03T11:00:00+00:00")
    category = make_category()
    with django_capture_on_commit_callbacks(execute=True):  # the search index
        make_article(category, title_en="Zebrafinch kumquat")
        make_article(
            category,
            title_en="Zebrafinch marmalade",
            publish_at=datetime.datetime(2026, 12, 3, 12, tzinfo=UTC),
        )
    urls = ["/en/", "/en/faq/", category.get_absolute_url(), "/en/search/?q=zebrafinch"]

    def listed():
        return [(url, *visit(client, url)) for url in urls]

    for url, cache_state, html in listed():
        assert cache_state == "miss" and "kumquat" in html and "marmalade" not in html, url
    clock("2026-12-03T11:59:59+00:00")
    for url, cache_state, html in listed():
        assert cache_state == "hit" and "marmalade" not in html, url
    clock("2026-12-03T12:00:00+00:00")
    for url, cache_state, html in listed():
        if url == "/en/":  # the home page lists the most read articles and the counts
            assert cache_state == "miss", url
            continue
        assert cache_state == "miss" and "marmalade" in html, url


def test_an_article_leaves_stored_pages_at_its_unpublish_time(
    client, clock, django_capture_on_commit_callbacks
):
    clock("2026-12-03T11:00:00+00:00")
    category = make_category()
    with django_capture_on_commit_callbacks(execute=True):  # the search index
        make_article(category, title_en="Zebrafinch kumquat")
        leaving = make_article(
            category,
            title_en="Zebrafinch marmalade",
            unpublish_at=datetime.datetime(2026, 12, 3, 12, tzinfo=UTC),
        )
    page = leaving.get_absolute_url()
    urls = ["/en/faq/", category.get_absolute_url(), "/en/search/?q=zebrafinch"]
    for url in urls:
        assert "marmalade" in visit(client, url)[1], url
    assert visit(client, page)[0] == "miss"
    clock("2026-12-03T11:59:59+00:00")
    for url in [*urls, page]:
        assert visit(client, url)[0] == "hit", url
    clock("2026-12-03T12:00:00+00:00")
    for url in urls:
        cache_state, html = visit(client, url)
        assert cache_state == "miss" and "marmalade" not in html and "kumquat" in html, url
    assert client.get(page).status_code == 404


def test_page_cache_seconds_is_the_longest_a_page_is_kept(client, clock, settings):
    settings.PAGE_CACHE_SECONDS = 600
    clock("2026-12-03T11:00:00+00:00")
    article = make_article()
    assert visit(client, article.get_absolute_url())[0] == "miss"
    clock("2026-12-03T11:09:59+00:00")
    assert visit(client, article.get_absolute_url())[0] == "hit"
    clock("2026-12-03T11:10:00+00:00")
    assert visit(client, article.get_absolute_url())[0] == "miss"


def test_next_publication_ignores_drafts_and_what_is_already_out(clock):
    now = clock("2026-12-03T11:00:00+00:00")
    at = datetime.datetime(2026, 12, 3, 15, tzinfo=UTC)
    make_article(publish_at=now - datetime.timedelta(days=1))
    make_article(status=Article.Status.DRAFT, publish_at=now + datetime.timedelta(minutes=5))
    assert Article.objects.next_publication_after(now) is None
    make_article(publish_at=at)
    make_article(publish_at=at + datetime.timedelta(hours=1))
    assert Article.objects.next_publication_after(now) == at
    leaves = at - datetime.timedelta(minutes=30)
    make_article(publish_at=now - datetime.timedelta(days=1), unpublish_at=leaves)
    assert Article.objects.next_publication_after(now) == leaves


def test_alerts_shown_now_and_their_next_change(clock):
    now = clock("2026-12-03T11:00:00+00:00")
    hour = datetime.timedelta(hours=1)
    current = make_alert(starts_at=now - hour, ends_at=now + 3 * hour)
    make_alert(starts_at=now + 2 * hour)
    make_alert(starts_at=now - 2 * hour, ends_at=now - hour)  # over
    make_alert(starts_at=now + hour / 2, is_published=False)
    shown, next_change = Alert.objects.shown_and_next_change(now)
    assert shown == [current] == list(Alert.objects.active(now))
    assert next_change == now + 2 * hour
