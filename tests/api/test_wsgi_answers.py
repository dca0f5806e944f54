"""Cached API answers from the WSGI application (api.wsgi), as gunicorn serves them."""

import pytest
from django.test import RequestFactory

from helpdesk.wsgi import application
from tests.factories import make_article

# Through the WSGI handler: request_finished closes the connection, as in a server.
pytestmark = pytest.mark.django_db(transaction=True)


def call(path, **headers):
    environ = RequestFactory().get(path, **headers).environ
    answer = {}

    def start_response(status, response_headers, exc_info=None):
        answer.update(status=int(status.split()[0]), headers=dict(response_headers))

    chunks = application(environ, start_response)
    body = b"".join(chunks)
    if hasattr(chunks, "close"):
        chunks.close()
    return answer["status"], answer["headers"], body


def test_a_stored_answer_is_served_before_django_with_its_headers():
    article = make_article(title_en="Freeze a card")
    path = f"/api/v1/articles/{article.slug}?lang=en"
    status, first_headers, first_body = call(path)
    assert status == 200
    assert "X-Api-Cache" not in first_headers
    status, headers, body = call(path)
    assert (status, headers.get("X-Api-Cache"), body) == (200, "hit", first_body)
    for name in ("ETag", "Last-Modified", "Content-Type", "X-Content-Type-Options"):
        assert headers[name] == first_headers[name]
    status, headers, body = call(path, HTTP_IF_NONE_MATCH=first_headers["ETag"])
    assert (status, body, headers["ETag"]) == (304, b"", first_headers["ETag"])
    article.title_en = "Freeze or unfreeze a card"
    article.save()
    status, headers, body = call(path)
    assert "X-Api-Cache" not in headers
    assert b"Freeze or unfreeze a card" in body


@pytest.mark.parametrize(
    "headers",
    [{"HTTP_AUTHORIZATION": "Bearer x"}, {"HTTP_ORIGIN": "https://app.example.com"}],
)
def test_requests_with_credentials_or_an_origin_always_reach_django(headers):
    article = make_article()
    path = f"/api/v1/articles/{article.slug}"
    call(path)
    call(path)
    status, answer_headers, _body = call(path, **headers)
    assert status == 200
    assert "X-Api-Cache" not in answer_headers


def test_an_unknown_language_is_never_served_from_the_cache():
    article = make_article()
    call(f"/api/v1/articles/{article.slug}")
    status, _headers, body = call(f"/api/v1/articles/{article.slug}?lang=xx")
    assert status == 400
    assert b"unknown_language" in body
