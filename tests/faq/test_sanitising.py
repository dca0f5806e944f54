"""Article Markdown is rendered and sanitised: formatting stays, script never runs."""

import pytest

from helpdesk.lib.markdown import render_markdown
from tests.factories import make_article
from tests.html import elements, is_own_script, json_ld, unsafe_findings

HOSTILE = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    '<img src="x" oNeRrOr="alert(1)">',
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<math><mtext><script>alert(1)</script></mtext></math>",
    "<body onload=alert(1)>",
    '<iframe src="javascript:alert(1)"></iframe>',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
    '<a href=" javascript:alert(1)">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    "[click](javascript:alert(1))",
    "[click](JAVASCRIPT:alert(1))",
    "[click](javascript&#58;alert(1))",
    "[click]( javascript:alert(1) )",
    "![img](javascript:alert(1))",
    '![img](x "title" onerror="alert(1)")',
    '[a](https://example.com" onmouseover="alert(1))',
    '<div style="background:url(javascript:alert(1))">x</div>',
    "<style>body{background:red}</style>",
    '<form action="https://evil.example"><input name=p></form>',
    "<input autofocus onfocus=alert(1)>",
    "<details open ontoggle=alert(1)>x</details>",
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    '<link rel=stylesheet href="https://evil.example/x.css">',
    '<p onclick="alert(1)">x</p>',
    '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
    "<<script>script>alert(1)<</script>/script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<!--<script>alert(1)--><script>alert(1)</script>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    '<video><source onerror="alert(1)"></video>',
    '<a href="#" onmouseover="alert(1)">x</a>',
    '<img srcset="javascript:alert(1) 1x">',
    "<template><script>alert(1)</script></template>",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    '<a href="java\u0000script:alert(1)">x</a>',
]


@pytest.mark.parametrize("source", HOSTILE)
def test_hostile_markup_is_neutralised(source):
    html = render_markdown(f"Intro\n\n{source}\n\nOutro")
    assert unsafe_findings(html) == []
    assert "Outro" in html


def test_at_least_thirty_hostile_inputs():
    assert len(HOSTILE) >= 30


def test_formatting_is_kept():
    source = """# Top

## Steps

1. Open **Settings**
2. Tap `Security`

- item

| Fee | Amount |
| --- | ------ |
| Card | 1% |

[Contact us](/en/contact/) and [mail](mailto:help@example.com)

![Screen](https://example.com/screen.png)

```
code block
```
"""
    html = render_markdown(source)
    tags = [tag for tag, _attrs in elements(html)]
    for tag in ("h2", "ol", "ul", "li", "strong", "code", "table", "th", "td", "a", "img", "pre"):
        assert tag in tags, tag
    # The page title is the only <h1>: "# Top" becomes a second-level heading.
    assert "h1" not in tags
    links = [attrs for tag, attrs in elements(html) if tag == "a"]
    assert {link["href"] for link in links} == {"/en/contact/", "mailto:help@example.com"}
    assert all("noopener" in link["rel"] for link in links)


@pytest.mark.django_db
@pytest.mark.parametrize("field", ["title", "summary", "keywords"])
@pytest.mark.parametrize("language", ["en", "zh-hans", "zh-hant"])
def test_staff_text_fields_are_escaped_on_the_page(client, field, language):
    payload = '"><script>alert(1)</script><img src=x onerror=alert(1)>'
    code = language.replace("-", "_")
    article = make_article(**{f"{field}_{code}": payload})
    pages = [
        article.get_absolute_url().replace("/en/", f"/{language}/"),
        f"/{language}/search/?q=alert",
    ]
    for url in pages:
        html = client.get(url).content.decode()
        scripts = [attrs for tag, attrs in elements(html) if tag == "script"]
        assert all(is_own_script(attrs) for attrs in scripts)
        # The payload stays data inside JSON-LD: the blocks still parse.
        for block in json_ld(html):
            assert "@context" in block
        handlers = [
            (tag, name) for tag, attrs in elements(html) for name in attrs if name.startswith("on")
        ]
        assert handlers == []


@pytest.mark.django_db
def test_body_in_every_language_is_sanitised(client):
    payload = "<img src=x onerror=alert(1)>[x](javascript:alert(1))<script>alert(2)</script>"
    article = make_article(body_en=payload, body_zh_hans=payload, body_zh_hant=payload)
    for language in ("en", "zh-hans", "zh-hant"):
        url = article.get_absolute_url().replace("/en/", f"/{language}/")
        html = client.get(url).content.decode()
        body = html.split('data-testid="article-body"', 1)[1].split("</div>", 1)[0]
        assert unsafe_findings(body) == []
        assert "alert(2)" not in html
