"""Reported contacts grouped by the directory's normal form (contacts.normalise).

Before, feedback kept its own spelling of a contact ("2025550147" for a number
written without country code, a web address with its path), so the analytics
and the impostor list counted one number differently. The key is derived
data: this recomputes it with the rule in force when the migration runs,
which is why it imports the live function.
"""

from django.db import migrations


def recompute_keys(apps, schema_editor):
    from contacts.normalise import contact_key

    Submission = apps.get_model("feedback", "Submission")
    rows = (
        Submission.objects.exclude(suspicious_contact="")
        .select_related("region")
        .only("pk", "suspicious_contact", "suspicious_contact_key", "region__code")
    )
    changed = []
    for submission in rows.iterator(chunk_size=500):
        region_code = submission.region.code if submission.region_id else None
        key = contact_key(submission.suspicious_contact, region_code)[:200]
        if key != submission.suspicious_contact_key:
            submission.suspicious_contact_key = key
            changed.append(submission)
    Submission.objects.bulk_update(changed, ["suspicious_contact_key"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("contacts", "0002_directory"),
        ("feedback", "0001_initial"),
    ]

    operations = [migrations.RunPython(recompute_keys, migrations.RunPython.noop)]
