"""reverse_slugs() gives what reverse() gives, for every language and prefix."""

import pytest
from django.urls import NoReverseMatch, reverse, set_script_prefix
from django.utils import translation

from helpdesk.lib.urls import reverse_slugs

SLUGS = ["reset-password", "重设密码", "a_b-9", "ÄÖü"]


@pytest.mark.parametrize("language", ["en", "zh-hans", "zh-hant"])
@pytest.mark.parametrize("prefix", ["/", "/help/"])
def test_the_same_urls_as_reverse(language, prefix):
    set_script_prefix(prefix)
    try:
        with translation.override(language):
            for category in SLUGS:
                assert reverse_slugs("faq:category", category=category) == reverse(
                    "faq:category", kwargs={"category": category}
                )
                for article in SLUGS:
                    kwargs = {"category": category, "article": article}
                    assert reverse_slugs("faq:article", **kwargs) == reverse(
                        "faq:article", kwargs=kwargs
                    )
    finally:
        set_script_prefix("/")


def test_values_that_are_not_slugs_go_through_reverse():
    with pytest.raises(NoReverseMatch):
        reverse_slugs("faq:category", category="a/b")
    with pytest.raises(NoReverseMatch):
        reverse_slugs("faq:category", category="")
