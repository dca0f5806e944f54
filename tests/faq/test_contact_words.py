"""Contact words: editable data in the content files and the admin, checked on import."""

import shutil
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from faq.models import ContactWord
from helpdesk.content.demo import CONTENT_DIR

pytestmark = pytest.mark.django_db

WORDS = "faq/contact_words.toml"


@pytest.fixture
def folder(tmp_path):
    target = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, target)
    return target


def run(folder, *args):
    out = StringIO()
    call_command("import_content", str(folder), *args, stdout=out)
    return out.getvalue()


def test_import_fills_every_language_and_a_second_import_changes_nothing(folder):
    run(folder)
    rows = ContactWord.objects.all()
    assert {row.language for row in rows} == {"en", "zh-hans", "zh-hant"}
    assert ContactWord.objects.get(language="zh-hans", kind="").terms.startswith("客服")
    assert "0 added, 0 changed" in run(folder)


def test_a_changed_list_is_saved_and_a_removed_one_pruned(folder):
    run(folder)
    path = folder / WORDS
    text = path.read_text(encoding="utf-8")
    text = text.replace('"customer care",', '"customer care",\n    "service desk",', 1)
    text = text.replace('forum = [\n    "forum",\n    "community",\n]\n', "", 1)
    path.write_text(text, encoding="utf-8")
    out = run(folder, "--prune", "-v2")
    assert "change contact words en contact" in out
    assert "remove contact words en forum" in out
    assert "service desk" in ContactWord.objects.get(language="en", kind="").terms
    assert not ContactWord.objects.filter(language="en", kind="forum").exists()


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("[en]\n", "[xx]\n", "language 'xx' is not one of the site's languages"),
        ('forum = [\n    "forum",', 'fax = [\n    "forum",', "contact words en fax"),
        ('"customer care",', '"customer, care",', "must be a list of words"),
        ('"customer care",', '"   ",', "must be a list of words"),
    ],
)
def test_bad_lists_are_refused_by_file_and_nothing_is_imported(folder, old, new, expected):
    path = folder / WORDS
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(CommandError) as caught:
        run(folder)
    assert "contact_words.toml" in str(caught.value) and expected in str(caught.value)
    assert not ContactWord.objects.exists()


@pytest.mark.parametrize(("role", "status"), [("agent", 403), ("editor", 200), ("superuser", 200)])
def test_editors_keep_the_list_in_the_admin(client, cast, role, status):
    ContactWord.objects.create(language="en", kind="", terms="<b>support</b>")
    client.force_login(cast[role])
    response = client.get(reverse("admin:faq_contactword_changelist"))
    assert response.status_code == status
    if status == 200:
        html = response.content.decode()
        assert "&lt;b&gt;support" in html and "<b>support" not in html
