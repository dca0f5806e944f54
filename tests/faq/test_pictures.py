"""Pictures in articles: checked uploads, re-encoded widths, alt text per language,
srcset rendering, tokens for pictures that are gone, the orphan list, public media."""

import io
from io import StringIO
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils.translation import override
from PIL import Image

from faq.models import ArticleImage
from tests.factories import article_admin_form, make_article
from tests.security.hostile_files import CASES, real_bomb

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _public_media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "evidence"
    settings.PUBLIC_MEDIA_ROOT = tmp_path / "public"


def png(size=(1600, 900), mode="RGB", format_="PNG", **options):
    out = io.BytesIO()
    Image.new(mode, size, (30, 120, 200) if mode == "RGB" else 0).save(
        out, format=format_, **options
    )
    return out.getvalue()


def animated(format_="GIF", size=(64, 64)):
    colours = ((255, 0, 0), (0, 255, 0), (0, 0, 255))
    frames = [Image.new("RGB", size, colour) for colour in colours]
    out = io.BytesIO()
    frames[0].save(
        out, format=format_, save_all=True, append_images=frames[1:], loop=0, duration=100
    )
    return out.getvalue()


def animated_bomb():
    """An animated GIF whose header claims 65535 x 65535 pixels per frame."""
    data = bytearray(animated())
    data[6:10] = (65535).to_bytes(2, "little") * 2
    return bytes(data)


def upload_picture(client, content, name="screen.png", **alts):
    data = {"upload": SimpleUploadedFile(name, content), "alt_en": "The Pay button"}
    data.update(alts)
    return client.post(reverse("admin:faq_articleimage_add"), data)


def make_picture(**alts):
    from faq.pictures import clean_picture

    image = ArticleImage(**{"alt_en": "The Pay button", **alts})
    image.store(clean_picture(SimpleUploadedFile("s.png", png())))
    image.save()
    return image


def public_files(settings):
    root = Path(settings.PUBLIC_MEDIA_ROOT)
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


# ------------------------------------------------------------------ uploads


def test_an_editor_uploads_a_picture_and_gets_two_widths_and_the_token(client, editor, settings):
    client.force_login(editor)
    response = upload_picture(client, png(), alt_zh_hans="付款按钮", alt_zh_hant="付款按鈕")
    assert response.status_code == 302, response.content.decode()[:2000]
    image = ArticleImage.objects.get()
    assert image.uploaded_by == editor
    assert (image.width, image.height, image.small_width) == (1280, 720, 640)
    files = public_files(settings)
    assert len(files) == 2
    assert all(p.is_relative_to(Path(settings.PUBLIC_MEDIA_ROOT) / "pictures") for p in files)
    assert not Path(settings.MEDIA_ROOT).exists()  # never the evidence store
    page = client.get(reverse("admin:faq_articleimage_change", args=[image.pk]))
    assert f"[[image:{image.pk}]]" in page.content.decode()


def test_a_small_picture_is_kept_at_its_size_only(client, editor):
    client.force_login(editor)
    assert upload_picture(client, png((300, 200))).status_code == 302
    image = ArticleImage.objects.get()
    assert (image.width, image.height, image.small_width, bool(image.small)) == (
        300,
        200,
        None,
        False,
    )


def test_metadata_is_stripped_and_jpeg_stays_jpeg(client, editor, settings):
    exif = Image.Exif()
    exif[0x010F] = "SpyCam Inc"
    client.force_login(editor)
    assert upload_picture(client, png(format_="JPEG", exif=exif), "p.jpg").status_code == 302
    for path in public_files(settings):
        assert path.suffix == ".jpg"
        assert b"SpyCam" not in path.read_bytes()


REFUSED = [(case, name, content) for case, name, content, outcome in CASES]
REFUSED += [
    ("animated_gif", "moving.gif", animated()),
    ("animated_png", "moving.png", animated("PNG")),
    ("animated_webp", "moving.webp", animated("WEBP")),
    ("animated_bomb", "bomb.gif", animated_bomb()),
    ("ten_thousand_square", "huge.png", real_bomb()),
]


@pytest.mark.parametrize(("case", "name", "content"), REFUSED, ids=[r[0] for r in REFUSED])
def test_hostile_files_are_refused_or_neutralised(client, editor, settings, case, name, content):
    client.force_login(editor)
    response = upload_picture(client, content, name)
    stored = public_files(settings)
    if response.status_code == 302:
        # Only real still images get through, and then only as our own re-encoding.
        assert not case.startswith(("animated", "ten_thousand"))
        assert all(p.suffix in {".png", ".jpg"} for p in stored)
        for path in stored:
            data = path.read_bytes()
            assert b"<script" not in data and b"alert(" not in data and b"SpyCam" not in data
        return
    assert response.status_code == 200, case
    assert "errorlist" in response.content.decode()
    assert ArticleImage.objects.count() == 0
    assert stored == []


def test_animations_and_bombs_say_why(client, editor):
    client.force_login(editor)
    assert "Animated images are not accepted" in upload_picture(
        client, animated(), "a.gif"
    ).content.decode("utf-8")
    assert "too large to process" in upload_picture(client, real_bomb(), "b.png").content.decode(
        "utf-8"
    )


def test_alt_text_in_english_is_required(client, editor):
    client.force_login(editor)
    response = upload_picture(client, png(), alt_en="")
    assert response.status_code == 200
    assert ArticleImage.objects.count() == 0


# ------------------------------------------------------------------ rendering


def test_the_body_shows_a_responsive_picture_with_the_alt_in_the_pages_language():
    image = make_picture(alt_zh_hans="付款按钮", alt_zh_hant="付款按鈕")
    article = make_article(
        body_en=f"Tap Pay:\n\n[[image:{image.pk}]]",
        body_zh_hans=f"点付款：\n\n[[image:{image.pk}]]",
    )
    html = article.body_html
    assert f'src="{image.large.url}"' in html
    assert f"{image.small.url} 640w, {image.large.url} 1280w" in html
    assert 'sizes="' in html and 'loading="lazy"' in html
    assert 'width="1280" height="720"' in html and 'alt="The Pay button"' in html
    with override("zh-hans"):
        assert 'alt="付款按钮"' in article.body_html


def test_a_picture_that_is_gone_renders_nothing_and_check_content_reports_it():
    image = make_picture(alt_zh_hans="付款按钮", alt_zh_hant="付款按鈕")
    article = make_article(slug_en="with-picture", body_en=f"Before [[image:{image.pk}]] after")
    pk = image.pk
    image.delete()
    article = type(article).objects.get(pk=article.pk)
    assert "<img" not in article.body_html and "[[image" not in article.body_html
    with pytest.raises(CommandError) as raised:
        call_command("check_content", "--published", stdout=StringIO())
    assert f"with-picture [en] body: [[image:{pk}]] names a picture" in str(raised.value)


def test_saving_a_body_whose_picture_lacks_alt_in_that_language_is_refused(client, editor):
    image = make_picture()  # English alt only
    article = make_article(body_en="Before.")
    client.force_login(editor)
    url = reverse("admin:faq_article_change", args=[article.pk])
    token = f"[[image:{image.pk}]]"
    response = client.post(url, article_admin_form(article, body_en=token))
    assert response.status_code == 302  # English alt exists
    response = client.post(url, article_admin_form(article, body_zh_hant=token))
    assert response.status_code == 200
    assert "has no alt text in this language" in response.content.decode()
    article.refresh_from_db()
    assert token not in (article.body_zh_hant or "")


def test_raw_html_srcset_with_a_script_scheme_is_dropped():
    article = make_article(body_en='<img src="/x.png" srcset="javascript:alert(1) 1x">')
    assert "javascript" not in article.body_html


# ------------------------------------------------------------------ orphans and media


def test_orphaned_pictures_are_listed(client, editor):
    used = make_picture()
    in_draft = make_picture()
    orphan = make_picture()
    make_article(body_en=f"[[image:{used.pk}]]")
    make_article(draft_texts={"body_en": f"[[image:{in_draft.pk}]]"})
    assert list(ArticleImage.objects.orphaned()) == [orphan]
    client.force_login(editor)
    page = client.get(reverse("admin:faq_articleimage_changelist") + "?use=orphaned")
    html = page.content.decode()
    assert f"[[image:{orphan.pk}]]" in html and f"[[image:{used.pk}]]" not in html


def test_public_media_is_served_for_ever_with_nosniff(client):
    image = make_picture()
    response = client.get(image.large.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert (
        "immutable" in response["Cache-Control"] and "max-age=31536000" in response["Cache-Control"]
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")


@pytest.mark.parametrize(
    "path", ["pictures/x.html", "pictures/x.svg", "../evidence/a.png", "pictures/missing.png"]
)
def test_public_media_serves_only_existing_images_inside_its_folder(client, settings, path):
    evidence = Path(settings.MEDIA_ROOT)
    evidence.mkdir(parents=True)
    (evidence / "a.png").write_bytes(png((4, 4)))
    public = Path(settings.PUBLIC_MEDIA_ROOT) / "pictures"
    public.mkdir(parents=True)
    (public / "x.html").write_text("<script>alert(1)</script>")
    (public / "x.svg").write_text("<svg onload=alert(1)>")
    assert client.get(f"/media/{path}").status_code == 404
