from django.db import migrations

from faq.search import schema


class Migration(migrations.Migration):
    """PostgreSQL: GIN indexes that find candidates without ranking every match
    (a common word's best documents; typo corrections), no parallel workers."""

    dependencies = [
        ("faq", "0004_search_ranking"),
    ]

    operations = [
        migrations.RunPython(schema.candidates_forwards, schema.candidates_backwards),
    ]
