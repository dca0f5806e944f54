"""Parse rendered HTML for assertions about structure rather than wording."""

import json
from html.parser import HTMLParser


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []  # (tag, {attr: value})
        self.json_ld = []  # text of each <script type="application/ld+json">
        self._in_json_ld = False

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        self.elements.append((tag, attributes))
        if tag == "script" and attributes.get("type") == "application/ld+json":
            self._in_json_ld = True
            self.json_ld.append("")

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, {name: value or "" for name, value in attrs}))

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld[-1] += data

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_json_ld = False


def _collect(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return collector


def elements(html: str):
    return _collect(html).elements


def json_ld(html: str) -> list:
    """The parsed JSON-LD blocks of a page (json.loads raises if one is broken)."""
    return [json.loads(block) for block in _collect(html).json_ld]


def is_own_script(attrs) -> bool:
    """A script the site itself ships: a static file, or a JSON-LD data block."""
    return attrs.get("src", "").startswith("/static/") or attrs.get("type") == "application/ld+json"


def count_tags(html: str, tag: str) -> int:
    return sum(1 for name, _attrs in elements(html) if name == tag)


def by_testid(html: str, testid: str):
    return [attrs for _tag, attrs in elements(html) if attrs.get("data-testid") == testid]


DANGEROUS_URL_PREFIXES = ("javascript:", "vbscript:", "data:text/html", "data:image/svg")
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "data"}


def unsafe_findings(html: str) -> list[str]:
    """Everything in `html` that could run script: tags, handlers, URLs."""
    findings = []
    for tag, attrs in elements(html):
        if tag in {
            "script",
            "iframe",
            "object",
            "embed",
            "base",
            "form",
            "meta",
            "style",
            "svg",
            "math",
            "frame",
            "frameset",
            "applet",
            "link",
        }:
            findings.append(f"<{tag}>")
        for name, value in attrs.items():
            if name.startswith("on"):
                findings.append(f"{tag}[{name}]")
            if name == "style":
                findings.append(f"{tag}[style]")
            compact = "".join(value.split()).lower()
            if name in URL_ATTRIBUTES and compact.startswith(DANGEROUS_URL_PREFIXES):
                findings.append(f"{tag}[{name}={value[:30]}]")
    return findings
