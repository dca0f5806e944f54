"""Keeping the search index in step with the articles: explicit service calls.

Whoever writes an article's text calls `article_index_update(article=...)` in
the same transaction (the admin, the demo loader); deleting goes through
`article_index_remove` first so the vocabulary's counts stay right (the
documents would go with the article anyway, by cascade). `index_rebuild`
recomputes everything and is what `manage.py rebuild_search_index` runs.
"""

from collections import Counter

from django.db import connection, transaction
from django.db.models import F
from modeltranslation.utils import build_localized_fieldname

from contacts.textscan import CHANNEL_TOKEN
from faq.models import Article, SearchDocument, SearchTerm
from faq.search import schema
from faq.search.analysis import index_text, surface_words, trigrams
from faq.search.snippets import plain_text
from helpdesk.lib.contentversion import bump_content_version
from helpdesk.lib.languages import language_codes

DEFAULT_LANGUAGE = "en"
MAX_TERM_LENGTH = 64
# A vocabulary row no text can produce (tokens are letters and digits): its df
# is the number of documents in the language, read with the terms' frequencies
# instead of counting the documents on every search.
DOCUMENTS_TERM = "#documents"
_CHUNK = 500


def localized_text(article, field, language):
    """The text shown for `field` in `language`: its translation, else English."""
    value = getattr(article, build_localized_fieldname(field, language), "") or ""
    if value or language == DEFAULT_LANGUAGE:
        return value
    return getattr(article, build_localized_fieldname(field, DEFAULT_LANGUAGE), "") or ""


def _plain_body(article, language):
    # Link targets, Markdown syntax and channel tokens ([[channel:slug]], whose values
    # change with the directory) are not words anyone searches for.
    return plain_text(CHANNEL_TOKEN.sub(" ", localized_text(article, "body", language)))


def document_snippet_text(article, language, *, body=None):
    """What a result's snippet is cut from: the summary and the body, as plain text."""
    body = _plain_body(article, language) if body is None else body
    return " ".join(text for text in (localized_text(article, "summary", language), body) if text)


def document_fields(article, language):
    """Tokens for one article in one language (pure: reads only the article)."""
    title = localized_text(article, "title", language)
    summary = localized_text(article, "summary", language)
    keywords = localized_text(article, "keywords", language)
    body = _plain_body(article, language)
    words = {}
    for text in (title, summary, keywords, body):
        surface_words(text, words)
    return {
        "is_fallback": language != DEFAULT_LANGUAGE and not article.is_translated(language),
        "title_tokens": index_text(title),
        "summary_tokens": index_text(summary, keywords),
        "body_tokens": index_text(body),
        "snippet_text": document_snippet_text(article, language, body=body),
    }, words


def _terms(fields):
    return {
        token
        for name in ("title_tokens", "summary_tokens", "body_tokens")
        for token in fields[name].split()
        if len(token) <= MAX_TERM_LENGTH
    }


def _term_row(term, language, words, df=1):
    latin = term.isascii() and term.isalpha() and len(term) >= 3
    return (
        term,
        language,
        df,
        (words.get(term, "") if latin else "")[:MAX_TERM_LENGTH],
        " ".join(trigrams(term)) if latin else "",
    )


def _vocabulary_add(language, terms, words):
    """df + 1 for each term, creating the missing ones, atomically (an upsert)."""
    table = connection.ops.quote_name(SearchTerm._meta.db_table)
    sql = (
        f"INSERT INTO {table} (term, language, df, word, trigrams) VALUES (%s, %s, %s, %s, %s) "
        f"ON CONFLICT (term, language) DO UPDATE SET df = {table}.df + 1"
    )
    rows = [_term_row(term, language, words) for term in sorted(terms)]
    with connection.cursor() as cursor:
        for start in range(0, len(rows), _CHUNK):
            cursor.executemany(sql, rows[start : start + _CHUNK])


def _vocabulary_remove(language, terms):
    terms = sorted(terms)
    for start in range(0, len(terms), _CHUNK):
        chunk = terms[start : start + _CHUNK]
        rows = SearchTerm.objects.filter(language=language, term__in=chunk)
        rows.filter(df__lte=1).delete()
        rows.update(df=F("df") - 1)


@transaction.atomic
def article_index_update(*, article: Article) -> None:
    """Re-index one article in every language (call after saving its text)."""
    existing = {doc.language: doc for doc in SearchDocument.objects.filter(article=article)}
    for language in language_codes():
        fields, words = document_fields(article, language)
        doc = existing.get(language)
        if doc is None:
            SearchDocument.objects.create(
                id=SearchDocument.document_id(article.pk, language),
                article=article,
                language=language,
                **fields,
            )
            _vocabulary_add(language, _terms(fields) | {DOCUMENTS_TERM}, words)
            continue
        old_terms = _terms(vars(doc))
        changed = [name for name, value in fields.items() if getattr(doc, name) != value]
        if not changed:
            continue
        for name in changed:
            setattr(doc, name, fields[name])
        doc.save(update_fields=[*changed, "updated_at"])
        new_terms = _terms(fields)
        _vocabulary_remove(language, old_terms - new_terms)
        _vocabulary_add(language, new_terms - old_terms, words)


@transaction.atomic
def article_index_remove(*, article: Article) -> None:
    """Drop an article's documents and their counts (call before deleting it)."""
    for doc in SearchDocument.objects.filter(article=article):
        _vocabulary_remove(doc.language, _terms(vars(doc)) | {DOCUMENTS_TERM})
        doc.delete()


@transaction.atomic
def index_rebuild(*, batch_size=500, progress=None) -> int:
    """Recompute every document and the whole vocabulary; returns the documents made."""
    with connection.cursor() as cursor:
        schema.ensure(cursor, connection.vendor)
    SearchTerm.objects.all().delete()
    SearchDocument.objects.all().delete()
    df = {language: Counter() for language in language_codes()}
    words = {language: {} for language in language_codes()}
    made = 0
    articles = Article.objects.order_by("pk")
    last_pk = 0
    while True:
        batch = list(articles.filter(pk__gt=last_pk)[:batch_size])
        if not batch:
            break
        docs = []
        for article in batch:
            for language in language_codes():
                fields, article_words = document_fields(article, language)
                docs.append(
                    SearchDocument(
                        id=SearchDocument.document_id(article.pk, language),
                        article=article,
                        language=language,
                        **fields,
                    )
                )
                df[language].update(_terms(fields) | {DOCUMENTS_TERM})
                for stem, word in article_words.items():
                    words[language].setdefault(stem, word)
        # Each language's rows together: a search reads one language, so its
        # matches then share pages (PostgreSQL visits far fewer for a common word).
        docs.sort(key=lambda doc: doc.language)
        SearchDocument.objects.bulk_create(docs, batch_size=batch_size)
        made += len(docs)
        last_pk = batch[-1].pk
        if progress:
            progress(made)
    for language in language_codes():
        rows = [
            SearchTerm(
                **dict(zip(("term", "language", "df", "word", "trigrams"), row, strict=True))
            )
            for row in (
                _term_row(term, language, words[language], count)
                for term, count in df[language].items()
            )
        ]
        SearchTerm.objects.bulk_create(rows, batch_size=2000)
    with connection.cursor() as cursor:
        schema.optimize(cursor, connection.vendor)
    # bulk_create sends no signals: cached result pages must go stale here.
    transaction.on_commit(bump_content_version)
    return made
