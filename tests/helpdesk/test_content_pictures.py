"""Pictures in the content folder: faq/pictures.toml, faq/pictures/<name>.png, [[image:NAME]]."""

import io
import shutil
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils.translation import override
from PIL import Image

from faq.models import Article, ArticleImage
from helpdesk.content.demo import CONTENT_DIR
from helpdesk.content.screens import phone_screen
from tests.helpdesk.test_content_import import edit, run

pytestmark = pytest.mark.django_db

PICTURES = "faq/pictures.toml"
DEMO = {
    "reset-forgotten-password": "forgot-password",
    "how-to-withdraw": "withdraw",
    "report-suspicious-activity": "report-a-problem",
}


def check(folder):
    with pytest.raises(CommandError) as raised:
        call_command("check_content", str(folder), stdout=StringIO())
    return str(raised.value)


def stored_files(settings):
    root = settings.PUBLIC_MEDIA_ROOT
    return sorted(path.name for path in root.rglob("*") if path.is_file())


def test_demo_pictures_are_imported_once_and_a_reload_changes_nothing(folder, settings):
    run(folder)
    images = {image.name: image for image in ArticleImage.objects.all()}
    assert sorted(images) == sorted(DEMO.values())
    withdraw = images["withdraw"]
    assert (withdraw.width, withdraw.small_width) == (720, 640)
    assert withdraw.alt_zh_hant.startswith("OKPay App 錢包畫面截圖")
    assert not ArticleImage.objects.orphaned().exists()
    files = stored_files(settings)
    assert len(files) == 6

    out = run(folder)
    assert "0 added, 0 changed, 0 removed, 180 unchanged" in out
    assert stored_files(settings) == files
    assert list(ArticleImage.objects.values_list("pk", flat=True).order_by("pk")) == sorted(
        image.pk for image in images.values()
    )


def test_a_changed_alt_or_picture_updates_that_picture_only(folder):
    run(folder)
    before = ArticleImage.objects.get(name="withdraw")
    edit(folder / PICTURES, "錢包畫面截圖", "錢包頁面截圖")
    (folder / "faq/pictures/withdraw.png").write_bytes(phone_screen("Wallet", ["Withdraw"], 0))
    assert "change picture withdraw (alt_zh_hant, file)" in run(folder, "--dry-run")
    assert "0 added, 1 changed, 0 removed, 179 unchanged" in run(folder)
    after = ArticleImage.objects.get(name="withdraw")
    assert after.pk == before.pk and after.large.name != before.large.name
    assert after.alt_zh_hant.startswith("OKPay App 錢包頁面截圖")


def test_export_writes_the_pictures_back_byte_for_byte(folder, tmp_path):
    run(folder)
    out = tmp_path / "exported"
    call_command("export_content", str(out), stdout=StringIO())
    for name in DEMO.values():
        relative = f"faq/pictures/{name}.png"
        assert (out / relative).read_bytes() == (CONTENT_DIR / relative).read_bytes()
    assert (out / PICTURES).read_bytes() == (CONTENT_DIR / PICTURES).read_bytes()


def test_a_picture_file_that_is_not_an_image_is_refused_with_nothing_imported(folder):
    (folder / "faq/pictures/withdraw.png").write_bytes(b"<svg onload=alert(1)>")
    with pytest.raises(CommandError) as raised:
        run(folder)
    assert "Nothing imported" in str(raised.value)
    assert "pictures.toml" in str(raised.value) and "picture withdraw" in str(raised.value)
    assert not ArticleImage.objects.exists() and not Article.objects.exists()


def test_check_content_names_a_token_without_its_picture(folder):
    body = folder / "faq/articles/how-to-withdraw/zh-hant.md"
    edit(body, "[[image:withdraw]]", "[[image:wallet]]")
    message = check(folder)
    assert "how-to-withdraw/zh-hant.md:" in message
    assert "[[image:wallet]] names no picture of faq/pictures.toml" in message


def test_check_content_wants_an_id_free_token(folder):
    edit(folder / "faq/articles/how-to-withdraw/en.md", "[[image:withdraw]]", "[[image:12]]")
    assert "[[image:12]] names no picture" in check(folder)


def test_check_content_wants_alt_text_in_every_language(folder):
    text = (folder / PICTURES).read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if line.startswith('zh-hant = "OKPay App 錢包'))
    edit(folder / PICTURES, line, 'zh-hant = " "')
    message = check(folder)
    assert "pictures.toml:" in message and "'alt' needs a text in zh-hant" in message


@pytest.mark.parametrize(
    "change, expected",
    [
        ("missing", "faq/pictures/withdraw.png: missing file"),
        ("unlisted", "faq/pictures/extra.png: picture not listed in faq/pictures.toml"),
        ("bad name", "name 'Withdraw': use lower-case letters"),
    ],
)
def test_check_content_names_missing_unlisted_and_misnamed_pictures(folder, change, expected):
    if change == "missing":
        (folder / "faq/pictures/withdraw.png").unlink()
    elif change == "unlisted":
        shutil.copy(folder / "faq/pictures/withdraw.png", folder / "faq/pictures/extra.png")
    else:
        edit(folder / PICTURES, 'name = "withdraw"', 'name = "Withdraw"')
    assert expected in check(folder)


def test_demo_articles_show_their_picture_with_the_alt_of_each_language(client):
    call_command("import_content", str(CONTENT_DIR), stdout=StringIO())
    for slug, name in DEMO.items():
        article = Article.objects.get(slug_en=slug)
        image = ArticleImage.objects.get(name=name)
        for code in ("en", "zh-hans", "zh-hant"):
            with override(code):
                response = client.get(article.get_absolute_url())
                alt = getattr(image, f"alt_{code.replace('-', '_')}")
            assert response.status_code == 200
            html = response.content.decode()
            assert f'srcset="{image.small.url} 640w, {image.large.url} 720w"' in html
            assert f'alt="{alt}"' in html, (slug, code)
        with image.large.open("rb") as stream, Image.open(io.BytesIO(stream.read())) as shot:
            assert shot.size == (720, 1280)
