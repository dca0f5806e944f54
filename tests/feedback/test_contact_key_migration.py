"""Migration 0002 regroups stored reports under the directory's normal form."""

import uuid

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("feedback", "0001_initial"), ("contacts", "0002_directory")]
AFTER = [("feedback", "0002_suspicious_contact_key_normal_form")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def test_existing_keys_are_recomputed():
    apps = migrate(BEFORE)
    Region = apps.get_model("contacts", "Region")
    Submission = apps.get_model("feedback", "Submission")
    us = Region.objects.create(code="us", name_en="United States", time_zone="America/New_York")

    def report(contact, old_key, region=None):
        return Submission.objects.create(
            reference=f"SR-TEST-{uuid.uuid4().hex[:4].upper()}",
            idempotency_key=uuid.uuid4(),
            kind="suspicious",
            language="en",
            description="A call.",
            suspicious_contact=contact,
            suspicious_contact_key=old_key,
            region=region,
        ).pk

    national = report("(202) 555-0147", "2025550147", region=us)
    web = report("https://www.okpay-help.example/login", "okpay-help.example/login")
    untouched = report("", "")
    try:
        apps = migrate(AFTER)
        keys = dict(
            apps.get_model("feedback", "Submission").objects.values_list(
                "pk", "suspicious_contact_key"
            )
        )
        assert keys[national] == "+12025550147"
        assert keys[web] == "okpay-help.example"
        assert keys[untouched] == ""
    finally:  # back to the latest state for the tests that follow
        executor = MigrationExecutor(connection)
        migrate(executor.loader.graph.leaf_nodes())
