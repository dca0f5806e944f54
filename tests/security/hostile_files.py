"""Hostile evidence files, built in memory (Pillow, zipfile, bytes): nothing downloaded.

Each case is (id, file name, content, outcome): "refused" (the form says why and
nothing is stored) or "neutralised" (stored under a name of our own, images
re-encoded without metadata or trailing bytes, served only as a download).
"""

import io
import zipfile
import zlib

from PIL import Image
from PIL.PngImagePlugin import PngInfo

SCRIPT = b"<script>alert(document.cookie)</script>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'
HTML = b"<!doctype html><html><body>" + SCRIPT + b"</body></html>"
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
MAX_FILE_SIZE = 4096  # the tests set FEEDBACK_MAX_FILE_SIZE to this


def image(format_, size=(32, 24), mode="RGB", **options):
    out = io.BytesIO()
    Image.new(mode, size, 120).save(out, format=format_, **options)
    return out.getvalue()


def exif_jpeg():
    exif = Image.Exif()
    exif[0x010E] = SCRIPT.decode()  # ImageDescription
    exif[0x010F] = "SpyCam Inc"  # Make
    exif[0x8825] = {1: "N", 2: (51.0, 30.0, 0.0), 3: "W", 4: (0.0, 7.0, 0.0)}  # GPS
    return image("JPEG", exif=exif)


def png_with_text():
    info = PngInfo()
    info.add_text("Comment", SCRIPT.decode())
    return image("PNG", pnginfo=info)


def gif_js_polyglot():
    """A valid GIF whose comment is JavaScript (the classic GIFAR/polyglot trick)."""
    return image("GIF", mode="P", comment=b"*/=alert(1);/*" + SCRIPT)


def zip_bytes(name="evil.html", content=HTML):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(name, content)
    return out.getvalue()


def png_header_bomb(width=60000, height=60000):
    def chunk(kind, data):
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    ihdr = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 2, 0, 0, 0])
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64))


def real_bomb():
    out = io.BytesIO()
    Image.new("1", (10_000, 10_000)).save(out, format="PNG", optimize=True)
    return out.getvalue()


def pdf_of_size(size):
    body = PDF.replace(b"%%EOF", b"")
    return body + b"%" + b"x" * (size - len(body) - len(b"%\n%%EOF\n")) + b"\n%%EOF\n"


CASES = [
    ("svg_with_script", "logo.svg", SVG, "refused"),
    ("svg_renamed_png", "chart.png", SVG, "refused"),
    ("html_renamed_png", "screenshot.png", HTML, "refused"),
    ("html_renamed_jpg", "photo.jpg", HTML, "refused"),
    ("html_extension", "page.html", HTML, "refused"),
    ("xhtml_extension", "page.xhtml", HTML, "refused"),
    ("double_extension_html", "receipt.png.html", png_with_text(), "refused"),
    ("double_extension_exe", "invoice.pdf.exe", PDF, "refused"),
    ("php_in_png_name", "shell.php.png", b"<?php system($_GET['c']); ?>", "refused"),
    ("exe_renamed_jpg", "photo.jpg", b"MZ\x90\x00" + b"\x00" * 200, "refused"),
    ("zip", "evidence.zip", zip_bytes(), "refused"),
    ("zip_renamed_png", "evidence.png", zip_bytes(), "refused"),
    ("jar_renamed_pdf", "statement.pdf", zip_bytes("META-INF/MANIFEST.MF", b"x"), "refused"),
    ("empty_file", "empty.png", b"", "refused"),
    ("no_extension", "evidence", image("PNG"), "refused"),
    ("header_decompression_bomb", "huge.png", png_header_bomb(), "refused"),
    ("real_decompression_bomb", "bomb.png", real_bomb(), "refused"),
    ("oversize_by_one_byte", "big.pdf", pdf_of_size(MAX_FILE_SIZE + 1), "refused"),
    (
        "pdf_with_javascript",
        "form.pdf",
        PDF.replace(b"/Type/Catalog", b"/Type/Catalog/OpenAction<</S/JavaScript/JS(alert(1))>>"),
        "refused",
    ),
    ("pdf_renamed_png", "scan.png", PDF, "refused"),
    ("gif_js_polyglot", "funny.gif", gif_js_polyglot(), "neutralised"),
    ("exif_payload_jpeg", "camera.jpeg", exif_jpeg(), "neutralised"),
    ("png_text_chunk_payload", "notes.png", png_with_text(), "neutralised"),
    ("png_with_trailing_html", "trail.png", image("PNG") + HTML, "neutralised"),
    ("trailing_dot", "photo.png.", image("PNG"), "neutralised"),
    ("trailing_dots_and_space", "photo.png.. ", image("PNG"), "neutralised"),
    ("nul_byte_in_name", "evil.php\x00.png", image("PNG"), "neutralised"),
    ("path_traversal_name", "../../../../etc/cron.d/x.png", image("PNG"), "neutralised"),
    ("windows_traversal_name", "..\\..\\web.config\\x.png", image("PNG"), "neutralised"),
    ("markup_in_name", '"><img src=x onerror=alert(1)>.png', image("PNG"), "neutralised"),
    ("rtl_override_name", "photo\u202egnp.exe.png", image("PNG"), "neutralised"),
    ("exactly_max_size", "max.pdf", pdf_of_size(MAX_FILE_SIZE), "neutralised"),
]
