from django.db import migrations, models

from faq.search import schema
from faq.search.index import document_snippet_text


def fill_snippet_text(apps, schema_editor):
    SearchDocument = apps.get_model("faq", "SearchDocument")
    documents = SearchDocument.objects.select_related("article").order_by("pk")
    last_pk = None
    while True:
        batch = list((documents.filter(pk__gt=last_pk) if last_pk else documents)[:500])
        if not batch:
            break
        for document in batch:
            document.snippet_text = document_snippet_text(document.article, document.language)
        SearchDocument.objects.bulk_update(batch, ["snippet_text"])
        last_pk = batch[-1].pk


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
