"""The feed of confirmed impostor values, JSON and CSV, with since=; CORS by setting."""

import csv
import datetime
import io

import pytest
from django.test import override_settings
from django.utils import timezone

from contacts.models import KnownImpostor
from tests.factories import make_impostor

pytestmark = pytest.mark.django_db


def test_only_confirmed_values_are_listed(client):
    make_impostor(value="+44 20 7946 0111", is_confirmed=True)
    make_impostor(value="+44 20 7946 0222", is_confirmed=False)
    data = client.get("/api/v1/impostors").json()
    assert data["count"] == 1
    assert data["results"][0]["normalised"] == "+442079460111"


def test_since_gives_what_changed_after_it(client):
    old = make_impostor(value="+44 20 7946 0111", is_confirmed=True)
    KnownImpostor.objects.filter(pk=old.pk).update(
        updated_at=timezone.now() - datetime.timedelta(days=2)
    )
    make_impostor(kind="web", value="okpay-login.example.net", is_confirmed=True)
    since = (timezone.now() - datetime.timedelta(days=1)).isoformat()
    data = client.get("/api/v1/impostors", {"since": since}).json()
    assert [entry["value"] for entry in data["results"]] == ["okpay-login.example.net"]
    naive = client.get("/api/v1/impostors", {"since": "2026-01-01T00:00:00"})
    assert naive.status_code == 400
    assert client.get("/api/v1/impostors", {"since": "yesterday"}).status_code == 400


def test_csv_keeps_numbers_and_defuses_formulas(client):
    make_impostor(value="+44 20 7946 0111", is_confirmed=True)
    make_impostor(kind="social", value="@okpay_help_desk", is_confirmed=True)
    answer = client.get("/api/v1/impostors", {"format": "csv"})
    assert answer["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(answer.content.decode())))
    values = {row["normalised"] for row in rows}
    assert "+442079460111" in values
    assert all(not value.startswith(("=", "@")) for row in rows for value in row.values())
    assert client.get("/api/v1/impostors", {"format": "xml"}).status_code == 400


def test_cors_is_off_by_default(client):
    answer = client.get("/api/v1/regions", HTTP_ORIGIN="https://app.example.com")
    assert "Access-Control-Allow-Origin" not in answer


@override_settings(CORS_ALLOWED_ORIGINS=["https://app.example.com"])
def test_cors_for_the_named_origins_only(client):
    allowed = client.get("/api/v1/regions", HTTP_ORIGIN="https://app.example.com")
    assert allowed["Access-Control-Allow-Origin"] == "https://app.example.com"
    other = client.get("/api/v1/regions", HTTP_ORIGIN="https://evil.example.net")
    assert "Access-Control-Allow-Origin" not in other
    page = client.get("/en/contact/", HTTP_ORIGIN="https://app.example.com")
    assert "Access-Control-Allow-Origin" not in page  # pages never


@pytest.mark.parametrize("since", ["3059-04-14T11:06:54-17:52", "9999-12-31T23:59:59-23:59"])
def test_unusual_offsets_in_since_are_answered_not_failed(client, since):
    answer = client.get("/api/v1/impostors", {"since": since})
    assert answer.status_code in (200, 400)
    assert answer.json()
