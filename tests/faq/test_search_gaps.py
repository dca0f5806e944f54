"""Searches that find nothing: logged for editors, and help for the visitor."""

import pytest
from django.db import DatabaseError
from django.urls import reverse

from faq.models import SearchGap
from faq.search import search_articles
from tests.factories import make_article
from tests.html import by_testid

pytestmark = pytest.mark.django_db


@pytest.fixture
def article():
    return make_article(title_en="Reset your password", body_en="Choose a new password.")


def test_empty_search_is_counted_per_query_and_language(client, article):
    client.get("/en/search/?q=Bitcoin+Wallet")
    client.get("/en/search/?q=bitcoin   wallet", REMOTE_ADDR="10.0.0.2")  # another client
    client.get("/zh-hans/search/?q=比特币")
    gap = SearchGap.objects.get(language="en")
    assert (gap.query, gap.count) == ("bitcoin wallet", 2)
    assert gap.last_seen >= gap.first_seen
    assert SearchGap.objects.get(language="zh-hans").query == "比特币"


def test_searches_that_find_something_or_nothing_typed_are_not_gaps(client, article):
    client.get("/en/search/?q=password")
    client.get("/en/search/?q=")
    client.get("/en/search/")
    search_articles("zzzz", language="en").count()  # the suggestion box: not a gap
    assert not SearchGap.objects.exists()


def test_a_failing_gap_log_never_breaks_the_page(client, article, monkeypatch):
    def broken(*args, **kwargs):
        raise DatabaseError("read-only replica")

    monkeypatch.setattr(SearchGap.objects, "filter", broken)
    response = client.get("/en/search/?q=nothinghere")
    assert response.status_code == 200


def test_nothing_found_offers_did_you_mean_and_the_way_on(client, article):
    html = client.get("/en/search/?q=paswrd").content.decode()  # 2 edits: not auto-corrected
    assert by_testid(html, "search-result") == []
    link = by_testid(html, "did-you-mean")
    assert link and link[0]["href"].endswith("?q=password")
    assert reverse("faq:index") in html


def test_no_did_you_mean_when_nothing_is_close(client, article):
    html = client.get("/en/search/?q=xylophone").content.decode()
    assert by_testid(html, "did-you-mean") == []


@pytest.mark.parametrize(
    ("role", "status"), [("agent", 403), ("analyst", 403), ("editor", 200), ("superuser", 200)]
)
def test_content_gaps_list_for_editors_only(client, cast, role, status):
    SearchGap.objects.create(query="<b>crypto</b>", language="en", count=3)
    client.force_login(cast[role])
    response = client.get(reverse("admin:faq_searchgap_changelist"))
    assert response.status_code == status
    if status == 200:
        html = response.content.decode()
        assert "&lt;b&gt;crypto" in html and "<b>crypto" not in html
        gap = SearchGap.objects.get()
        assert client.get(reverse("admin:faq_searchgap_add")).status_code == 403
        change = client.post(
            reverse("admin:faq_searchgap_change", args=[gap.pk]), {"query": "edited"}
        )
        assert change.status_code in (302, 403)
        gap.refresh_from_db()
        assert gap.query == "<b>crypto</b>"


def test_content_gaps_need_a_staff_login(client, customer):
    url = reverse("admin:faq_searchgap_changelist")
    assert client.get(url)["Location"].startswith("/admin/login/")
    client.force_login(customer)
    assert client.get(url)["Location"].startswith("/admin/login/")


def test_a_search_that_found_nothing_is_not_stored_and_counts_once_per_client(client, article):
    first = client.get("/en/search/?q=bitcoin")
    second = client.get("/en/search/?q=bitcoin")
    assert "X-Page-Cache" not in first and "X-Page-Cache" not in second
    assert SearchGap.objects.get(language="en").count == 1
    client.get("/en/search/?q=bitcoin", REMOTE_ADDR="10.0.0.3")
    assert SearchGap.objects.get(language="en").count == 2
    found = [client.get("/en/search/?q=password") for _ in range(2)]
    assert [r["X-Page-Cache"] for r in found] == ["miss", "hit"]
    assert SearchGap.objects.count() == 1
