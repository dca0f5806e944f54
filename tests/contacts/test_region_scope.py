"""`for_region` means the same for every region-scoped model: the rows for
every region plus the region's own; without a region, only the former."""

import pytest

from contacts.models import Alert, Channel, ContactGuidance
from faq.models import Article
from tests.factories import (
    make_alert,
    make_article,
    make_channel,
    make_guidance,
    make_region,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def regions():
    return make_region("hk"), make_region("gb", time_zone="Europe/London")


@pytest.fixture
def rows(regions):
    """Per model: (a row for everyone, one for hk, one for gb)."""
    hk, gb = regions
    return {
        Channel: (
            make_channel(None, value="+44 20 7946 0101"),
            make_channel(hk, value="+44 20 7946 0102"),
            make_channel(gb, value="+44 20 7946 0103"),
        ),
        ContactGuidance: (
            make_guidance(title_en="Everyone"),
            make_guidance(title_en="Hong Kong", region=hk),
            make_guidance(title_en="Britain", region=gb),
        ),
        Alert: (make_alert(), make_alert(regions=[hk]), make_alert(regions=[gb])),
        Article: (make_article(), make_article(regions=[hk]), make_article(regions=[gb])),
    }


@pytest.mark.parametrize("model", [Channel, ContactGuidance, Alert, Article])
def test_for_region_is_the_same_rule_for_every_model(model, rows, regions):
    everyone, hk_row, gb_row = rows[model]
    hk, gb = regions
    assert set(model.objects.for_region(None)) == {everyone}
    assert set(model.objects.for_region(hk)) == {everyone, hk_row}
    assert set(model.objects.for_region(gb)) == {everyone, gb_row}


def test_a_visitor_in_no_known_region_may_read_every_article(rows, regions):
    everyone, hk_row, gb_row = rows[Article]
    assert set(Article.objects.for_visitor_region(None)) == {everyone, hk_row, gb_row}
    assert set(Article.objects.for_visitor_region(regions[0])) == {everyone, hk_row}
