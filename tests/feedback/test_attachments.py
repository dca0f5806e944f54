"""Evidence files: allow-list by extension AND content, re-encoding, limits, storage."""

import io
import random
import zlib
from pathlib import Path

import pytest
from PIL import Image

from feedback.models import Attachment, Submission
from tests.files import PDF_BYTES, jpeg_bytes, png_bytes, upload
from tests.forms import feedback_data

pytestmark = pytest.mark.django_db

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'
HTML = b"<!doctype html><html><body><script>alert(document.cookie)</script></body></html>"


def png_header_bomb(width=60000, height=60000):
    """A tiny PNG whose header claims billions of pixels."""

    def chunk(kind, data):
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    ihdr = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 2, 0, 0, 0])
    idat = zlib.compress(b"\x00" * 1024)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def real_bomb():
    """A real decompression bomb: 100 megapixels of one colour, a few kilobytes on disk."""
    out = io.BytesIO()
    Image.new("1", (10_000, 10_000)).save(out, format="PNG", optimize=True)
    return out.getvalue()


def gps_exif():
    exif = Image.Exif()
    exif[0x010F] = "SpyCam Inc"  # Make
    exif[0x8825] = {1: "N", 2: (51.0, 30.0, 0.0), 3: "W", 4: (0.0, 7.0, 0.0)}  # GPSInfo
    return exif


HOSTILE = [
    ("svg_as_png", "evidence.png", SVG),
    ("svg_as_jpg", "evidence.jpg", SVG),
    ("html_as_png", "screenshot.png", HTML),
    ("html_as_pdf", "statement.pdf", HTML),
    ("svg_extension", "logo.svg", SVG),
    ("html_extension", "page.html", HTML),
    ("double_extension_exe", "invoice.pdf.exe", PDF_BYTES),
    ("php_in_png", "shell.php.png", b"<?php system($_GET['c']); ?>"),
    ("windows_exe_as_jpg", "photo.jpg", b"MZ\x90\x00" + b"\x00" * 200),
    ("png_as_pdf", "statement.pdf", png_bytes()),
    ("pdf_as_png", "screen.png", PDF_BYTES),
    ("gif_as_png", "anim.png", b"GIF89a" + b"\x00" * 50),
    ("truncated_png", "cut.png", png_bytes()[:60]),
    ("empty_file", "empty.png", b""),
    ("no_extension", "evidence", png_bytes()),
    (
        "pdf_with_javascript",
        "form.pdf",
        PDF_BYTES.replace(
            b"/Type/Catalog", b"/Type/Catalog/OpenAction<</S/JavaScript/JS(app.alert(1))>>"
        ),
    ),
    (
        "pdf_with_obfuscated_js",
        "form.pdf",
        PDF_BYTES.replace(b"/Type/Catalog", b"/Type/Catalog/AA<</O<</S/J#61vaScript>>>>"),
    ),
    (
        "pdf_with_launch",
        "run.pdf",
        PDF_BYTES.replace(b"/Type/Catalog", b"/Type/Catalog/OpenAction<</S/Launch/F(cmd.exe)>>"),
    ),
    (
        "pdf_with_embedded_file",
        "zip.pdf",
        PDF_BYTES.replace(b"/Type/Catalog", b"/Type/Catalog/Names<</EmbeddedFiles 3 0 R>>"),
    ),
    ("pdf_without_eof", "cut.pdf", PDF_BYTES.replace(b"%%EOF", b"")),
    ("header_bomb", "huge.png", png_header_bomb()),
    ("decompression_bomb", "bomb.png", real_bomb()),
]


def post_files(client, files):
    data = feedback_data(client)
    data["attachments"] = files
    return client.post("/en/feedback/", data)


@pytest.mark.parametrize(("case", "name", "content"), HOSTILE, ids=[case for case, *_ in HOSTILE])
def test_hostile_files_are_refused_and_nothing_is_stored(client, settings, case, name, content):
    response = post_files(client, [upload(name, content, "image/png")])
    assert response.status_code == 200, case
    html = response.content.decode()
    assert "Please check the marked fields." in html
    assert "is-invalid" in html
    assert Submission.objects.count() == 0
    assert Attachment.objects.count() == 0
    media = Path(settings.MEDIA_ROOT)
    assert not media.exists() or not any(p.is_file() for p in media.rglob("*"))


@pytest.mark.parametrize(
    "name",
    [
        "../../../../etc/passwd.png",
        "..\\..\\windows\\system32\\evil.png",
        "/var/www/static/x.png",
        "evil.php\x00.png",
        "<script>alert(1)</script>.png",
        "photo.exe.png",
        "ÄÖÜ 截图 ‮gnp.exe.png",
    ],
)
def test_client_file_names_are_never_used(client, settings, name):
    response = post_files(client, [upload(name, png_bytes(), "image/png")])
    assert response.status_code == 302, response.content.decode()[:2000]
    attachment = Attachment.objects.get()
    stored = Path(attachment.file.path).resolve()
    media = Path(settings.MEDIA_ROOT).resolve()
    assert stored.is_relative_to(media / "feedback")
    assert stored.name == f"{attachment.pk}.png"
    assert attachment.download_name == f"{attachment.submission.reference}-1.png"


def test_images_are_re_encoded_without_metadata_or_trailing_payload(client):
    payload = b"PK\x03\x04<html><script>alert(1)</script>"
    jpeg = jpeg_bytes(exif=gps_exif()) + payload
    assert b"SpyCam" in jpeg
    post_files(client, [upload("camera.jpeg", jpeg, "image/jpeg")])
    attachment = Attachment.objects.get()
    data = attachment.file.read()
    assert b"SpyCam" not in data and payload not in data
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "JPEG"
        assert not image.getexif()
    assert attachment.content_type == "image/jpeg"
    assert attachment.file.name.endswith(".jpg")


def test_gif_and_webp_become_png(client):
    out = io.BytesIO()
    Image.new("P", (20, 20)).save(out, format="GIF")
    post_files(client, [upload("anim.gif", out.getvalue())])
    attachment = Attachment.objects.get()
    assert attachment.content_type == "image/png"
    assert attachment.file.read().startswith(b"\x89PNG")


def test_pdf_is_kept_as_sent(client):
    post_files(client, [upload("statement.PDF", PDF_BYTES, "application/pdf")])
    attachment = Attachment.objects.get()
    assert attachment.file.read() == PDF_BYTES
    assert attachment.content_type == "application/pdf"


def test_per_file_limit(client, settings):
    settings.FEEDBACK_MAX_FILE_SIZE = 1000
    small = png_bytes(size=(300, 300), color=(1, 2, 3))
    noisy = Image.frombytes("RGB", (200, 200), random.Random(1).randbytes(200 * 200 * 3))
    out = io.BytesIO()
    noisy.save(out, format="PNG")
    response = post_files(client, [upload("noise.png", out.getvalue())])
    assert "Each file may be at most" in response.content.decode()
    assert Submission.objects.count() == 0
    assert len(small) < 1000  # a small file of the same kind still passes
    assert post_files(client, [upload("small.png", small)]).status_code == 302


def test_total_size_limit(client, settings):
    settings.FEEDBACK_MAX_TOTAL_SIZE = 2 * len(PDF_BYTES) + 10
    files = [upload(f"f{n}.pdf", PDF_BYTES) for n in range(3)]
    response = post_files(client, files)
    assert "All files together" in response.content.decode()
    assert Submission.objects.count() == 0


def test_at_most_five_files(client):
    files = [upload(f"f{n}.pdf", PDF_BYTES) for n in range(6)]
    response = post_files(client, files)
    assert "Attach at most 5 files." in response.content.decode()
    assert Submission.objects.count() == 0
    files = [upload(f"f{n}.pdf", PDF_BYTES) for n in range(5)]
    assert post_files(client, files).status_code == 302
    assert Attachment.objects.count() == 5
    assert list(Attachment.objects.values_list("position", flat=True)) == [1, 2, 3, 4, 5]


def test_one_bad_file_refuses_the_whole_submission(client):
    files = [upload("ok.png", png_bytes()), upload("bad.png", SVG)]
    response = post_files(client, files)
    assert "File 2:" in response.content.decode()
    assert Submission.objects.count() == 0 and Attachment.objects.count() == 0


def test_files_are_removed_when_the_transaction_fails(client, settings, monkeypatch):
    from feedback import outbox

    def broken(notifications):
        raise RuntimeError("database went away")

    monkeypatch.setattr(outbox, "notifications_queue", broken)
    with pytest.raises(RuntimeError):
        post_files(client, [upload("ok.png", png_bytes())])
    assert Submission.objects.count() == 0
    media = Path(settings.MEDIA_ROOT)
    assert not media.exists() or not any(p.is_file() for p in media.rglob("*"))


def test_media_is_not_served_publicly(client):
    post_files(client, [upload("ok.png", png_bytes())])
    attachment = Attachment.objects.get()
    for url in [
        f"/media/{attachment.file.name}",
        f"/static/{attachment.file.name}",
        f"/{attachment.file.name}",
    ]:
        assert client.get(url).status_code == 404
