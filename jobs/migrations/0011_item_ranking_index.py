# The status page's ranking index, on PostgreSQL only: SQLite refuses NULLS LAST in an index ("unsupported use
# of NULLS LAST"), which broke `migrate` on a fresh laptop. Kept out of the model's Meta so that makemigrations
# does not ask for it on every database; `jobs.models.item.RANKING` is the order it serves and
# `jobs/tests/test_status_sql.py` checks, with EXPLAIN, that the page is read through it.

from django.db import migrations, models


def _ranking_index() -> models.Index:
    return models.Index(
        models.F("job"),
        models.Case(models.When(status="scored", then=0), default=1),
        models.OrderBy(models.F("score"), descending=True, nulls_last=True),
        models.F("position"),
        name="job_item_ranking",
    )


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.add_index(apps.get_model("jobs", "JobItem"), _ranking_index())


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.remove_index(apps.get_model("jobs", "JobItem"), _ranking_index())


class Migration(migrations.Migration):
    dependencies = [
        ("candidates", "0003_cv_file_type_ocr"),
        ("jobs", "0010_item_stored_entry"),
    ]

    operations = [migrations.RunPython(create, drop)]
