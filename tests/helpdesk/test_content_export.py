"""export_content: deterministic files that import back to the same rows, never customer data."""

import datetime
import filecmp
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from contacts.models import Channel, OpeningHours
from faq.models import Article
from feedback.models import Submission
from helpdesk.content.demo import CONTENT_DIR, load_demo
from helpdesk.content.files import layout_files
from helpdesk.content.reader import format_hours, parse_hours
from tests.factories import make_article, make_category

pytestmark = pytest.mark.django_db


def export(folder):
    out = StringIO()
    call_command("export_content", str(folder), stdout=out)
    return out.getvalue()


def files(folder):
    """{relative path: bytes} of every file below `folder`."""
    root = Path(folder)
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def empty_content_folder(path):
    """A valid folder that names nothing: importing it with --prune empties the content."""
    for relative in layout_files():
        (path / relative).parent.mkdir(parents=True, exist_ok=True)
        (path / relative).write_text("", encoding="utf-8")
    (path / "faq/articles").mkdir()
    return path


def test_round_trip_from_the_demo_is_byte_identical_and_canonical(tmp_path):
    """Demo database -> files -> empty database -> files: the same bytes, and the bundled ones."""
    load_demo()
    first = tmp_path / "first"
    export(first)
    assert files(first) == files(CONTENT_DIR)  # the bundled folder is canonical

    call_command(
        "import_content",
        str(empty_content_folder(tmp_path / "empty")),
        "--prune",
        stdout=StringIO(),
    )
    assert not Article.objects.exists() and not Channel.objects.exists()
    call_command("import_content", str(first), stdout=StringIO())
    second = tmp_path / "second"
    export(second)
    assert files(second) == files(first)


def test_export_is_deterministic_and_every_file_ends_with_one_newline(tmp_path):
    call_command("import_content", str(CONTENT_DIR), stdout=StringIO())
    export(tmp_path / "a")
    out = export(tmp_path / "a")
    assert "0 written, 0 removed, 151 unchanged" in out
    export(tmp_path / "b")
    assert files(tmp_path / "a") == files(tmp_path / "b")
    for name, data in files(tmp_path / "a").items():
        if name.endswith(".png"):
            continue
        assert data.endswith(b"\n") and not data.endswith(b"\n\n"), name


def test_export_never_writes_customer_data(tmp_path):
    load_demo()
    export(tmp_path / "out")
    texts = [data for name, data in files(tmp_path / "out").items() if not name.endswith(".png")]
    written = b"".join(texts).decode("utf-8")
    submissions = Submission.objects.all()
    assert submissions.count() == 40
    for submission in submissions:
        assert submission.email not in written
        assert submission.description not in written
    assert "demo.toml" not in " ".join(files(tmp_path / "out"))


def test_text_survives_byte_for_byte(tmp_path):
    """Chinese, line endings, quotes and edge whitespace come back exactly (articles store
    line endings as \\n: Windows ones from a browser's form are normalised on saving)."""
    body = '第一段：「引號」與 "quotes" \\ 反斜線\r\n\r\n  縮排的行  \n\n末尾空行\n\n'
    category = make_category(slug_en="cards", slug_zh_hans="卡片", slug_zh_hant="")
    article = make_article(
        category=category,
        slug_en="exact",
        title_en='Title with "quotes" and \\ backslash',
        title_zh_hant="標題\u3000全形空格",
        slug_zh_hant="精確",
        body_zh_hant=body,
        body_en="\nStarts with a newline.",
        keywords_zh_hans="关键词, 「引号」",
    )
    export(tmp_path / "out")
    categories = (tmp_path / "out/faq/categories.toml").read_text(encoding="utf-8")
    assert '[category.slug]\nen = "cards"\nzh-hans = "卡片"\n' in categories
    article.delete()
    category.delete()
    call_command("import_content", str(tmp_path / "out"), stdout=StringIO())
    copy = Article.objects.get(slug_en="exact")
    assert (copy.category.slug_zh_hans, copy.category.slug_zh_hant) == ("卡片", "")
    assert copy.body_zh_hant == body.replace("\r\n", "\n")
    assert copy.body_en == "\nStarts with a newline."
    assert copy.title_en == 'Title with "quotes" and \\ backslash'
    assert copy.title_zh_hant == "標題\u3000全形空格" and copy.slug_zh_hant == "精確"
    assert copy.keywords_zh_hans == "关键词, 「引号」"
    text = (tmp_path / "out/faq/articles/exact/zh-hant.md").read_bytes()
    assert body.replace("\r\n", "\n").encode("utf-8") in text
    assert b'slug = "\xe7\xb2\xbe\xe7\xa2\xba"' in text  # written as UTF-8, not escaped


def test_articles_without_a_translation_have_no_file_for_it(tmp_path):
    make_article(slug_en="only-english", title_zh_hans="", body_zh_hans="", slug_zh_hans="")
    export(tmp_path / "out")
    names = sorted(p.name for p in (tmp_path / "out/faq/articles/only-english").iterdir())
    assert names == ["en.md", "meta.toml", "zh-hant.md"]


def test_a_future_publish_date_is_written_and_a_past_one_is_not(tmp_path):
    later = timezone.now().replace(microsecond=0) + datetime.timedelta(days=3)
    make_article(slug_en="scheduled", publish_at=later)
    make_article(slug_en="published")
    export(tmp_path / "out")
    scheduled = (tmp_path / "out/faq/articles/scheduled/meta.toml").read_text(encoding="utf-8")
    published = (tmp_path / "out/faq/articles/published/meta.toml").read_text(encoding="utf-8")
    assert f"publish_at = {later.astimezone(datetime.UTC).isoformat(sep=' ')}" in scheduled
    assert "publish_at" not in published


def test_export_removes_what_was_deleted_and_keeps_hidden_files(tmp_path):
    category = make_category(slug_en="cat")
    gone = make_article(slug_en="gone", category=category)
    make_article(slug_en="stays", category=category)
    out = tmp_path / "out"
    export(out)
    (out / ".gitkeep").write_text("", encoding="utf-8")
    gone.delete()
    assert "0 written, 4 removed" in export(out)  # meta, en, zh-hans, zh-hant of "gone"
    assert not (out / "faq/articles/gone").exists()
    assert (out / "faq/articles/stays/en.md").exists() and (out / ".gitkeep").exists()


def test_export_refuses_a_folder_with_other_files(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(CommandError, match=r"notes.txt: is not a content file"):
        export(out)
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt"]


def test_export_refuses_a_slug_that_is_not_a_folder_name(tmp_path):
    make_article(slug_en="../../escape")
    with pytest.raises(CommandError, match="is not a slug"):
        export(tmp_path / "out")
    assert not (tmp_path / "out").exists() and not (tmp_path.parent / "escape").exists()


def test_export_refuses_to_write_through_a_link(tmp_path):
    out = tmp_path / "out"
    (out / "contacts").mkdir(parents=True)
    (out / "contacts/regions.toml").symlink_to(tmp_path / "elsewhere.toml")
    with pytest.raises(CommandError, match="is a link"):
        export(out)
    assert not (tmp_path / "elsewhere.toml").exists()


@pytest.mark.parametrize(
    "lines",
    [
        ["mon-fri 09:00-21:00", "sat-sun 10:00-18:00"],
        ["mon-fri 09:00-12:00", "mon-fri 13:00-18:00"],
        ["sun-thu 22:00-06:00"],
        ["daily 07:00-23:00"],
        ["mon,wed,fri-sat 08:30-17:15:30"],
    ],
)
def test_hours_are_written_as_they_read(lines):
    rows = sorted(row for line in lines for row in parse_hours(line))
    assert format_hours(rows) == lines


def test_channel_hours_are_exported_grouped(tmp_path):
    call_command("import_content", str(CONTENT_DIR), stdout=StringIO())
    channel = Channel.objects.get(value_normalised="+442079460400")
    OpeningHours.objects.create(
        channel=channel, weekday=6, opens=datetime.time(10), closes=datetime.time(14)
    )
    export(tmp_path / "out")
    text = (tmp_path / "out/contacts/channels.toml").read_text(encoding="utf-8")
    assert '"mon-fri 08:00-20:00",\n    "sat 09:00-17:00",\n    "sun 10:00-14:00",' in text


def test_the_bundled_folder_is_unchanged_by_a_failed_export(tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(CONTENT_DIR, copy)
    (copy / "README").write_text("x", encoding="utf-8")
    with pytest.raises(CommandError):
        export(copy)
    assert not filecmp.dircmp(CONTENT_DIR, copy).diff_files
