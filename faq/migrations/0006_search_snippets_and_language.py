from django.db import migrations, models

from faq.search import schema
from faq.search.index import document_snippet_text


def fill_snippet_text(apps, schema_editor):
    Article = apps.get_model("faq", "Article")
    SearchDocument = apps.get_model("faq", "SearchDocument")
    articles = Article.objects.filter(search_documents__isnull=False).distinct().order_by("pk")
    for article in articles.iterator(chunk_size=200):
        documents = list(SearchDocument.objects.filter(article_id=article.pk))
        for document in documents:
            document.snippet_text = document_snippet_text(article, document.language)
        SearchDocument.objects.bulk_update(documents, ["snippet_text"])


class Migration(migrations.Migration):
    """Result snippets from the index's own plain text (searches no longer load
    and strip every shown article's Markdown body); on SQLite, the language in
    the document index, for ranking with every word at the cost of the rarest."""

    dependencies = [
        ("faq", "0005_search_candidate_indexes"),
    ]

    operations = [
        # Undone last: the document index as before, and its triggers, which
        # removing the field (a rebuild of the table on SQLite) has dropped.
        migrations.RunPython(migrations.RunPython.noop, schema.language_column_backwards),
        migrations.AddField(
            model_name="searchdocument",
            name="snippet_text",
            field=models.TextField(blank=True),
        ),
        # SQLite: the document index gains the language column (and, as adding
        # the field rebuilt faq_searchdocument, its triggers come back).
        migrations.RunPython(schema.language_column_forwards, migrations.RunPython.noop),
        migrations.RunPython(fill_snippet_text, migrations.RunPython.noop),
    ]
