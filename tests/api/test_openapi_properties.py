"""Property-based test of the OpenAPI document against the live test server
(Schemathesis): generated requests, valid and not, never get a 5xx, and every
answer matches the schema the document gives for it. Examples are bounded and
derandomised, so the run is short and the same every time."""

import pytest
import schemathesis
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from tests.factories import make_article, make_channel, make_impostor, make_region

EXAMPLES_PER_OPERATION = 12
CHECKS = [not_a_server_error, response_schema_conformance]


@pytest.mark.django_db(transaction=True)
def test_api_keeps_its_document(live_server, settings):
    settings.CONTACT_VERIFY_RATE = "10000/m"
    region = make_region("hk")
    make_article(regions=[region])
    make_channel(region, always_open=True)
    make_impostor(is_confirmed=True)
    schema = schemathesis.openapi.from_url(f"{live_server.url}/api/v1/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 15

    for operation in operations:

        @hypothesis_settings(
            max_examples=EXAMPLES_PER_OPERATION,
            derandomize=True,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy())
        def keeps_its_document(case):
            case.call_and_validate(base_url=live_server.url, checks=CHECKS)

        keeps_its_document()
