"""The new part of a customer's e-mail answer: quoted history and signature removed.

mail-parser-reply does the work (English and Simplified Chinese quote headers,
"-----Original Message-----", Outlook header blocks, signatures). What it misses
in the Chinese mail programs our customers use is handled here, in one place,
before it runs: Traditional Chinese "寫道：" headers, the "原始邮件/原始郵件"
separators of Foxmail, QQ Mail and Outlook in Chinese, and the "在 … 写道："
header (the library's own Chinese pattern never matches: its look-ahead rejects
the very line it looks for). Lines that are only quotation ("> ...") go too.
"""

import re

from mailparser_reply import EmailReplyParser

_PARSER = EmailReplyParser(languages=["en", "zh"])

# A line where the quoted history starts, in the Chinese mail programs' wording.
_CHINESE_QUOTE_START = re.compile(
    r"^[ \t>]*(?:"
    r"(?:在|於|于)?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日.*(?:写道|寫道)\s*[：:]"
    r"|.*(?:写道|寫道)\s*[：:]\s*$"
    r"|-{2,}\s*原始(?:邮件|郵件)\s*-{2,}"
    r"|(?:发件人|寄件者|寄件人)\s*[：:].+"
    r")",
    re.M,
)
_QUOTED_LINE = re.compile(r"^[ \t]*>.*$\n?", re.M)
# The standard signature separator ("-- " on its own line) and what follows.
_SIGNATURE = re.compile(r"^-- ?$.*", re.M | re.S)


def new_text(text: str) -> str:
    """What the customer wrote this time, without what they quoted or signed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    match = _CHINESE_QUOTE_START.search(text)
    if match:
        text = text[: match.start()]
    text = _SIGNATURE.sub("", text)
    text = _PARSER.parse_reply(text) or ""
    text = _QUOTED_LINE.sub("", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# A reply that opens with its own greeting: the mail template then adds none.
_GREETING = re.compile(
    r"^\s*(?:(?:hello|hi|hey|dear|good\s+(?:morning|afternoon|evening))\b"
    r"|您好|你好|妳好|亲爱的|親愛的|尊敬的)",
    re.I,
)


def starts_with_greeting(text: str) -> bool:
    """Whether `text` already greets the reader ("Hello Arjun," / "您好，")."""
    return bool(_GREETING.match(text or ""))
