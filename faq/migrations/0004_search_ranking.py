from django.db import migrations

from faq.search import schema

DOCUMENTS_TERM = "#documents"  # faq.search.index.DOCUMENTS_TERM when this was written


def count_documents(apps, schema_editor):
    SearchDocument = apps.get_model("faq", "SearchDocument")
    SearchTerm = apps.get_model("faq", "SearchTerm")
    languages = SearchDocument.objects.values_list("language", flat=True).distinct()
    for language in languages:
        SearchTerm.objects.update_or_create(
            term=DOCUMENTS_TERM,
            language=language,
            defaults={"df": SearchDocument.objects.filter(language=language).count()},
        )


def uncount_documents(apps, schema_editor):
    apps.get_model("faq", "SearchTerm").objects.filter(term=DOCUMENTS_TERM).delete()


class Migration(migrations.Migration):
    """Search at scale: a document counter in the vocabulary (all databases);
    on PostgreSQL per-language GIN indexes, a body-less ranking vector and
    narrow rows (rebuild_search_index re-stores existing rows that way)."""

    dependencies = [
        ("faq", "0003_search"),
    ]

    operations = [
        migrations.RunPython(count_documents, uncount_documents),
        migrations.RunPython(schema.ranking_forwards, schema.ranking_backwards),
    ]
