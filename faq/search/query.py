"""From what a visitor typed to a plan the engines can run.

analyse (pure) -> synonyms (editors' list) -> vocabulary (document
frequencies, one query) -> typo candidates for unknown words (one query,
only when there are such words) -> a list of clauses with weights.

Matching follows Lucene's "common terms" query: a clause found in more than
COMMON_SHARE of the language's documents ("password", "账户") says little about
which documents to return, and matching on it makes the engines score most of
the collection. So documents are matched on the query's rare clauses (any of
them), or on all of its clauses when every one is common, and then scored
with every clause. When that strict form finds fewer than STRICT_MIN_HITS, the
search runs again matching any clause (see faq.search.SearchResults).
"""

import math
from dataclasses import dataclass, field

from faq.search.analysis import (
    Alternative,
    allowed_edits,
    analyse_query,
    edit_distance,
    segments,
    synonym_groups,
)
from faq.search.metadata import synonym_rows

MAX_CLAUSES = 24
# A single Chinese character found in more than this share of the documents
# ("的", "到", "账") says little; its bigrams still count.
UNIGRAM_MAX_SHARE = 0.2
MAX_TYPO_ALTERNATIVES = 3
_PRIORITY = {"synonym": 0, "word": 0, "cjk": 1, "cjk1": 2}
# A clause in more than this share of the documents is "common" (see above).
COMMON_SHARE = 0.05
# Fewer strict matches than this and the search matches any clause instead.
STRICT_MIN_HITS = 5


@dataclass
class Plan:
    text: str
    clauses: list = field(default_factory=list)  # all of them score
    documents: int = 0
    # The strict form: documents must match any of `match_clauses`, or all of
    # them when `match_all`. Empty when it would be the same as matching any clause.
    match_clauses: list = field(default_factory=list)
    match_all: bool = False

    def __bool__(self):
        return bool(self.clauses)

    def match_bound(self, *, strict):
        """At most how many documents match (from the vocabulary's frequencies)."""
        clauses = self.match_clauses if strict and self.match_clauses else self.clauses
        bounds = [clause.bound for clause in clauses]
        bound = min(bounds) if strict and self.match_all else sum(bounds)
        return min(bound, self.documents)

    @property
    def has_strict_form(self):
        return bool(self.match_clauses)

    def plan_strict_form(self):
        """Choose the clauses that decide which documents match (common-terms rule).

        Chinese bigrams match; single characters only score (and count in the
        any-clause fallback) unless the query has nothing else.
        """
        self.match_clauses, self.match_all = [], False
        candidates = [c for c in self.clauses if c.kind != "cjk1"] or list(self.clauses)
        rare = [c for c in candidates if c.df <= COMMON_SHARE * self.documents]
        chosen, match_all = (rare, False) if rare else (candidates, len(candidates) > 1)
        if not match_all and len(chosen) == len(self.clauses):
            return  # the same as matching any clause
        self.match_clauses, self.match_all = chosen, match_all


def load_synonyms(language):
    return synonym_groups(synonym_rows(language))


def _idf(df, documents):
    documents = max(documents, 1)
    df = min(max(df, 0), documents)
    return math.log(1 + (documents - df + 0.5) / (df + 0.5))


def _alternative_df(alt, vocabulary, documents):
    if alt.mode == Alternative.PREFIX:
        # Unknown without a scan; a prefix is at least as common as the word.
        return max(vocabulary.get(alt.tokens[0], 0), documents // 20)
    return _alternative_bound(alt, vocabulary, documents)


def _alternative_bound(alt, vocabulary, documents):
    """At most how many documents the alternative matches (a prefix: any of them)."""
    if alt.mode == Alternative.PREFIX:
        return documents
    return min(vocabulary.get(token, 0) for token in alt.tokens)


def _known(alt, vocabulary):
    return alt.mode == Alternative.PREFIX or all(t in vocabulary for t in alt.tokens)


def build_plan(text, *, language, engine, synonyms=None) -> Plan:
    groups = load_synonyms(language) if synonyms is None else synonyms
    analysed = analyse_query(text, synonyms=groups)
    plan = Plan(analysed.text)
    if not analysed:
        return plan
    vocabulary, plan.documents = engine.vocabulary(language, analysed.lookup_tokens())
    if not plan.documents:
        return plan

    unknown = [
        c
        for c in analysed.clauses
        if c.kind == "word" and c.stem not in vocabulary and allowed_edits(c.text) > 0
    ]
    if unknown:
        candidates = engine.typo_candidates(language, sorted({c.stem for c in unknown}))
        for clause in unknown:
            for term, _word in typo_corrections(clause, candidates.get(clause.stem, ())):
                clause.add(Alternative.TERM, term)
                vocabulary.setdefault(term, _candidate_df(candidates[clause.stem], term))

    kept = []
    for clause in analysed.clauses:
        if clause.kind == "word" and clause.stem in vocabulary:
            # Stems already join word forms; a prefix would only widen (and slow) it.
            clause.alternatives = [a for a in clause.alternatives if a.mode != Alternative.PREFIX]
        clause.alternatives = [a for a in clause.alternatives if _known(a, vocabulary)]
        if not clause.alternatives:
            continue
        alternatives, documents = clause.alternatives, plan.documents
        clause.df = max(_alternative_df(a, vocabulary, documents) for a in alternatives)
        clause.bound = sum(_alternative_bound(a, vocabulary, documents) for a in alternatives)
        common = clause.df > UNIGRAM_MAX_SHARE * plan.documents
        if clause.kind == "cjk1" and len(clause.text) > 1 and common:
            continue
        clause.idf = _idf(clause.df, plan.documents)
        kept.append(clause)
    kept.sort(key=lambda c: (_PRIORITY[c.kind], c.df))
    plan.clauses = kept[:MAX_CLAUSES]
    plan.plan_strict_form()
    return plan


def _candidate_df(candidates, term):
    return next((df for t, _w, df in candidates if t == term), 1)


def typo_corrections(clause, candidates, *, extra=0):
    """Vocabulary terms within the allowed edits of a word, closest and commonest first."""
    limit = allowed_edits(clause.text) + extra
    scored = []
    for term, word, df in candidates:
        distance = edit_distance(clause.stem, term, limit)
        if word:
            distance = min(distance, edit_distance(clause.text, word, limit))
        if 0 < distance <= limit or (distance == 0 and term != clause.stem):
            scored.append((distance, -df, term, word or term))
    scored.sort()
    return [(term, word) for _d, _df, term, word in scored[:MAX_TYPO_ALTERNATIVES]]


def did_you_mean(text, *, language, engine):
    """The query with unknown words replaced by the closest known ones, or None."""
    parts = segments(text)
    words = [p for p in parts if p.kind == "word"]
    if not words:
        return None
    vocabulary, _documents = engine.vocabulary(language, sorted({p.stem for p in words}))
    unknown = sorted({p.stem for p in words if p.stem not in vocabulary and len(p.text) >= 3})
    if not unknown:
        return None
    candidates = engine.typo_candidates(language, unknown)
    replaced, changed = [], False
    for part in parts:
        if part.kind == "word" and part.stem in candidates:
            # One edit more than searching allows: a suggestion, not a silent change.
            probe = _Probe(part.text, part.stem)
            found = typo_corrections(probe, candidates[part.stem], extra=1)
            if found:
                replaced.append(found[0][1])
                changed = True
                continue
        replaced.append(part.text)
    return " ".join(replaced) if changed else None


@dataclass
class _Probe:
    text: str
    stem: str
