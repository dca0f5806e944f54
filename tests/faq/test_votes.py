"""'Was this helpful?': POST only, one vote per visitor, rows not counters."""

import pytest
from django.test import Client

from faq.models import Vote
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def vote_url(article):
    return article.get_absolute_url() + "vote/"


def test_vote_is_post_only(client):
    article = make_article()
    assert client.get(vote_url(article)).status_code == 405
    assert Vote.objects.count() == 0


def test_vote_without_csrf_token_is_refused():
    article = make_article()
    response = Client(enforce_csrf_checks=True).post(vote_url(article), {"helpful": "yes"})
    assert response.status_code == 403
    assert Vote.objects.count() == 0


def test_not_helpful_with_comment_is_stored_as_a_row(client):
    article = make_article()
    response = client.post(vote_url(article), {"helpful": "no", "comment": "  Missing fees  "})
    assert response.status_code == 302
    assert response["Location"].endswith("#helpful")
    vote = Vote.objects.get()
    assert (vote.helpful, vote.comment, vote.language) == (False, "Missing fees", "en")


def test_helpful_vote_drops_the_comment(client):
    article = make_article()
    client.post(vote_url(article), {"helpful": "yes", "comment": "ignored"})
    assert Vote.objects.get().comment == ""


def test_one_vote_per_visitor_per_article(client):
    article, other = make_article(), make_article()
    client.post(vote_url(article), {"helpful": "yes"})
    response = client.post(vote_url(article), {"helpful": "no"}, follow=True)
    assert "already told us" in response.content.decode()
    client.post(vote_url(other), {"helpful": "no"})
    assert Vote.objects.filter(article=article).count() == 1
    assert Vote.objects.get(article=article).helpful is True
    assert Vote.objects.filter(article=other).count() == 1
    # A different visitor counts separately.
    Client().post(vote_url(article), {"helpful": "no"})
    assert Vote.objects.filter(article=article).count() == 2


def test_tampered_visitor_cookie_is_treated_as_a_new_visitor(client):
    article = make_article()
    client.post(vote_url(article), {"helpful": "yes"})
    client.cookies["hp_visitor"] = "forged-value"
    client.post(vote_url(article), {"helpful": "no"})
    assert Vote.objects.filter(article=article).count() == 2
    assert all(
        len(v) > 10 and v != "forged-value" for v in Vote.objects.values_list("visitor", flat=True)
    )


def test_overlong_comment_is_refused_with_the_text_kept(client):
    article = make_article()
    comment = "x" * 5000
    response = client.post(vote_url(article), {"helpful": "no", "comment": comment})
    assert response.status_code == 400
    html = response.content.decode()
    assert "at most 1000 characters" in html
    assert comment in html  # nothing the visitor typed is lost
    assert Vote.objects.count() == 0


@pytest.mark.parametrize("value", ["", "maybe", "<script>", "1"])
def test_invalid_choice_is_refused(client, value):
    article = make_article()
    assert client.post(vote_url(article), {"helpful": value}).status_code == 400
    assert Vote.objects.count() == 0


def test_votes_on_hidden_articles_are_404(client):
    from faq.models import Article

    draft = make_article(status=Article.Status.DRAFT)
    assert client.post(vote_url(draft), {"helpful": "yes"}).status_code == 404
