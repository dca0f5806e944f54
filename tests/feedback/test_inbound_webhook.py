"""Inbound mail from Mailgun through django-anymail: signed requests only, same path as
receive_mail."""

import base64
import hashlib
import hmac
import time

import pytest

from feedback import links
from feedback.models import InboundMail, Status
from tests.factories import make_submission
from tests.feedback.inbound_mail import raw_mail

pytestmark = pytest.mark.django_db

KEY = "test-signing-key"
URL = "/mail/inbound/mailgun/"


@pytest.fixture(autouse=True)
def _signing_key(settings):
    settings.ANYMAIL = {"MAILGUN_WEBHOOK_SIGNING_KEY": KEY, "WEBHOOK_SECRET": "mg:s3cret"}


def signed(raw: bytes, recipient: str, key: str = KEY) -> dict:
    timestamp, token = str(int(time.time())), "a" * 50
    signature = hmac.new(key.encode(), f"{timestamp}{token}".encode(), hashlib.sha256)
    return {
        "body-mime": raw.decode(),
        "recipient": recipient,
        "sender": "someone@example.com",
        "timestamp": timestamp,
        "token": token,
        "signature": signature.hexdigest(),
    }


def post(client, data, auth=("mg", "s3cret")):
    credentials = base64.b64encode(":".join(auth).encode()).decode()
    return client.post(URL, data, HTTP_AUTHORIZATION=f"Basic {credentials}")


def test_a_signed_request_lands_on_the_case(client):
    case = make_submission(status=Status.WAITING_CUSTOMER)
    address = links.reply_address(case)
    raw = raw_mail(to=address, body="Sent through the provider.\n\n> quoted\n")
    response = post(client, signed(raw, address))
    assert response.status_code == 200
    mail = InboundMail.objects.get()
    assert (mail.state, mail.submission) == ("attached", case)
    assert case.messages.get().body == "Sent through the provider."
    # The same request replayed: recognised, not added again.
    assert post(client, signed(raw, address)).status_code == 200
    assert case.messages.count() == 1


def test_a_wrongly_signed_request_is_refused_and_records_nothing(client):
    case = make_submission()
    address = links.reply_address(case)
    response = post(client, signed(raw_mail(to=address), address, key="guessed"))
    assert response.status_code == 400
    assert not InboundMail.objects.exists()


def test_wrong_basic_auth_is_refused(client):
    case = make_submission()
    address = links.reply_address(case)
    response = post(client, signed(raw_mail(to=address), address), auth=("mg", "wrong"))
    assert response.status_code == 400
    assert not InboundMail.objects.exists()


def test_without_a_signing_key_there_is_no_webhook(client, settings):
    settings.ANYMAIL = {}
    assert client.post(URL, {}).status_code == 404
