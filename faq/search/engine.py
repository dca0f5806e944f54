"""The database side of search: vocabulary look-ups and ranked matching.

One interface, two implementations picked by the database vendor:

- SQLite: FTS5 over the pre-tokenised documents, ranked by its BM25 with
  column weights (title 3, summary and keywords 2.8, body 1);
- PostgreSQL: the `simple` full-text configuration over the same tokens (a
  generated tsvector, GIN index), ranked by `ts_rank` per clause weighted by
  the clause's inverse document frequency, which gives BM25's "rare words
  count more" that `ts_rank` alone lacks; in two passes, the second over
  vectors without the commonest Chinese characters (faq_searchrank), with
  the same scores as over the full ones.

Both rank every match while there are at most RANK_ALL; past that, the
documents with the query in their title or summary come first. The count is
exact up to COUNT_LIMIT and stops there: a larger match set counts as
COUNT_LIMIT + 1 ("more than COUNT_LIMIT"), so counting a common word stops
reading early. Both then boost the first RERANK_WINDOW hits gently by
helpful votes and views; ties go to the lower article id. Queries reach an
engine only as quoted tokens of letters and digits (see faq.search.analysis),
never as text typed by a visitor.
"""

import json
import math
from dataclasses import dataclass

from django.db import connection

from faq.models import Article, ArticleDailyViews, Category, SearchDocument, SearchTerm, Vote
from faq.search import schema
from faq.search.analysis import Alternative, trigrams
from faq.search.index import DOCUMENTS_TERM

FIELD_WEIGHTS = (3.0, 2.8, 1.0)  # title, summary + keywords, body
TYPO_CANDIDATES = 40
# PostgreSQL ranks every field of this many first-pass candidates (or the page
# depth): twice the re-ranked window. Each costs its whole vector read from
# TOAST, so more candidates make long Chinese searches slower (see
# docs/performance.md, "Figures behind choices in the code").
CANDIDATES = 100
# Up to this many matches every one is ranked. Past it (a query of common
# words) the documents whose title, summary and keywords match on their own
# are ranked first: on PostgreSQL they are the first pass's candidates (the
# others only fill up), on SQLite they come first, ranked by BM25, and the
# others follow, also by BM25. A title is what best tells a common word's
# articles apart, and this keeps the cost at those few.
RANK_ALL = 1000
# Matches are counted exactly up to this many; the count stops at one more.
# At least RANK_ALL, so that a stopped count still tells which ranking applies.
COUNT_LIMIT = 1000
HEAD_COLUMNS = ("title_tokens", "summary_tokens")


def _total(counted):
    """The select-list entry for the number of matches: a window count, or nothing."""
    return "COUNT(*) OVER ()" if counted else "NULL"


def _count(sql, params, *, limit=None):
    """The number of rows `sql` selects; with a limit, reading stops at `limit` rows."""
    if limit is not None:
        sql, params = f"{sql} LIMIT %s", [*params, limit]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM ({sql}) m", params)
        return cursor.fetchone()[0]


def _converters(model, names, alias, *, offset=0):
    """(index, column, conversions) for the columns of a raw row that the ORM converts
    (a date and time from SQLite, say), so that a model built from it holds what a
    query would have loaded. `names` start at `offset` in the row."""
    found = []
    for i, name in enumerate(names, start=offset):
        column = model._meta.get_field(name).get_col(alias)
        conversions = connection.ops.get_db_converters(column) + column.get_db_converters(
            connection
        )
        if conversions:
            found.append((i, column, conversions))
    return found


def _converted(row, converters):
    row = list(row)
    for i, column, conversions in converters:
        for convert in conversions:
            row[i] = convert(row[i], column, connection)
    return row


def plan_touches_language_column(plan):
    """Whether a token of the plan is (or, as a prefix, begins) a language column token."""
    for clause in plan.clauses:
        for alt in clause.alternatives:
            for token in alt.tokens:
                if alt.mode == Alternative.PREFIX:
                    if any(word.startswith(token) for word in schema.language_column_tokens()):
                        return True
                elif token in schema.language_column_tokens():
                    return True
    return False


def _quote(name):
    return connection.ops.quote_name(name)


@dataclass
class Hit:
    article_id: int
    text_score: float
    tier: int = 0  # 1: past RANK_ALL, no query word in the title or summary (SQLite)
    net_helpful: int = 0  # "yes" votes minus "no" votes
    views: int = 0

    @property
    def score(self):
        # Gentle: popularity only moves near-ties (docs/performance.md).
        net_helpful = max(0, self.net_helpful)
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

    def count(self, plan, *, language, hidden, strict=True):
        """How many visible documents match (the strict form, or any clause), up to
        COUNT_LIMIT + 1: the statement stops reading matches there."""
        sql, params = self._matches_sql(
            plan, language, hidden, strict=strict and plan.has_strict_form
        )
        return _count(sql, params, limit=max(COUNT_LIMIT, RANK_ALL) + 1)

    def first_window(self, plan, *, language, hidden, limit, strict=True):
        """(total, the best `limit` hits): what a results page needs first.

        When the vocabulary's document frequencies bound the matches by
        RANK_ALL, one statement ranks every match and counts them on the way
        (a window count): the matches are read once. Otherwise the count comes
        first, as it decides how much of the match set is ranked.
        """
        strict = strict and plan.has_strict_form
        if plan.match_bound(strict=strict) <= RANK_ALL:
            return self._ranked(
                plan, language, hidden, strict, RANK_ALL, limit, 0, "all", counted=True
            )
        total = self.count(plan, language=language, hidden=hidden, strict=strict)
        if not total:
            return 0, []
        hits = self.hits(
            plan, language=language, hidden=hidden, total=total, limit=limit, strict=strict
        )
        return total, hits

    def hits(self, plan, *, language, hidden, total, limit, offset=0, strict=True):
        """Ranked hits (text score, boost inputs) for one window of results.

        `strict` matches the plan's strict form (see faq.search.query) when it
        has one; otherwise documents matching any clause. `hidden` are the
        article ids to leave out (faq.search.metadata); `total` is what
        `count` found, which decides how much of the match set is ranked.
        """
        strict = strict and plan.has_strict_form
        if total <= RANK_ALL or not self.HEAD_FIRST:
            return self._ranked(plan, language, hidden, strict, total, limit, offset, "all")[1]
        hits = self._ranked(plan, language, hidden, strict, total, limit, offset, "head")[1]
        if len(hits) < limit:
            sql, params = self._matches_sql(plan, language, hidden, strict=strict, part="head")
            head_total = _count(sql, params)
            rest_offset = max(0, offset - head_total)
            hits += self._ranked(
                plan, language, hidden, strict, total, limit - len(hits), rest_offset, "rest"
            )[1]
        return hits

    def _ranked(self, plan, language, hidden, strict, total, limit, offset, part, counted=False):
        """(the number of matches if `counted`, else None; hits of one window)."""
        inner_sql, inner_params = self._match_sql(
            plan,
            language,
            hidden,
            strict=strict,
            total=total,
            depth=offset + limit,
            part=part,
            counted=counted,
        )
        bits = SearchDocument.SLOT_BITS
        votes = _quote(Vote._meta.db_table)
        views = _quote(ArticleDailyViews._meta.db_table)
        # The boost's inputs, two look-ups per hit of the window.
        sql = f"""
            SELECT h.article_id,
                h.text_score,
                (SELECT COALESCE(SUM(CASE WHEN v.helpful THEN 1 ELSE -1 END), 0)
                    FROM {votes} v WHERE v.article_id = h.article_id),
                (SELECT COALESCE(SUM(w.views), 0) FROM {views} w
                    WHERE w.article_id = h.article_id),
                h.total
            FROM (
                SELECT m.doc_id, m.doc_id >> {bits} AS article_id, m.text_score, m.total
                FROM ({inner_sql}) m
                ORDER BY m.text_score DESC, m.doc_id
                LIMIT %s OFFSET %s
            ) h
        """
        with connection.cursor() as cursor:
            cursor.execute(sql, [*inner_params, limit, offset])
            rows = cursor.fetchall()
        hits = [
            Hit(
                article_id=article_id,
                text_score=float(text_score),
                net_helpful=net_helpful,
                views=views,
                tier=int(part == "rest"),
            )
            for article_id, text_score, net_helpful, views, _total in rows
        ]
        return (rows[0][4] if rows else 0) if counted else None, hits

    def result_rows(self, language, article_ids, article_columns, category_columns):
        """Rows (article columns, category columns, snippet text, shown in English) for
        a page of results: one statement, only the columns asked for (their values
        converted as the ORM would), and the document's plain text in `language`.
        Whether each article is still public is the caller's check
        (`Article.is_public` on the loaded row), as the hidden ids the engine
        filtered with may be a moment old.
        """
        if not article_ids:
            return []
        docs = _quote(SearchDocument._meta.db_table)
        articles = _quote(Article._meta.db_table)
        categories = _quote(Category._meta.db_table)
        columns = [f"a.{_quote(name)}" for name in article_columns]
        columns += [f"c.{_quote(name)}" for name in category_columns]
        placeholders = ", ".join(["%s"] * len(article_ids))
        sql = (
            f"SELECT {', '.join(columns)}, d.snippet_text, d.is_fallback FROM {docs} d "
            f"JOIN {articles} a ON a.id = d.article_id "
            f"JOIN {categories} c ON c.id = a.category_id "
            f"WHERE d.id IN ({placeholders})"
        )
        params = [SearchDocument.document_id(pk, language) for pk in article_ids]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        converters = [
            *_converters(Article, article_columns, "a"),
            *_converters(Category, category_columns, "c", offset=len(article_columns)),
        ]
        return [_converted(row, converters) for row in rows] if converters else rows

    def expression(self, clauses, *, all_of=False):
        joiner = f" {self.AND} " if all_of else f" {self.OR} "
        return joiner.join(self._clause(clause) for clause in clauses)

    def _clause(self, clause):
        return "(" + f" {self.OR} ".join(self._alternative(a) for a in clause.alternatives) + ")"


class SqliteBackend(Backend):
    vendor = "sqlite"
    HEAD_FIRST = True  # past RANK_ALL matches; PostgreSQL's first pass does the same
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

    def _filters(self, language, hidden):
        """Conditions on the FTS rowid, which carries the article and the language."""
        fts = schema.DOCUMENT_FTS
        bits, mask = SearchDocument.SLOT_BITS, (1 << SearchDocument.SLOT_BITS) - 1
        sql, params = f"({fts}.rowid & {mask}) = %s", [SearchDocument.language_slot(language)]
        if hidden:
            sql += f" AND ({fts}.rowid >> {bits}) NOT IN (SELECT value FROM json_each(%s))"
            params.append(json.dumps(hidden))
        return sql, params

    @staticmethod
    def _text(plan, expression):
        """`expression` kept to the token columns when it could match the language column.

        The language column holds "en", "zh", "hans" and "hant": only a query
        with such a token (or a prefix of one) needs the column filter, which
        has a cost per match.
        """
        if not plan_touches_language_column(plan):
            return f"({expression})"
        return f"{{{' '.join(schema.DOCUMENT_TEXT_COLUMNS)}}} : ({expression})"

    def _base(self, plan, *, strict):
        """The clauses that select the documents (the strict form, or any clause) and the rest."""
        if not strict:
            return self.expression(plan.clauses), []
        chosen = {id(clause) for clause in plan.match_clauses}
        others = [clause for clause in plan.clauses if id(clause) not in chosen]
        return self.expression(plan.match_clauses, all_of=plan.match_all), others

    def _head(self, plan, *, strict):
        base, _others = self._base(plan, strict=strict)
        return f"{{{' '.join(HEAD_COLUMNS)}}} : ({base})"

    def _selection(self, plan, *, strict, part):
        """The FTS expression choosing the documents (for counting)."""
        if part == "head":
            return self._head(plan, strict=strict)
        selection = self._text(plan, self._base(plan, strict=strict)[0])
        return selection if part == "all" else f"{selection} NOT {self._head(plan, strict=strict)}"

    def _scoring(self, plan, language, *, strict, part):
        """What BM25 scores, and so what the ranking query visits.

        BM25 scores the phrases of the MATCH expression. With other clauses
        besides those that select (the strict form), the expression is
        "selection AND (any other clause OR the language's own token)": every
        clause scores, once, but only the selected documents are visited, not
        every document with a common word. For the head (past RANK_ALL
        matches), the selecting clauses count in the title and summary only:
        those documents are ranked by what their title and summary say, and
        only they are visited.
        """
        base, others = self._base(plan, strict=strict)
        selection = self._head(plan, strict=strict) if part == "head" else self._text(plan, base)
        if not others:
            return selection
        every = f'{{language}} : "{schema.language_token(language)}"'
        return f"{selection} AND ({self._text(plan, self.expression(others))} OR {every})"

    def _matches_sql(self, plan, language, hidden, *, strict, part="all"):
        fts = schema.DOCUMENT_FTS
        selection = self._selection(plan, strict=strict, part=part)
        filters, params = self._filters(language, hidden)
        sql = f"SELECT 1 FROM {fts} WHERE {fts} MATCH %s AND {filters}"
        return sql, [selection, *params]

    def _match_sql(self, plan, language, hidden, *, strict, total, depth, part, counted):
        fts = schema.DOCUMENT_FTS
        weights = ", ".join(str(w) for w in (*FIELD_WEIGHTS, 0.0))  # the language column: 0
        filters, params = self._filters(language, hidden)
        sql = (
            f"SELECT {fts}.rowid AS doc_id, -bm25({fts}, {weights}) AS text_score "
            f"FROM {fts} WHERE {fts} MATCH %s AND {filters}"
        )
        params = [self._scoring(plan, language, strict=strict, part=part), *params]
        if part == "rest":
            # "+" keeps SQLite from running the subquery's MATCH once per row.
            sql += f" AND +{fts}.rowid IN (SELECT rowid FROM {fts} WHERE {fts} MATCH %s)"
            params.append(self._selection(plan, strict=strict, part=part))
        # BM25 cannot be computed in a query with a window function: one level up.
        return f"SELECT s.*, {_total(counted)} AS total FROM ({sql}) s", params

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
    HEAD_FIRST = False
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

    def _filters(self, plan, language, hidden, *, strict, vector="d.search_vector"):
        """Conditions on `vector` ("alias.column"), and on the language and article
        columns of the same table."""
        alias = vector.split(".")[0]
        match = plan.match_clauses if strict else plan.clauses
        sql = f"{alias}.language = %s AND {vector} @@ %s::tsquery"
        params = [language, self.expression(match, all_of=strict and plan.match_all)]
        if hidden:
            # A hashed subplan (no look-up in faq_article per match); the array as
            # text, which psycopg sends faster than a list of ints.
            sql += f" AND {alias}.article_id NOT IN (SELECT unnest(%s::bigint[]))"
            params.append("{" + ",".join(map(str, hidden)) + "}")
        return sql, params

    def _matches_sql(self, plan, language, hidden, *, strict):
        # The narrow matching table: a common word's count reads its small
        # rows, not the documents' (faq.search.schema).
        filters, params = self._filters(plan, language, hidden, strict=strict, vector="m.vector")
        return f"SELECT 1 FROM {schema.MATCH_TABLE} m WHERE {filters}", params

    @staticmethod
    def scores_common_character(plan):
        """Whether a token of the plan is one of the characters the ranking table
        leaves out (a prefix token can only match such a one-character term by
        being it)."""
        return any(
            token in schema.COMMON_CHARACTERS
            for clause in plan.clauses
            for alt in clause.alternatives
            for token in alt.tokens
        )

    def _match_sql(self, plan, language, hidden, *, strict, total, depth, part, counted):
        docs = _quote(SearchDocument._meta.db_table)
        scored = self.expression(plan.clauses)
        filters, filter_params = self._filters(plan, language, hidden, strict=strict)
        match = plan.match_clauses if strict else plan.clauses
        first_rank = "ts_rank(%s::float4[], d.rank_vector, %s::tsquery, 1)"
        limit = max(depth, CANDIDATES)
        # Two passes. The first picks the candidates by the small title +
        # summary vector (stored inline: nothing to decompress); the second
        # ranks only those with every field. Its vectors come from the ranking
        # table (one heap page each, the commonest Chinese characters left
        # out), unless the plan scores with one of those characters: then the
        # first pass hands each candidate's full vector up as it is stored (a
        # TOAST pointer, read only for the candidates).
        full = self.scores_common_character(plan)
        stored = "d.search_vector" if full else "NULL::tsvector"
        if total <= RANK_ALL:
            first_sql = (
                f"SELECT d.id AS doc_id, {stored} AS vector, {_total(counted)} AS total "
                f"FROM {docs} d "
                f"WHERE {filters} ORDER BY {first_rank} DESC, d.id LIMIT %s"
            )
            first_params = [*filter_params, self.RANK_WEIGHTS, scored, limit]
        else:
            # Without ranking every match: the documents whose small vector
            # matches on its own (its GIN index finds them), then the rest.
            head = self.expression(match, all_of=strict and plan.match_all)
            head_filters, head_params = self._filters(
                plan, language, hidden, strict=strict, vector="d.rank_vector"
            )
            first_sql = (
                f"SELECT f.doc_id, f.vector, NULL AS total FROM ("
                f"  (SELECT d.id AS doc_id, {stored} AS vector FROM {docs} d "
                f"   WHERE {head_filters} "
                f"   ORDER BY {first_rank} DESC, d.id LIMIT %s)"
                f"  UNION ALL"
                f"  (SELECT d.id AS doc_id, {stored} AS vector FROM {docs} d "
                f"   WHERE {filters} AND NOT d.rank_vector @@ %s::tsquery "
                f"   ORDER BY {first_rank} DESC, d.id LIMIT %s)"
                f") f LIMIT %s"
            )
            first_params = [
                *head_params,
                self.RANK_WEIGHTS,
                scored,
                limit,
                *filter_params,
                head,
                self.RANK_WEIGHTS,
                scored,
                limit,
                limit,
            ]
        if full:
            rank = "ts_rank(%s::float4[], c.vector, %s::tsquery, 1)"
            vector, log_length, source = "f.vector", "NULL", ""
        else:
            # ts_rank's normalisation 1 divides the rank by log2(1 + the vector's
            # length in positions); the ranking table keeps the full vector's
            # length, so this is the full vector's rank to the last bit (a rank
            # depends on the query's own terms otherwise, and those are all in
            # the lean vector). A length of 0 divides by 1, as ts_rank does.
            rank = (
                "(ts_rank(%s::float4[], c.vector, %s::tsquery, 0)::float8 / c.log_length)::float4"
            )
            vector = "r.vector"
            log_length = "ln(GREATEST(r.length, 1) + 1.0::float8) / ln(2.0::float8)"
            source = f" JOIN {schema.RANK_TABLE} r ON r.id = f.doc_id"
        rank_terms, rank_params = [], []
        for clause in plan.clauses:
            rank_terms.append(f"%s * {rank}")
            rank_params += [clause.idf, self.RANK_WEIGHTS, self._clause(clause)]
        # With several clauses, OFFSET 0 keeps this a subquery: each vector is
        # detoasted once, by the concatenation, not once per clause by ts_rank;
        # with one, the concatenation would only add its own cost.
        if len(plan.clauses) > 1:
            vector += " || ''::tsvector"
        sql = (
            f"SELECT c.doc_id, ({' + '.join(rank_terms)}) AS text_score, c.total "
            f"FROM ("
            f"  SELECT f.doc_id, f.total, {vector} AS vector, {log_length} AS log_length "
            f"  FROM ({first_sql}) f{source} OFFSET 0"
            f") c"
        )
        return sql, [*rank_params, *first_params]

    def _typo_sql(self, language, stem_):
        terms = _quote(SearchTerm._meta.db_table)
        vector = "to_tsvector('simple'::regconfig, trigrams)"  # as in the GIN index
        expression = " | ".join(f"'{gram}'" for gram in trigrams(stem_))
        sql = (
            f"SELECT term, word, df FROM {terms} "
            f"WHERE trigrams <> '' AND language = %s AND {vector} @@ %s::tsquery "
            f"AND LENGTH(term) BETWEEN %s AND %s "
            f"ORDER BY ts_rank({vector}, %s::tsquery, 0) DESC, df DESC LIMIT {TYPO_CANDIDATES}"
        )
        return sql, [language, expression, len(stem_) - 2, len(stem_) + 2, expression]


def backend():
    if connection.vendor == "postgresql":
        return PostgresBackend()
    if connection.vendor == "sqlite":
        return SqliteBackend()
    raise NotImplementedError(f"No search engine for {connection.vendor}.")
