import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("contacts", "0002_directory"),
    ]

    operations = [
        migrations.AddField(
            model_name="knownimpostor",
            name="updated_at",
            field=models.DateTimeField(
                auto_now=True,
                db_index=True,
                default=django.utils.timezone.now,
                verbose_name="last changed",
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="historicalknownimpostor",
            name="updated_at",
            field=models.DateTimeField(
                blank=True,
                db_index=True,
                default=django.utils.timezone.now,
                editable=False,
                verbose_name="last changed",
            ),
            preserve_default=False,
        ),
    ]
