"""Text analysis shared by indexing and querying: pure functions, no database.

Both sides must cut text the same way, so there is one tokenizer:

- text is NFKC-normalised (full-width Latin becomes ASCII) and case-folded;
- runs of letters and digits become words, reduced to their English stem
  (Snowball's Porter2), so "withdrawing" and "withdrawal" meet at "withdraw";
- runs of Chinese (or Japanese/Korean) characters, which have no spaces,
  become overlapping character bigrams plus single characters, the approach of
  Lucene's CJK analyser: "忘记密码" -> 忘记 记密 密码 + 忘 记 密 码. A two-character
  word is then found inside any sentence without a dictionary, on any database.

The index stores these tokens as space-separated text; the engines treat each
as an opaque word. Tokens are letters and digits only, so nothing a visitor
types can reach an engine's query syntax.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import snowballstemmer

MAX_QUERY_LENGTH = 200

# Chinese, Japanese and Korean scripts: no spaces between words.
_CJK_RANGES = (
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3400-\u4dbf"  # CJK Extension A
    "\u4e00-\u9fff"  # CJK Unified Ideographs
    "\uac00-\ud7af"  # Hangul syllables
    "\uf900-\ufaff"  # CJK Compatibility Ideographs
    "\U00020000-\U0003134f"  # Extensions B-G
)
_CJK_CHAR = re.compile(f"[{_CJK_RANGES}]")
# A CJK run, or a run of other letters/digits (underscore is punctuation here).
_RUN = re.compile(f"([{_CJK_RANGES}]+)|((?:(?![{_CJK_RANGES}])[^\\W_])+)")
# Apostrophes inside words disappear: "can't" -> "cant", "driver's" -> "drivers".
_APOSTROPHE = re.compile(r"(?<=\w)['’‘ʼ](?=\w)")

# Dropped from queries only (the index keeps every word, so phrases still match).
# Words that change meaning ("not", "no", "out", "up", "back", "off") are kept.
ENGLISH_STOPWORDS = frozenset(
    """
    a an and are as at be been being by can could did do does for from had has have
    how i i'm im if in into is it its me my of on or our please should so than that
    the their them then there these they this those to was we were what when where
    which who whom why will with would you your yours
    hi hello hey thanks thank want need
    """.split()  # noqa: SIM905 (easier to read and edit as a block)
)
# Question and filler words of Chinese queries ("怎么更改手机号码"): cut out of
# the query before it becomes bigrams, so they never outrank the words that carry
# the meaning (titles phrased "如何..." would otherwise win). Longest first.
CHINESE_FILLERS = tuple(
    sorted(
        """
        请问 請問 怎么 怎麼 怎样 怎樣 如何 为什么 為什麼 为啥 為啥 什么 什麼 能不能
        可不可以 是不是 可以 我想 我要 一下 吗 嗎 呢 吧 啊 呀
        """.split(),  # noqa: SIM905 (easier to read and edit as a block)
        key=len,
        reverse=True,
    )
)
_FILLER = re.compile("|".join(map(re.escape, CHINESE_FILLERS)))

_stemmer = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """English stem of a case-folded word; digits and short words stay as they are."""
    if len(word) < 3 or not word.isalpha():
        return word
    return _stemmer.stemWord(word)


def normalise(text: str) -> str:
    """NFKC + case folding + apostrophes removed; control characters become spaces."""
    text = _APOSTROPHE.sub("", unicodedata.normalize("NFKC", text).casefold())
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else " " for ch in text)


def is_cjk(text: str) -> bool:
    return bool(_CJK_CHAR.search(text))


def cjk_bigrams(run: str) -> list[str]:
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def index_tokens(text: str) -> list[str]:
    """The tokens stored for a piece of text, in order."""
    tokens = []
    for cjk, word in _RUN.findall(normalise(text)):
        if word:
            tokens.append(stem(word))
        else:
            # Interleaved so a bigram sits next to the character it starts with.
            for i, char in enumerate(cjk):
                tokens.append(char)
                if i + 1 < len(cjk):
                    tokens.append(cjk[i : i + 2])
    return tokens


def index_text(*parts: str) -> str:
    return " ".join(token for part in parts if part for token in index_tokens(part))


def surface_words(text: str, into: dict) -> dict:
    """Record the first written form of every Latin stem ("withdraw" -> "withdrawal")."""
    for _cjk, word in _RUN.findall(normalise(text)):
        if word and word.isalpha():
            into.setdefault(stem(word), word)
    return into


# -- Queries -----------------------------------------------------------------------


@dataclass(frozen=True)
class Alternative:
    """One way a clause can match: a term, a prefix, a phrase, or all of several tokens."""

    TERM = "term"
    PREFIX = "prefix"
    PHRASE = "phrase"
    ALL = "all"

    mode: str
    tokens: tuple[str, ...]


@dataclass
class Clause:
    """One concept of the query; a document matches it through any alternative.

    The query matches documents that match any clause; documents matching more
    clauses, rarer ones, in heavier fields, rank higher.
    """

    alternatives: list[Alternative]
    text: str  # what the visitor typed for it (for "did you mean")
    kind: str = "word"  # word | cjk | synonym
    stem: str = ""  # for words: the stem, looked up for typos
    df: int = 0  # documents containing the clause (estimated), set by the planner
    bound: int = 0  # at most this many documents match the clause, set by the planner
    idf: float = 0.0

    def add(self, mode, *tokens):
        alternative = Alternative(mode, tuple(tokens))
        if alternative not in self.alternatives:
            self.alternatives.append(alternative)

    def tokens(self):
        return {token for alt in self.alternatives for token in alt.tokens}


@dataclass
class Segment:
    kind: str  # "word" or "cjk"
    text: str  # surface (normalised)
    stem: str = ""


@dataclass
class AnalysedQuery:
    text: str
    clauses: list[Clause] = field(default_factory=list)

    def lookup_tokens(self):
        """Every token whose document frequency the engine should know."""
        return sorted({token for clause in self.clauses for token in clause.tokens()})

    def __bool__(self):
        return bool(self.clauses)


def normalise_query(raw: str) -> str:
    """Trim, drop control characters and collapse whitespace; cap the length."""
    cleaned = "".join(ch if ch.isprintable() else " " for ch in raw[: MAX_QUERY_LENGTH * 4])
    return " ".join(cleaned.split())[:MAX_QUERY_LENGTH]


def segments(query: str) -> list[Segment]:
    out = []
    for cjk, word in _RUN.findall(normalise(query)):
        if word:
            out.append(Segment("word", word, stem(word)))
        else:
            out.append(Segment("cjk", cjk))
    return out


def without_fillers(parts: list[Segment]) -> list[Segment]:
    """Chinese runs with question and filler words cut out ("怎么更改手机号码" ->
    "更改手机号码"); a run that is nothing but fillers stays as it is."""
    out = []
    for part in parts:
        pieces = [piece for piece in _FILLER.split(part.text)] if part.kind == "cjk" else []
        pieces = [piece for piece in pieces if piece]
        if part.kind != "cjk" or not pieces or pieces == [part.text]:
            out.append(part)
        else:
            out += [Segment("cjk", piece) for piece in pieces]
    return out


@dataclass(frozen=True)
class SynonymGroup:
    """Members analysed once: Latin members as stem sequences, CJK members as strings."""

    members: tuple[tuple[str, tuple[str, ...]], ...]  # (kind, stems) / ("cjk", (text,))

    def alternatives(self):
        for kind, parts in self.members:
            if kind == "cjk":
                yield _cjk_alternative(parts[0])
            elif kind == "mixed":
                yield Alternative(Alternative.ALL, parts)
            elif len(parts) == 1:
                yield Alternative(Alternative.TERM, parts)
            else:
                yield Alternative(Alternative.PHRASE, parts)


def _cjk_alternative(text):
    grams = tuple(dict.fromkeys(cjk_bigrams(text)))
    return Alternative(Alternative.TERM if len(grams) == 1 else Alternative.ALL, grams)


def split_terms(row: str) -> list[str]:
    """An editor's comma-separated list (Chinese commas too) -> its members."""
    return re.split(r"[,，、;；\n]", row)


@lru_cache(maxsize=256)
def synonym_groups(rows: tuple[str, ...]) -> tuple[SynonymGroup, ...]:
    """Comma-separated groups as typed by editors -> analysed groups."""
    groups = []
    for row in rows:
        members = []
        for member in split_terms(row):
            parts = segments(member)
            if not parts:
                continue
            if all(p.kind == "word" for p in parts):
                members.append(("word", tuple(p.stem for p in parts)))
            elif len(parts) == 1:
                members.append(("cjk", (parts[0].text,)))
            else:
                tokens = []
                for p in parts:
                    tokens += [p.stem] if p.kind == "word" else cjk_bigrams(p.text)
                members.append(("mixed", tuple(dict.fromkeys(tokens))))
        if len(members) > 1:
            groups.append(SynonymGroup(tuple(dict.fromkeys(members))))
    return tuple(groups)


# Bounded by MAX_QUERY_LENGTH anyway; the planner keeps the most telling ones.
MAX_ANALYSED_CLAUSES = 256


def analyse_query(query: str, *, synonyms=(), prefix_last=True) -> AnalysedQuery:
    """Turn what a visitor typed into clauses (before vocabulary look-ups).

    `synonyms` are the language's editor-defined groups (`synonym_groups`):
    a group found in the query becomes one clause whose alternatives are all
    its members; the words it covered are not searched on their own.
    """
    text = normalise_query(query)
    result = AnalysedQuery(text)
    parts = without_fillers(segments(text))
    if not parts:
        return result
    covered_words = set()  # indexes into parts
    covered_cjk = {}  # part index -> set of character positions covered
    for group in synonyms:
        matched = None
        for kind, stems in group.members:
            if kind == "word":
                at = _find_words(parts, stems, covered_words)
                if at is not None:
                    covered_words.update(range(at, at + len(stems)))
                    matched = " ".join(p.text for p in parts[at : at + len(stems)])
                    break
            elif kind == "cjk":
                for i, part in enumerate(parts):
                    pos = part.text.find(stems[0]) if part.kind == "cjk" else -1
                    if pos >= 0:
                        covered_cjk.setdefault(i, set()).update(range(pos, pos + len(stems[0])))
                        matched = stems[0]
                        break
                if matched:
                    break
        if matched:
            result.clauses.append(Clause(list(group.alternatives()), matched, kind="synonym"))

    last_word = max((i for i, p in enumerate(parts) if p.kind == "word"), default=-1)
    for i, part in enumerate(parts):
        if part.kind == "word":
            if i in covered_words:
                continue
            if part.text in ENGLISH_STOPWORDS and len(parts) > 1:
                continue
            clause = Clause([], part.text, kind="word", stem=part.stem)
            clause.add(Alternative.TERM, part.stem)
            # Porter2 turns a final y into i ("verify" -> "verifi") but
            # "verification" -> "verif": look for the shorter stem too.
            if part.stem.endswith("i") and len(part.stem) >= 5:
                clause.add(Alternative.TERM, part.stem[:-1])
            # A prefix for words being typed or not in the index ("passw" -> password);
            # the planner drops it when the word itself is known.
            min_prefix = 3 if (prefix_last and i == last_word) else 4
            if len(part.stem) >= min_prefix and part.stem.isalpha():
                clause.add(Alternative.PREFIX, part.stem)
            result.clauses.append(clause)
        else:
            covered = covered_cjk.get(i, set())
            run = part.text
            if len(run) == 1:
                if 0 not in covered:
                    result.clauses.append(_cjk_clause(run, run))
                continue
            for j in range(len(run) - 1):
                if j in covered and j + 1 in covered:
                    continue
                result.clauses.append(_cjk_clause(run[j : j + 2], run))
            # Single characters too; the engine keeps only the rarer ones.
            for j, char in enumerate(run):
                if j not in covered:
                    result.clauses.append(_cjk_clause(char, run, kind="cjk1"))
    result.clauses = _dedupe(result.clauses)[:MAX_ANALYSED_CLAUSES]
    return result


def _cjk_clause(token, run, kind="cjk"):
    return Clause([Alternative(Alternative.TERM, (token,))], run, kind=kind)


def _find_words(parts, stems, covered):
    n = len(stems)
    for at in range(len(parts) - n + 1):
        window = parts[at : at + n]
        if (
            all(p.kind == "word" for p in window)
            and tuple(p.stem for p in window) == stems
            and not covered.intersection(range(at, at + n))
        ):
            return at
    return None


def _dedupe(clauses):
    seen, out = set(), []
    for clause in clauses:
        key = tuple(clause.alternatives)
        if key not in seen:
            seen.add(key)
            out.append(clause)
    return out


# -- Typo tolerance ----------------------------------------------------------------


def allowed_edits(word: str) -> int:
    """1 edit for words of 4+ letters, 2 for 8+; shorter words must be exact."""
    if len(word) >= 8:
        return 2
    if len(word) >= 4:
        return 1
    return 0


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (a swap counts once), or limit + 1 if larger."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2 = None
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        row_min = current[0]
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if (
                previous2 is not None
                and i > 1
                and j > 1
                and a[i - 1] == b[j - 2]
                and a[i - 2] == b[j - 1]
            ):
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
            row_min = min(row_min, value)
        if row_min > limit:
            return limit + 1
        previous2, previous = previous, current
    return min(previous[-1], limit + 1)


def trigrams(term: str) -> list[str]:
    """Character trigrams of a Latin term, as tokens of letters and digits only.

    Stored for Latin vocabulary terms, indexed by both engines (FTS5; a GIN
    index on PostgreSQL) to find typo candidates. Like pg_trgm's padding, the start and the
    end count too ("b" + first two letters, "e" + last two), which keeps short
    words findable after one edit. Each kind has its own prefix letter, so a
    token can never be mistaken for a word.
    """
    grams = [f"b{term[:2]}", f"e{term[-2:]}"]
    grams += [f"t{term[i : i + 3]}" for i in range(len(term) - 2)]
    return list(dict.fromkeys(grams))
