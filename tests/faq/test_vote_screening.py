"""Vote comments are screened for secrets by the same rule as feedback (helpdesk.lib.screening)."""

import pytest

from faq.models import Vote
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def vote_url(article, language="en"):
    return article.get_absolute_url() + "vote/"


@pytest.mark.parametrize(
    ("comment", "named"),
    [
        ("It did not say what to do. My password: Hunter22!", "a password"),
        ("The sms code 482913 never arrived", "a one-time or verification code"),
        ("Card 4111 1111 1111 1111 was charged twice", "a full card number"),
    ],
)
def test_a_comment_with_a_secret_is_refused_and_kept_on_the_page(client, comment, named):
    article = make_article()
    response = client.post(vote_url(article), {"helpful": "no", "comment": comment})
    assert response.status_code == 400
    html = response.content.decode()
    assert f"Please remove {named} from your comment" in html
    assert Vote.objects.count() == 0


def test_a_chinese_comment_with_a_code_is_refused_in_chinese(client):
    article = make_article()
    url = "/zh-hans" + vote_url(article).removeprefix("/en")
    response = client.post(url, {"helpful": "no", "comment": "验证码是 839201,没有收到"})
    assert response.status_code == 400
    assert "请从您的评论中删除" in response.content.decode()
    assert Vote.objects.count() == 0


@pytest.mark.parametrize(
    "comment",
    ["I forgot my password and the article did not help", "Error code 1234 is not explained"],
)
def test_honest_comments_pass(client, comment):
    article = make_article()
    response = client.post(vote_url(article), {"helpful": "no", "comment": comment})
    assert response.status_code == 302
    assert Vote.objects.get().comment == comment
