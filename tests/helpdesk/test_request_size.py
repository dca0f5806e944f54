"""Django's own caps on request bodies (helpdesk.lib.requestsize and DATA_UPLOAD_* settings)."""

import socket

import pytest
from django.conf import settings

from feedback.models import Submission
from tests.files import png_bytes, upload
from tests.forms import feedback_data

pytestmark = pytest.mark.django_db


def test_a_declared_oversize_body_gets_a_clear_413_page_and_nothing_is_read(client):
    too_big = settings.REQUEST_MAX_BODY_SIZE + 1
    response = client.post(
        "/en/feedback/",
        b"x" * 100,
        content_type="application/octet-stream",
        CONTENT_LENGTH=str(too_big),
    )
    assert response.status_code == 413
    assert "Too much data sent" in response.content.decode()


def test_the_413_page_speaks_the_pages_language(client):
    response = client.post(
        "/zh-hant/feedback/",
        b"x",
        content_type="application/octet-stream",
        CONTENT_LENGTH=str(settings.REQUEST_MAX_BODY_SIZE + 1),
    )
    assert response.status_code == 413
    assert "傳送的資料太多" in response.content.decode()


def test_a_real_oversize_upload_is_refused_before_it_is_parsed(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.REQUEST_MAX_BODY_SIZE = 200_000
    data = feedback_data(client)
    data["attachments"] = [upload("big.png", b"\x89PNG" + b"\0" * 300_000, "image/png")]
    response = client.post("/en/feedback/", data)
    assert response.status_code == 413
    assert not Submission.objects.exists()


def test_a_form_within_the_cap_still_goes_through(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    data = feedback_data(client)
    data["attachments"] = [upload("a.png", png_bytes(), "image/png")]
    response = client.post("/en/feedback/", data)
    assert response.status_code == 302
    assert Submission.objects.get().attachments.count() == 1


def test_a_chunked_body_without_a_length_is_refused_not_read_as_empty(client):
    response = client.post(
        "/en/feedback/",
        b"",
        content_type="application/x-www-form-urlencoded",
        HTTP_TRANSFER_ENCODING="chunked",
    )
    assert response.status_code == 411
    assert not Submission.objects.exists()


def test_a_nonsense_content_length_is_a_bad_request(client):
    response = client.generic("POST", "/en/feedback/", b"a=b", CONTENT_LENGTH="-5")
    assert response.status_code == 400


def test_too_many_files_in_one_request_is_refused(client, settings):
    data = feedback_data(client)
    data["attachments"] = [
        upload(f"{n}.png", png_bytes(), "image/png")
        for n in range(settings.DATA_UPLOAD_MAX_NUMBER_FILES + 1)
    ]
    response = client.post("/en/feedback/", data)
    assert response.status_code == 400
    assert not Submission.objects.exists()


def test_django_keeps_large_form_fields_out_of_memory():
    # Fields beyond this size are refused by Django (RequestDataTooBig -> 400);
    # files above FILE_UPLOAD_MAX_MEMORY_SIZE are spooled to disk, not kept in memory.
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE <= 2 * 1024 * 1024
    assert settings.FILE_UPLOAD_MAX_MEMORY_SIZE <= 2 * 1024 * 1024
    assert settings.DATA_UPLOAD_MAX_NUMBER_FILES >= settings.FEEDBACK_MAX_FILES


@pytest.mark.django_db(transaction=True)
def test_a_direct_oversize_request_over_a_socket_is_answered_413(live_server):
    """A client that declares 100 MB and starts sending gets its answer without
    the server waiting for (or storing) the rest."""
    host, port = live_server.thread.host, live_server.thread.port
    with socket.create_connection((host, port), timeout=10) as conn:
        conn.sendall(
            b"POST /en/feedback/ HTTP/1.1\r\nHost: localhost\r\n"
            b"Content-Type: multipart/form-data; boundary=x\r\n"
            b"Content-Length: 104857600\r\n\r\n" + b"--x\r\n" + b"a" * 65536
        )
        answer = b""
        while b"\r\n\r\n" not in answer:
            chunk = conn.recv(4096)
            if not chunk:
                break
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 413")
    assert not Submission.objects.exists()
