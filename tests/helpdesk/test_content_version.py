"""The content version changes with every edit of public content, and again
when the edit is committed."""

import pytest

from helpdesk.lib.contentversion import content_version
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_an_edit_replaces_the_version_at_once_and_again_on_commit(
    django_capture_on_commit_callbacks,
):
    article = make_article()
    before = content_version()
    with django_capture_on_commit_callbacks(execute=True):
        article.title_en = "Renamed"
        article.save()
        # Pages rendered now, inside the edit's transaction, may still read the
        # old row: they are stored under this version...
        during = content_version()
        assert during != before
    # ... which the commit replaces, so they are never served afterwards.
    assert content_version() not in (before, during)


def test_rows_no_page_shows_leave_the_version_alone(django_user_model):
    before = content_version()
    django_user_model.objects.create_user("someone")
    assert content_version() == before
