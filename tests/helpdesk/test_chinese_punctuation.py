"""Chinese text uses full-width punctuation (the cases below show both forms).
Checked in every Chinese catalogue entry and in the Chinese demo content, where
an ASCII comma, colon, semicolon, question or exclamation mark or bracket
stands beside a Chinese character.

Left alone, because they are syntax rather than prose: channel tokens
(`[[channel:slug]]`), Markdown link targets (`](/zh-hans/...)`), format
placeholders (`%(name)s`), and quoted examples of a comma-separated list
(“2FA, 双重验证”), which show editors what to type. Keyword and synonym lists
are not prose and are not checked.
"""

import re
import tomllib
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings

HAN = r"\u3400-\u9fff"
CLOSERS = "”」）"
ASCII_BESIDE_HAN = re.compile(rf"(?<=[{HAN}{CLOSERS}])[,:;?!()]|[,:;?!()](?=[{HAN}])")
SYNTAX = re.compile(
    r"\[\[channel:[^\]]*\]\]"  # a channel token
    r"|\]\([^)]*\)"  # a Markdown link's target
    r"|%\([a-z_]+\)[sd]"  # a placeholder
    r"|[“「][^”」]*, [^”」]*[”」]"  # a quoted example of a comma-separated list
)
CHINESE = ("zh-hans", "zh-hant")
NOT_PROSE = {"keywords", "terms", "words"}
CONTENT = Path(settings.BASE_DIR) / "helpdesk" / "demo" / "content"


def misplaced(text: str) -> list[str]:
    """The places in `text` where ASCII punctuation stands beside Chinese."""
    prose = SYNTAX.sub(lambda m: "_" * len(m.group()), text)
    return [text[max(m.start() - 6, 0) : m.end() + 6] for m in ASCII_BESIDE_HAN.finditer(prose)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("已休息,今天 %(time)s 开始服务。", 1),
        ("联系我们:%(region)s", 1),
        ("还缺少什么信息?(选填)", 3),
        ("“真的是我们吗?”", 1),
        ("已休息，今天 %(time)s 开始服务。", 0),
        ("在文章中写入 [[channel:名称]]（例如 [[channel:fraud-hotline]]）。", 0),
        ("请[联系客服](/zh-hans/contact/)。", 0),
        ("收到新的举报：%(reference)s（%(incident)s）。", 0),
        ("用逗号分隔，例如“2FA, 双重验证, 两步验证”。", 0),
        ("工作日 10:00–12:00 来电", 0),
        ("工作日 10:00–12:00 来电, call us", 1),
    ],
)
def test_the_check_finds_ascii_punctuation_beside_chinese_only(text, count):
    assert len(misplaced(text)) == count


def _catalogue_entries():
    for language in ("zh_Hans", "zh_Hant"):
        path = Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.po"
        with path.open("rb") as file:
            for message in read_po(file):
                strings = message.string if isinstance(message.string, tuple) else (message.string,)
                for string in strings:
                    if string:
                        yield f"{language}: {message.id!r}", string


def _chinese_values(data, where):
    if isinstance(data, dict):
        for key, value in data.items():
            if key in NOT_PROSE:
                continue
            if key in CHINESE and isinstance(value, str):
                yield f"{where}.{key}", value
            else:
                yield from _chinese_values(value, f"{where}.{key}")
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _chinese_values(value, f"{where}[{index}]")


def _content_texts():
    for path in sorted(CONTENT.rglob("*.toml")):
        with path.open("rb") as file:
            yield from _chinese_values(tomllib.load(file), str(path.relative_to(CONTENT)))
    for language in CHINESE:
        for path in sorted(CONTENT.rglob(f"{language}.md")):
            _, head, body = path.read_text(encoding="utf-8").split("+++", 2)
            fields = {k: v for k, v in tomllib.loads(head).items() if k not in NOT_PROSE}
            for key, value in fields.items():
                yield f"{path.relative_to(CONTENT)}: {key}", value
            yield f"{path.relative_to(CONTENT)}: body", body


def test_the_chinese_catalogues_use_full_width_punctuation():
    entries = list(_catalogue_entries())
    assert len(entries) > 2000  # both catalogues were read
    found = {where: places for where, text in entries if (places := misplaced(text))}
    assert found == {}


def test_the_chinese_demo_content_uses_full_width_punctuation():
    texts = list(_content_texts())
    assert len(texts) > 200  # the contact directory's and the articles' texts were read
    found = {where: places for where, text in texts if (places := misplaced(text))}
    assert found == {}
