"""What "nothing runs" means for a whole rendered page (public, admin or e-mail).

`unsafe_findings` in tests/html.py judges sanitised fragments, where even a
<form> or <meta> is out of place; whole pages legitimately have those. Here a
page may have its own scripts (static files, JSON data blocks), its own
stylesheets and forms posting to itself, and nothing else that can run.
Inline style attributes are not judged here (no browser we support runs script
from CSS, the CSP blocks them, and a third-party admin template has one); the
sanitiser's fragment check still refuses them in article bodies.
"""

from django.conf import settings

from tests.html import DANGEROUS_URL_PREFIXES, URL_ATTRIBUTES, elements

# The admin draws its icons with inline <svg>; the parts of SVG and MathML that
# can run or load anything are these, plus handlers and URLs checked below.
NEVER = {
    "iframe", "object", "embed", "base", "frame", "frameset", "applet", "math",
    "foreignobject", "set", "animate", "animatetransform", "animatemotion",
}  # fmt: skip
# Text that appears only if a template payload was evaluated instead of shown.
EVALUATED = ["DEFAULT_MESSAGE_LEVELS", "sql_queries", "<django.contrib"]


def _own_script(attrs) -> bool:
    if "src" in attrs:
        return _on_site(attrs["src"])
    return attrs.get("type") in {"application/ld+json", "application/json"}


def _on_site(url: str) -> bool:
    return (url.startswith("/") and not url.startswith(("//", "/\\"))) or url.startswith(
        "http://testserver/"
    )


def page_findings(html: str) -> list[str]:
    findings = []
    for tag, attrs in elements(html):
        if tag in NEVER:
            findings.append(f"<{tag}>")
        if tag == "script" and not _own_script(attrs):
            findings.append(f"<script {attrs}>")
        if tag == "use" and not attrs.get("xlink:href", attrs.get("href", "")).startswith("#"):
            findings.append(f"<use {attrs}>")  # only the page's own icons
        if tag == "meta" and attrs.get("http-equiv", "").lower() == "refresh":
            findings.append("<meta refresh>")
        if tag == "link" and not _on_site(attrs.get("href", "/")):
            findings.append(f"<link href={attrs.get('href')}>")
        if tag == "form" and attrs.get("action") and not _on_site(attrs["action"]):
            findings.append(f"<form action={attrs['action']}>")
        for name, value in attrs.items():
            if name.startswith("on"):
                findings.append(f"{tag}[{name}]")
            if name in URL_ATTRIBUTES and browser_url(value).startswith(DANGEROUS_URL_PREFIXES):
                findings.append(f"{tag}[{name}={value[:40]!r}]")
    return findings + evaluation_findings(html)


def browser_url(value: str) -> str:
    """An attribute's URL with every whitespace and control character removed:
    stricter than browsers (which keep inner spaces), as old browsers were."""
    return "".join(ch for ch in value if ch > " " and ch != "\x7f").lower()


def evaluation_findings(text: str) -> list[str]:
    found = [marker for marker in EVALUATED if marker in text]
    if settings.SECRET_KEY in text:
        found.append("SECRET_KEY")
    return found
