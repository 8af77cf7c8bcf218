"""Each item's own status-page keys, rendered when the row is written (`jobs.entry_sql`).

The function body is frozen here as `jobs.entry_sql.entry_function_sql()` rendered it when this migration was
written; `test_status_sql.py` fails if that rendering changes, so a new entry shape means a new migration.
PostgreSQL only: elsewhere the status page takes the Python path and there is no column.
"""

from django.db import migrations

FUNCTION = "CREATE OR REPLACE FUNCTION jobs_jobitem_stored_entry() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    NEW.entry_head := substr(json_build_object('cv_id', NEW.cv_id::text, 'candidate_id', NEW.candidate_id::text, 'filename', NEW.filename, 'position', NEW.position, 'status', NEW.status)::text, 2, length(json_build_object('cv_id', NEW.cv_id::text, 'candidate_id', NEW.candidate_id::text, 'filename', NEW.filename, 'position', NEW.position, 'status', NEW.status)::text) - 2);\n    NEW.entry_tail := substr(json_build_object('score', NEW.score, 'recommendation', NULLIF(NEW.recommendation, ''), 'criteria', NEW.criteria, 'summary', NEW.summary, 'flags', NEW.flags, 'flag_details', NEW.flag_details, 'redactions', NEW.redactions, 'redaction_counts', NEW.redaction_counts, 'redaction_version', NULLIF(NEW.redaction_version, ''), 'scorer', NULLIF(NEW.scorer, ''), 'model', NULLIF(NEW.model, ''), 'prompt_version', NULLIF(NEW.prompt_version, ''), 'rubric_version', NULLIF(NEW.rubric_version, ''), 'usage', NULLIF(NEW.usage, '{}'::jsonb), 'cost_usd', NEW.cost_usd, 'error', CASE WHEN NEW.error_code <> '' THEN json_build_object('code', NEW.error_code, 'message', NEW.error, 'retryable', NOT (NEW.error_code = ANY(ARRAY['corrupt', 'empty_file', 'encrypted', 'file_too_large', 'image_corrupt', 'invalid_llm_response', 'llm_error', 'llm_refused', 'no_text_layer', 'not_a_cv', 'not_a_pdf', 'too_large', 'too_little_text', 'too_many_pages', 'unsupported_type']::text[]))) END)::text, 2, length(json_build_object('score', NEW.score, 'recommendation', NULLIF(NEW.recommendation, ''), 'criteria', NEW.criteria, 'summary', NEW.summary, 'flags', NEW.flags, 'flag_details', NEW.flag_details, 'redactions', NEW.redactions, 'redaction_counts', NEW.redaction_counts, 'redaction_version', NULLIF(NEW.redaction_version, ''), 'scorer', NULLIF(NEW.scorer, ''), 'model', NULLIF(NEW.model, ''), 'prompt_version', NULLIF(NEW.prompt_version, ''), 'rubric_version', NULLIF(NEW.rubric_version, ''), 'usage', NULLIF(NEW.usage, '{}'::jsonb), 'cost_usd', NEW.cost_usd, 'error', CASE WHEN NEW.error_code <> '' THEN json_build_object('code', NEW.error_code, 'message', NEW.error, 'retryable', NOT (NEW.error_code = ANY(ARRAY['corrupt', 'empty_file', 'encrypted', 'file_too_large', 'image_corrupt', 'invalid_llm_response', 'llm_error', 'llm_refused', 'no_text_layer', 'not_a_cv', 'not_a_pdf', 'too_large', 'too_little_text', 'too_many_pages', 'unsupported_type']::text[]))) END)::text) - 2);\n    RETURN NEW;\nEND\n$$;"

INSTALL = [
    "ALTER TABLE jobs_jobitem ADD COLUMN entry_head text, ADD COLUMN entry_tail text",
    FUNCTION,
    "CREATE TRIGGER jobs_jobitem_stored_entry BEFORE INSERT OR UPDATE ON jobs_jobitem "
    "FOR EACH ROW EXECUTE FUNCTION jobs_jobitem_stored_entry()",
    # The rows already written: the trigger renders each.
    "UPDATE jobs_jobitem SET entry_tail = NULL",
]

REMOVE = [
    "DROP TRIGGER IF EXISTS jobs_jobitem_stored_entry ON jobs_jobitem",
    "DROP FUNCTION IF EXISTS jobs_jobitem_stored_entry()",
    "ALTER TABLE jobs_jobitem DROP COLUMN IF EXISTS entry_head, DROP COLUMN IF EXISTS entry_tail",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement, params=None)

    return run


class Migration(migrations.Migration):

    dependencies = [
        ("jobs", "0009_llm_outage_wait"),
    ]

    operations = [
        migrations.RunPython(_run(INSTALL), _run(REMOVE), elidable=False),
    ]
