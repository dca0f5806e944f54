"""The database side of search: vocabulary look-ups and ranked matching.

One interface, two implementations picked by the database vendor:

- SQLite: FTS5 over the pre-tokenised documents, ranked by its BM25 with
  column weights (title 3, summary and keywords 2.8, body 1);
- PostgreSQL: the `simple` full-text configuration over the same tokens (a
  generated tsvector, GIN index), ranked by `ts_rank` per clause weighted by
  the clause's inverse document frequency, which gives BM25's "rare words
  count more" that `ts_rank` alone lacks.

Both then boost the first RERANK_WINDOW hits gently by helpful votes and
views; ties go to the lower article id. Queries reach an engine only as
quoted tokens of letters and digits (see faq.search.analysis), never as text
typed by a visitor.
"""

import math
from dataclasses import dataclass

from django.db import connection

from faq.models import ArticleDailyViews, SearchDocument, SearchTerm, Vote
from faq.search import schema
from faq.search.analysis import Alternative, trigrams
from faq.search.index import DOCUMENTS_TERM

FIELD_WEIGHTS = (3.0, 2.8, 1.0)  # title, summary + keywords, body
TYPO_CANDIDATES = 40
# PostgreSQL ranks every field of this many first-pass candidates (or the page depth).
CANDIDATES = 200


def _quote(name):
    return connection.ops.quote_name(name)


@dataclass
class Hit:
    article_id: int
    is_fallback: bool
    text_score: float
    total: int = 0
    helpful: int = 0
    unhelpful: int = 0
    views: int = 0

    @property
    def score(self):
        # Gentle: the most viewed demo article gains ~17 %, a well-liked one ~15 %.
        net_helpful = max(0, self.helpful - self.unhelpful)
        boost = 1 + 0.05 * math.log1p(net_helpful) + 0.02 * math.log1p(self.views)
        return self.text_score * boost


class Backend:
    vendor = ""

    def vocabulary(self, language, tokens):
        """({token: df}, number of documents in the language), in one query."""
        terms = _quote(SearchTerm._meta.db_table)
        tokens = [*tokens, DOCUMENTS_TERM]
        placeholders = ", ".join(["%s"] * len(tokens))
        sql = f"SELECT term, df FROM {terms} WHERE language = %s AND term IN ({placeholders})"
        with connection.cursor() as cursor:
            cursor.execute(sql, [language, *tokens])
            found = dict(cursor.fetchall())
        total = found.pop(DOCUMENTS_TERM, None)
        if total is None:  # an index built before the counter existed
            total = SearchDocument.objects.filter(language=language).count()
        return found, total

    def typo_candidates(self, language, stems):
        """{stem: [(term, word, df), ...]}: vocabulary terms that look alike."""
        if not stems:
            return {}
        parts, params = [], []
        for i, stem_ in enumerate(stems):
            sql, sql_params = self._typo_sql(language, stem_)
            parts.append(f"SELECT {i} AS k, term, word, df FROM ({sql}) s{i}")
            params += sql_params
        found = {stem_: [] for stem_ in stems}
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join(parts), params)
            for k, term, word, df in cursor.fetchall():
                found[stems[k]].append((term, word, df))
        return found

    def hits(self, plan, *, language, visible, limit, offset=0, strict=True):
        """Ranked hits (text score, boost inputs, total) for one window of results.

        `strict` matches the plan's strict form (see faq.search.query) when it
        has one; otherwise documents matching any clause.
        """
        visible_sql, visible_params = visible.order_by().values("pk").query.sql_with_params()
        inner_sql, inner_params = self._match_sql(
            plan,
            language,
            visible_sql,
            visible_params,
            strict=strict and plan.has_strict_form,
            depth=offset + limit,
        )
        docs = _quote(SearchDocument._meta.db_table)
        bits = SearchDocument.SLOT_BITS
        votes = _quote(Vote._meta.db_table)
        views = _quote(ArticleDailyViews._meta.db_table)
        sql = f"""
            SELECT h.article_id,
                (SELECT d.is_fallback FROM {docs} d WHERE d.id = h.doc_id),
                h.text_score, h.total,
                (SELECT COUNT(*) FROM {votes} v WHERE v.article_id = h.article_id
                    AND v.helpful = %s),
                (SELECT COUNT(*) FROM {votes} v WHERE v.article_id = h.article_id
                    AND v.helpful = %s),
                (SELECT COALESCE(SUM(w.views), 0) FROM {views} w
                    WHERE w.article_id = h.article_id)
            FROM (
                SELECT m.doc_id, m.doc_id >> {bits} AS article_id, m.text_score, m.total
                FROM ({inner_sql}) m
                ORDER BY m.text_score DESC, m.doc_id
                LIMIT %s OFFSET %s
            ) h
        """
        with connection.cursor() as cursor:
            cursor.execute(sql, [True, False, *inner_params, limit, offset])
            rows = cursor.fetchall()
        return [
            Hit(
                article_id=row[0],
                is_fallback=bool(row[1]),
                text_score=float(row[2]),
                total=row[3],
                helpful=row[4],
                unhelpful=row[5],
                views=row[6],
            )
            for row in rows
        ]

    def expression(self, clauses, *, all_of=False):
        joiner = f" {self.AND} " if all_of else f" {self.OR} "
        return joiner.join(self._clause(clause) for clause in clauses)

    def _clause(self, clause):
        return "(" + f" {self.OR} ".join(self._alternative(a) for a in clause.alternatives) + ")"


class SqliteBackend(Backend):
    vendor = "sqlite"
    AND, OR = "AND", "OR"

    @staticmethod
    def _alternative(alt):
        quoted = [f'"{token}"' for token in alt.tokens]
        if alt.mode == Alternative.PREFIX:
            return f"{quoted[0]} *"
        if alt.mode == Alternative.PHRASE:
            return '"' + " ".join(alt.tokens) + '"'
        if alt.mode == Alternative.ALL:
            return "(" + " AND ".join(quoted) + ")"
        return quoted[0]

    def _match_sql(self, plan, language, visible_sql, visible_params, *, strict, depth):
        fts = schema.DOCUMENT_FTS
        weights = ", ".join(str(w) for w in FIELD_WEIGHTS)
        bits, mask = SearchDocument.SLOT_BITS, (1 << SearchDocument.SLOT_BITS) - 1
        slot = SearchDocument.LANGUAGE_SLOTS[language]
        scored = self.expression(plan.clauses)
        # No join: the rowid carries the article and the language. BM25 is
        # computed only for rows that pass every condition, so the strict form
        # (a far smaller set) decides the cost while every clause scores.
        strict_sql, strict_params = "", []
        if strict:
            strict_sql = f"AND +{fts}.rowid IN (SELECT rowid FROM {fts} WHERE {fts} MATCH %s) "
            strict_params = [self.expression(plan.match_clauses, all_of=plan.match_all)]
        # (bm25() cannot share a SELECT with a window function.)
        sql = (
            f"SELECT s.doc_id, s.text_score, COUNT(*) OVER () AS total FROM ("
            f"SELECT {fts}.rowid AS doc_id, -bm25({fts}, {weights}) AS text_score "
            f"FROM {fts} WHERE {fts} MATCH %s AND ({fts}.rowid & {mask}) = %s "
            f"{strict_sql}"
            f"AND ({fts}.rowid >> {bits}) IN ({visible_sql})) s"
        )
        return sql, [scored, slot, *strict_params, *visible_params]

    def _typo_sql(self, language, stem_):
        fts = schema.TERM_FTS
        terms = _quote(SearchTerm._meta.db_table)
        expression = " OR ".join(f'"{gram}"' for gram in trigrams(stem_))
        sql = (
            f"SELECT t.term, t.word, t.df FROM {fts} JOIN {terms} t ON t.id = {fts}.rowid "
            f"WHERE {fts} MATCH %s AND t.language = %s "
            f"AND LENGTH(t.term) BETWEEN %s AND %s "
            f"ORDER BY bm25({fts}), t.df DESC LIMIT {TYPO_CANDIDATES}"
        )
        return sql, [expression, language, len(stem_) - 2, len(stem_) + 2]


class PostgresBackend(Backend):
    vendor = "postgresql"
    AND, OR = "&", "|"
    # ts_rank's weights are listed D, C, B, A: body, (unused), summary + keywords, title.
    RANK_WEIGHTS = "{%.3f,0,%.3f,1}" % (  # noqa: UP031 (a literal for PostgreSQL)
        FIELD_WEIGHTS[2] / FIELD_WEIGHTS[0],
        FIELD_WEIGHTS[1] / FIELD_WEIGHTS[0],
    )

    @staticmethod
    def _alternative(alt):
        quoted = ["'" + token.replace("\\", "").replace("'", "") + "'" for token in alt.tokens]
        if alt.mode == Alternative.PREFIX:
            return f"{quoted[0]}:*"
        if alt.mode == Alternative.PHRASE:
            return "(" + " <-> ".join(quoted) + ")"
        if alt.mode == Alternative.ALL:
            return "(" + " & ".join(quoted) + ")"
        return quoted[0]

    def _match_sql(self, plan, language, visible_sql, visible_params, *, strict, depth):
        docs = _quote(SearchDocument._meta.db_table)
        match = plan.match_clauses if strict else plan.clauses
        # Two passes. The first finds the matches through the language's GIN
        # index and counts them, ranking with the small title + summary vector
        # (stored inline: nothing to decompress); the second ranks only the
        # best `depth` of those (at least CANDIDATES) with every field.
        rank_terms, rank_params = [], []
        for clause in plan.clauses:
            rank_terms.append("%s * ts_rank(%s::float4[], c.vector, %s::tsquery, 1)")
            rank_params += [clause.idf, self.RANK_WEIGHTS, self._clause(clause)]
        sql = (
            f"SELECT c.doc_id, ({' + '.join(rank_terms)}) AS text_score, c.total "
            f"FROM ("
            # OFFSET 0 keeps this a subquery: each vector is decompressed once,
            # by the concatenation, not once per clause by ts_rank.
            f"  SELECT f.doc_id, f.total, d.search_vector || ''::tsvector AS vector "
            f"  FROM ("
            f"    SELECT d.id AS doc_id, COUNT(*) OVER () AS total FROM {docs} d "
            f"    WHERE d.language = %s AND d.search_vector @@ %s::tsquery "
            f"    AND d.article_id IN ({visible_sql}) "
            f"    ORDER BY ts_rank(%s::float4[], d.rank_vector, %s::tsquery, 1) DESC, d.id "
            f"    LIMIT %s"
            f"  ) f JOIN {docs} d ON d.id = f.doc_id OFFSET 0"
            f") c"
        )
        params = [
            *rank_params,
            language,
            self.expression(match, all_of=strict and plan.match_all),
            *visible_params,
            self.RANK_WEIGHTS,
            self.expression(plan.clauses),
            max(depth, CANDIDATES),
        ]
        return sql, params

    def _typo_sql(self, language, stem_):
        terms = _quote(SearchTerm._meta.db_table)
        sql = (
            f"SELECT term, word, df FROM {terms} "
            f"WHERE trigrams <> '' AND language = %s AND LENGTH(term) BETWEEN %s AND %s "
            f"ORDER BY term <-> %s, df DESC LIMIT {TYPO_CANDIDATES}"
        )
        return sql, [language, len(stem_) - 2, len(stem_) + 2, stem_]


def backend():
    if connection.vendor == "postgresql":
        return PostgresBackend()
    if connection.vendor == "sqlite":
        return SqliteBackend()
    raise NotImplementedError(f"No search engine for {connection.vendor}.")
