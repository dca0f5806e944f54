"""Parse rendered HTML for assertions about structure rather than wording."""

from html.parser import HTMLParser


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []  # (tag, {attr: value})

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, {name: value or "" for name, value in attrs}))

    handle_startendtag = handle_starttag


def elements(html: str):
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return collector.elements


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
