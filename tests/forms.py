"""The public forms as a browser fills them in, and what the site answers and sends."""

import re

from django.core import mail

from tests.html import by_testid, elements

REFERENCE_PATTERN = re.compile(r"^(FB|CP|SR)-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$")


def form_token(client, url):
    """The idempotency token the form page hands out (as a browser would send it back)."""
    html = client.get(url).content.decode()
    for tag, attrs in elements(html):
        if tag == "input" and attrs.get("name") == "token":
            return attrs["value"]
    raise AssertionError("no token field")


def feedback_data(client, language="en", **overrides):
    data = {
        "token": form_token(client, f"/{language}/feedback/"),
        "kind": "complaint",
        "topic": "withdrawal",
        "description": "My withdrawal to the bank has been pending for five days.",
        "transaction_id": "TX20260412-0042",
        "email": "mei@example.com",
        "name": "Mei",
        "website": "",
    }
    return {**data, **overrides}


def report_data(client, language="en", **overrides):
    data = {
        "token": form_token(client, f"/{language}/report/"),
        "incident": "impostor_call",
        "suspicious_contact": "+1 202-555-0147",
        "occurred_on": "2026-01-10",
        "description": "Someone called saying they were OKPay support and asked me to move money.",
        "amount": "",
        "currency": "",
        "transaction_id": "",
        "email": "li@example.com",
        "name": "",
        "website": "",
    }
    return {**data, **overrides}


def reference_on(html):
    found = by_testid(html, "reference")
    assert len(found) == 1
    match = re.search(r'data-testid="reference">([^<]+)<', html)
    return match.group(1)


def sent_to(address):
    return [message for message in mail.outbox if address in message.to]
