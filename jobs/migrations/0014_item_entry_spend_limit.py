"""The status entry's function again: `llm_spend_limit` is a permanent failure code (`jobs.failures`).

`0010_item_stored_entry` froze the function with the permanent codes of its day; an item failed with the new
code would read `"retryable": true` on the stored path and `false` on the Python one. Frozen again here as
`jobs.entry_sql.entry_function_sql()` renders it; `test_status_sql.py` compares the two. Only the rows holding
the new code are rendered again (the trigger does it). PostgreSQL only, as 0010.
"""

import importlib

from django.db import migrations

FUNCTION = "CREATE OR REPLACE FUNCTION jobs_jobitem_stored_entry() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    NEW.entry_head := substr(json_build_object('cv_id', NEW.cv_id::text, 'candidate_id', NEW.candidate_id::text, 'filename', NEW.filename, 'position', NEW.position, 'status', NEW.status)::text, 2, length(json_build_object('cv_id', NEW.cv_id::text, 'candidate_id', NEW.candidate_id::text, 'filename', NEW.filename, 'position', NEW.position, 'status', NEW.status)::text) - 2);\n    NEW.entry_tail := substr(json_build_object('score', NEW.score, 'recommendation', NULLIF(NEW.recommendation, ''), 'criteria', NEW.criteria, 'summary', NEW.summary, 'flags', NEW.flags, 'flag_details', NEW.flag_details, 'redactions', NEW.redactions, 'redaction_counts', NEW.redaction_counts, 'redaction_version', NULLIF(NEW.redaction_version, ''), 'scorer', NULLIF(NEW.scorer, ''), 'model', NULLIF(NEW.model, ''), 'prompt_version', NULLIF(NEW.prompt_version, ''), 'rubric_version', NULLIF(NEW.rubric_version, ''), 'usage', NULLIF(NEW.usage, '{}'::jsonb), 'cost_usd', NEW.cost_usd, 'error', CASE WHEN NEW.error_code <> '' THEN json_build_object('code', NEW.error_code, 'message', NEW.error, 'retryable', NOT (NEW.error_code = ANY(ARRAY['corrupt', 'empty_file', 'encrypted', 'file_too_large', 'image_corrupt', 'invalid_llm_response', 'llm_error', 'llm_refused', 'llm_spend_limit', 'no_text_layer', 'not_a_cv', 'not_a_pdf', 'too_large', 'too_little_text', 'too_many_pages', 'unsupported_type']::text[]))) END)::text, 2, length(json_build_object('score', NEW.score, 'recommendation', NULLIF(NEW.recommendation, ''), 'criteria', NEW.criteria, 'summary', NEW.summary, 'flags', NEW.flags, 'flag_details', NEW.flag_details, 'redactions', NEW.redactions, 'redaction_counts', NEW.redaction_counts, 'redaction_version', NULLIF(NEW.redaction_version, ''), 'scorer', NULLIF(NEW.scorer, ''), 'model', NULLIF(NEW.model, ''), 'prompt_version', NULLIF(NEW.prompt_version, ''), 'rubric_version', NULLIF(NEW.rubric_version, ''), 'usage', NULLIF(NEW.usage, '{}'::jsonb), 'cost_usd', NEW.cost_usd, 'error', CASE WHEN NEW.error_code <> '' THEN json_build_object('code', NEW.error_code, 'message', NEW.error, 'retryable', NOT (NEW.error_code = ANY(ARRAY['corrupt', 'empty_file', 'encrypted', 'file_too_large', 'image_corrupt', 'invalid_llm_response', 'llm_error', 'llm_refused', 'llm_spend_limit', 'no_text_layer', 'not_a_cv', 'not_a_pdf', 'too_large', 'too_little_text', 'too_many_pages', 'unsupported_type']::text[]))) END)::text) - 2);\n    RETURN NEW;\nEND\n$$;"

PREVIOUS = importlib.import_module("jobs.migrations.0010_item_stored_entry").FUNCTION

RERENDER = "UPDATE jobs_jobitem SET entry_tail = NULL WHERE error_code = 'llm_spend_limit'"


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("jobs", "0013_item_candidates_index"),
    ]

    operations = [
        migrations.RunPython(_run([FUNCTION, RERENDER]), _run([PREVIOUS, RERENDER]), elidable=False),
    ]
