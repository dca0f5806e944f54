"""The instant answer a results page shows above the articles.

Anyone may get one. For what a visitor typed, in the page's language and
for their region, `instant_answer()` decides, in this order:

- a pasted contact value (a phone number, e-mail address, web address or
  "@handle", however written): the verdict of `contacts.verification.verify`,
  the one rule the "Is it really us?" page uses. Checking is rate-limited like
  that page: the caller says whether one more check may run; when it may not,
  the answer says so and the articles are shown as usual;
- a question about reaching us (a contact word of the editors' list,
  `faq.ContactWord`, in the query): the region's official channels as the
  contact page shows them, the kinds the query names first;
- else nothing.

The two parts are also given apart, for the results page that stores the
second for every visitor of a region (faq.results) but checks a pasted value
on every request: `verdict_answer()` and `channels_answer()`.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext as _

from contacts.directory import directory_for
from contacts.normalise import MIN_PHONE_DIGITS, ValueKind, classify, clean_input
from contacts.verification import VerificationResult, verify
from faq.search.analysis import normalise as normalise_text
from faq.search.analysis import split_terms
from faq.search.metadata import contact_word_rows

# Channels shown in the answer; the full list is one link away.
CHANNELS_SHOWN = 3

_WORD = re.compile(r"[^\W_]+")
_PASTED_KINDS = {ValueKind.PHONE, ValueKind.EMAIL, ValueKind.WEB, ValueKind.HANDLE}


@dataclass
class InstantAnswer:
    VERDICT = "verdict"
    VERDICT_LIMITED = "verdict-limited"  # a value, but over the verify rate limit
    CHANNELS = "channels"

    kind: str
    result: VerificationResult | None = None
    cards: list = field(default_factory=list)
    more_channels: bool = False


def pasted_value(query: str) -> str:
    """The contact value the query is, cleaned, or "" when it is not one."""
    text = clean_input(query)
    kind = classify(text)
    if kind not in _PASTED_KINDS:
        return ""
    if kind == ValueKind.HANDLE and not text.startswith("@"):
        return ""  # a single word ("refund") is a search, not a handle
    if kind == ValueKind.PHONE and sum(ch.isdigit() for ch in text) < MIN_PHONE_DIGITS:
        return ""  # "404", "2024": searches too
    return text


@dataclass(frozen=True)
class _Term:
    words: tuple[str, ...] = ()  # a Latin term, as whole words
    cjk: str = ""  # a Chinese term, found anywhere


@lru_cache(maxsize=64)
def _terms(rows: tuple[tuple[str, str], ...]) -> tuple[tuple[str, tuple[_Term, ...]], ...]:
    """(kind, comma-separated words) rows -> (kind, terms), normalised like queries."""
    out = []
    for kind, text in rows:
        terms = []
        for raw in split_terms(text):
            term = normalise_text(raw).strip()
            if not term:
                continue
            words = tuple(_WORD.findall(term))
            if words and "".join(words) == re.sub(r"[\W_]", "", term) and term.isascii():
                terms.append(_Term(words=words))
            else:
                terms.append(_Term(cjk=re.sub(r"\s+", "", term)))
        out.append((kind, tuple(terms)))
    return tuple(out)


def _contains(term: _Term, text: str, words: list[str]) -> bool:
    if term.cjk:
        return term.cjk in text
    n = len(term.words)
    return any(tuple(words[i : i + n]) == term.words for i in range(len(words) - n + 1))


def contact_intent(query: str, *, language: str) -> tuple[bool, list[str]]:
    """Whether the query asks how to reach us, and the channel kinds it names (in order)."""
    text = normalise_text(query)
    words = _WORD.findall(text)
    compact = re.sub(r"\s+", "", text)
    asks, kinds = False, []
    for kind, terms in _terms(contact_word_rows(language)):
        found = [term for term in terms if _contains(term, compact if term.cjk else text, words)]
        if not found:
            continue
        if kind:
            kinds.append((min(_position(term, text, words) for term in found), kind))
        else:
            asks = True
    return asks, [kind for _at, kind in sorted(kinds)]


def _position(term, text, words):
    if term.cjk:
        return re.sub(r"\s+", "", text).find(term.cjk)
    # Latin words count after every CJK character: good enough to order kinds.
    n = len(term.words)
    return next(i for i in range(len(words) - n + 1) if tuple(words[i : i + n]) == term.words)


def instant_answer(query, *, language, region, now, may_verify) -> InstantAnswer | None:
    """The answer to show above the articles for `query`, or None.

    `may_verify()` is called only for a pasted value and must say whether one
    more check is allowed (the verify page's rate limit); it is never called
    for an ordinary search.
    """
    return verdict_answer(query, region=region, may_verify=may_verify) or channels_answer(
        query, language=language, region=region, now=now
    )


def verdict_answer(query, *, region, may_verify) -> InstantAnswer | None:
    """The verdict on the value `query` is (or the refusal when `may_verify()`
    says no), or None when it is not one. Depends on the visitor's rate limit:
    never store it for others."""
    value = pasted_value(query)
    if not value:
        return None
    if not may_verify():
        return InstantAnswer(InstantAnswer.VERDICT_LIMITED)
    return InstantAnswer(InstantAnswer.VERDICT, result=verify(value, region=region))


def channels_answer(query, *, language, region, now) -> InstantAnswer | None:
    """The region's channels when `query` asks how to reach us (and is not a
    pasted value), else None. The same for every visitor of the region until
    the directory's next change, which it reports with `true_until()`."""
    if pasted_value(query):
        return None
    asks, kinds = contact_intent(query, language=language)
    if not asks:
        return None
    directory = directory_for(region, now=now)
    cards = directory.regional + directory.worldwide
    order = {kind: i for i, kind in enumerate(kinds)}
    # Stable: within a kind, the contact page's order (regional first).
    cards.sort(key=lambda card: order.get(card.kind, len(order)))
    return InstantAnswer(
        InstantAnswer.CHANNELS,
        cards=cards[:CHANNELS_SHOWN],
        more_channels=len(cards) > CHANNELS_SHOWN,
    )


def instant_link(query, *, language, region) -> dict | None:
    """The instant answer as one link, for places that show links only (the
    feedback form's suggestions): the verify page for a pasted value (which
    checks it, under its own rate limit), the region's contact page for a
    contact question; else None. Runs no check itself."""
    value = pasted_value(query)
    if value:
        return {
            "kind": "verify",
            "title": _("Is it really us? Check %(value)s") % {"value": value[:80]},
            "url": f"{reverse('contacts:verify')}?{urlencode({'q': value})}",
        }
    asks, _kinds = contact_intent(query, language=language)
    if not asks:
        return None
    if region is None:
        return {
            "kind": "contact",
            "title": _("Our official contact channels"),
            "url": reverse("contacts:directory"),
        }
    return {
        "kind": "contact",
        "title": _("Our official contact channels for %(region)s") % {"region": region.name},
        "url": region.get_absolute_url(),
    }
