"""Highlighted snippets for a page of results, computed in Python.

Everything from the article is escaped; only our own <mark> tags are added,
so the result is safe to show as HTML.
"""

import re
from collections import Counter
from html import escape  # what django.utils.html.escape calls, without its lazy wrapper

from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

from faq.search.analysis import Alternative, is_cjk, normalise, stem

SNIPPET_CHARS = 220  # about two lines of Latin text
SNIPPET_CHARS_CJK = 110  # Chinese characters are twice as wide
MAX_SPANS = 200

# (what a match needs, pattern, replacement): a pattern runs only on text
# containing what it needs (this runs for every result shown).
_MARKDOWN = [
    ("```", re.compile(r"^```.*$", re.MULTILINE), " "),
    ("---", re.compile(r"^\s*\|?\s*:?-{3,}[\s:|-]*$", re.MULTILINE), " "),  # table rules
    ("](", re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),
    ("](", re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),
    ("", re.compile(r"^\s{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])\s+", re.MULTILINE), ""),
    ("", re.compile(r"(\*\*|__|\*|`|~~)"), ""),
    ("|", re.compile(r"\|"), " "),
]


def plain_text(markdown: str) -> str:
    text = strip_tags(markdown or "")
    for needs, pattern, replacement in _MARKDOWN:
        if needs in text:
            text = pattern.sub(replacement, text)
    return " ".join(text.split())


class Highlighter:
    """Finds the places in a text that match a query plan."""

    def __init__(self, plan):
        self.exact, self.prefixes, cjk = set(), set(), set()
        for clause in plan:
            for alt in clause.alternatives:
                for token in alt.tokens:
                    if is_cjk(token):
                        cjk.add(token)
                    elif alt.mode == Alternative.PREFIX:
                        self.prefixes.add(token)
                    else:
                        self.exact.add(token)
        starts = sorted({t[:3] for t in self.exact | self.prefixes if t}, key=len, reverse=True)
        patterns = []
        if starts:
            # Candidate words only; each is then checked by its stem.
            patterns.append(r"\b(?:" + "|".join(map(re.escape, starts)) + r")[^\W_]*")
        if cjk:
            patterns.append("|".join(map(re.escape, sorted(cjk, key=len, reverse=True))))
        self.pattern = re.compile("|".join(patterns), re.IGNORECASE) if patterns else None
        self._keys = {}  # word as found -> its key, or None

    def spans(self, text):
        if self.pattern is None:
            return []
        spans = []
        for match in self.pattern.finditer(text):
            word = match.group()
            if word not in self._keys:  # the same words recur ("with" for "withdraw")
                self._keys[word] = word if is_cjk(word) else self._matched_stem(word)
            if key := self._keys[word]:
                spans.append((match.start(), match.end(), key))
        return spans

    def _matched_stem(self, word):
        """The word's stem if it matches the query (so "withdrawal" and "withdraw" count once)."""
        folded = normalise(word)
        stemmed = stem(folded)
        if stemmed in self.exact or folded in self.exact:
            return stemmed
        if any(stemmed.startswith(p) or folded.startswith(p) for p in self.prefixes):
            return stemmed
        return None

    def mark(self, text, spans=None, start=0, end=None):
        """Escaped text[start:end] with the spans inside it wrapped in <mark>."""
        end = len(text) if end is None else end
        spans = self.spans(text) if spans is None else spans
        out, cursor = [], start
        for s, e, _token in _merge(spans):
            if e <= start or s >= end:
                continue
            s, e = max(s, start), min(e, end)
            out.append(escape(text[cursor:s]))
            out.append(f"<mark>{escape(text[s:e])}</mark>")
            cursor = e
        out.append(escape(text[cursor:end]))
        return "".join(out)

    def snippet(self, *texts):
        """The passage with the most different matched words, highlighted."""
        text = " ".join(t for t in texts if t)
        spans = self.spans(text)
        width = SNIPPET_CHARS_CJK if is_cjk(text[:200]) else SNIPPET_CHARS
        if not spans:
            cut = _cut(text, 0, width)
            return mark_safe(escape(text[:cut]) + ("…" if cut < len(text) else ""))  # noqa: S308
        best_start = _densest(spans[:MAX_SPANS], width)
        start = _start(text, best_start, width)
        end = _cut(text, start, width)
        html = self.mark(text, spans, start, end)
        prefix = "…" if start > 0 else ""
        suffix = "…" if end < len(text) else ""
        return mark_safe(prefix + html + suffix)  # noqa: S308 (escaped above)

    def title(self, title):
        return mark_safe(self.mark(title))  # noqa: S308 (escaped in mark())


def _densest(spans, width):
    """Where a window of `width` starting at a span holds the most different words.

    One pass: the window's words are counted as it slides over the spans
    (which come in text order); the first best window wins.
    """
    best, best_start = -1, 0
    in_window, end = Counter(), 0
    for start, _e, token in spans:
        while end < len(spans) and spans[end][0] < start + width:
            in_window[spans[end][2]] += 1
            end += 1
        if len(in_window) > best:
            best, best_start = len(in_window), start
        in_window[token] -= 1
        if not in_window[token]:
            del in_window[token]
    return best_start


def _merge(spans):
    merged = []
    for s, e, t in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]), merged[-1][2])
        else:
            merged.append((s, e, t))
    return merged


_SENTENCE_END = re.compile(r"[.!?。！？；;]\s*")


def _start(text, first_match, width):
    """Begin at a sentence start shortly before the first match, else a word start."""
    if first_match < width // 3:
        return 0
    window_start = first_match - width // 3
    sentence = None
    for match in _SENTENCE_END.finditer(text, window_start, first_match):
        sentence = match.end()
    if sentence is not None:
        return sentence
    space = text.find(" ", window_start, first_match)
    return space + 1 if space >= 0 else window_start


def _cut(text, start, width):
    end = min(len(text), start + width)
    if end < len(text) and not is_cjk(text[end - 1 : end + 1]):
        space = text.rfind(" ", start + width // 2, end)
        if space > 0:
            end = space
    return end
