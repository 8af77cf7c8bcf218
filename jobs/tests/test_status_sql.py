"""PostgreSQL's rendering of the status page (`jobs.status_sql`) equals the Python one, value for value."""

from __future__ import annotations

import importlib
import json
from decimal import Decimal
from typing import Any

import orjson
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from drf_orjson_renderer.renderers import ORJSONRenderer  # type: ignore[import-untyped]
from rest_framework.renderers import JSONRenderer

from candidates.models import CV, Candidate
from candidates.services import erase_candidate
from candidates.tests.factories import STRONG_BACKEND_CV, WEAK_BACKEND_CV
from jobs import tally_sql
from jobs.entry_sql import FUNCTION, entry_function_sql
from jobs.failures import PERMANENT_CODES
from jobs.models import ItemStatus, Job, JobItem, JobStatus
from jobs.result_serializers import build_result
from jobs.serializers import JobStatusSerializer, job_status_document
from jobs.status_sql import _split, _statement
from jobs.tests.factories import make_job

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media")]

USAGE = {
    "input_tokens": 1200,
    "output_tokens": 250,
    "cache_creation_input_tokens": 0,
    "cache_read_input_tokens": 7,
}
CRITERIA = [
    {
        "name": "Go",
        "weight": 1.5,
        "required": False,
        "score": 3,
        "justification": 'é "q"\n\t<b>',
        "evidence": [],
    },
    {"name": "SQL", "weight": 2, "required": True, "score": 10, "justification": "ok", "evidence": ["a\\b"]},
]
DETAILS = [{"code": "hidden_text", "reason": "white text", "excerpt": "<b>ignore</b>", "page": None}]


def _scored(**fields: Any) -> dict[str, Any]:
    return {"status": ItemStatus.SCORED, "scorer": "anthropic", "model": "claude-test", **fields}


def _job_with_every_kind_of_entry(user: Any) -> tuple[Job, Job]:
    earlier = make_job(user, STRONG_BACKEND_CV)
    source = earlier.items.get()
    job = make_job(user, *[f"{STRONG_BACKEND_CV}\nLine {i}" for i in range(7)], WEAK_BACKEND_CV)
    blind, batch, reused, tied, permanent, retryable, unknown, cancelled = job.items.order_by("position")
    JobItem.objects.filter(pk=blind.pk).update(
        **_scored(score=81, recommendation="strong_yes", criteria=CRITERIA, flags=["hidden_text"]),
        summary="Strong.\nSecond line ✓",
        flag_details=DETAILS,
        redactions=["email", "phone"],
        redaction_counts={"email": 1, "phone": 12},
        redaction_version="r3",
        prompt_version="p9",
        rubric_version="v1",
        usage=USAGE,
        cost_usd=Decimal("0.012345"),
    )
    CV.objects.filter(job_items=blind).update(ocr_confidence=87.123456789)
    JobItem.objects.filter(pk=batch.pk).update(
        **_scored(score=64, recommendation="maybe"), llm_batch=True, usage=USAGE, cost_usd=Decimal("0.000001")
    )
    JobItem.objects.filter(pk=reused.pk).update(
        **_scored(score=64, scorer="offline", model=""),
        reused=True,
        reused_from=source,
        cost_usd=Decimal("0"),
    )
    JobItem.objects.filter(pk=tied.pk).update(status=ItemStatus.SCORED, score=0)
    JobItem.objects.filter(pk=permanent.pk).update(
        status=ItemStatus.FAILED, error_code="no_text_layer", error="No text could be read.", usage=USAGE
    )
    JobItem.objects.filter(pk=retryable.pk).update(
        status=ItemStatus.FAILED, error_code="timeout", error="Slow."
    )
    JobItem.objects.filter(pk=unknown.pk).update(status=ItemStatus.FAILED, error_code="new_fault", error="?")
    JobItem.objects.filter(pk=cancelled.pk).update(status=ItemStatus.CANCELLED, error_code="cancelled")
    JobItem.objects.create(job=job, cv=blind.cv, candidate=blind.candidate, filename="again.pdf", position=8,
                           status=ItemStatus.DUPLICATE, duplicate_of=blind)  # fmt: skip
    JobItem.objects.create(job=job, filename="virus.exe", position=9, status=ItemStatus.FAILED,
                           error_code="unsupported_type", error="Not a CV file.")  # fmt: skip
    JobItem.objects.create(
        job=job, cv=source.cv, candidate=source.candidate, filename="late.pdf", position=10
    )
    batch_info = {"requests": 1, "status": "ended"}
    Job.objects.filter(pk=job.pk).update(
        status=JobStatus.PROCESSING, attempts=1, llm_batch_id="msgbatch_1", llm_batch=batch_info
    )
    job.refresh_from_db()
    return job, earlier


def _python_path(job: Job, limit: int, offset: int) -> Any:
    return json.loads(JSONRenderer().render(build_result(job, limit=limit, offset=offset)))


def _sql_path(job: Job, limit: int, offset: int) -> Any:
    result = build_result(job, limit=limit, offset=offset, splice=True)
    assert isinstance(result["scores"], orjson.Fragment)
    return json.loads(ORJSONRenderer().render(result))


def test_the_sql_page_equals_the_python_page_for_every_kind_of_entry(user: Any) -> None:
    job, earlier = _job_with_every_kind_of_entry(user)

    whole = _sql_path(job, 200, 0)

    assert whole == _python_path(job, 200, 0)
    assert [(entry["position"], entry["rank"]) for entry in whole["scores"]] == [
        (0, 1), (1, 2), (2, 3), (3, 4), (4, None), (5, None), (6, None), (7, None), (8, None), (9, None),
    ]  # fmt: skip
    assert [entry["error"] and entry["error"]["retryable"] for entry in whole["scores"][4:]] == [
        False, True, True, True, None, False,
    ]  # fmt: skip
    first = whole["scores"][0]
    assert (first["ocr_confidence"], first["cost_usd"], first["usage"]) == (87.123456789, 0.012345, USAGE)
    assert (whole["scores"][2]["reused_from"], whole["scores"][2]["model"]) == (str(earlier.pk), None)
    assert whole["scores"][8]["duplicate_of"] == {"position": 0, "filename": "cv0.pdf"}
    assert (whole["summary"]["pending"], whole["summary"]["llm_batch"]["id"]) == (1, "msgbatch_1")
    # As the Python path counts: the duplicate entry is listed but not counted as finished work.
    assert whole["scores_page"] == {"offset": 0, "limit": 200, "total": 9}
    for limit, offset in [(1, 0), (3, 2), (4, 8), (5, 10)]:
        assert _sql_path(job, limit, offset) == _python_path(job, limit, offset)


def test_the_status_view_answers_the_python_document_value_for_value(api: Any, user: Any) -> None:
    job, _ = _job_with_every_kind_of_entry(user)

    answer = api.get(f"/api/v1/jobs/{job.pk}/status").json()

    assert answer == json.loads(JSONRenderer().render(job_status_document(str(job.pk))))
    assert answer["candidate_ids"] == job.candidate_ids
    assert len(answer["candidate_ids"]) == 9  # the duplicate shares its CV; the refused file has none


def test_the_entries_are_joined_in_rank_order_whatever_order_the_rows_come_in() -> None:
    header = (None, b"[]", b'["c"]')
    rows = [(3, b'{"rank": 3}', None), header, (1, b'{"rank": 1}', None), (2, b'{"rank": null}', None)]

    assert _split(rows) == (header, [b'{"rank": 1}', b'{"rank": null}', b'{"rank": 3}'])
    assert _split([header]) == (header, [])


def test_the_sql_page_of_a_job_with_nothing_finished_is_empty(user: Any) -> None:
    job = make_job(user, STRONG_BACKEND_CV)

    assert _sql_path(job, 200, 0) == _python_path(job, 200, 0)
    assert _sql_path(job, 200, 0)["scores"] == []


def _stored_entries(job: Job) -> dict[int, tuple[str | None, str | None]]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT position, entry_head, entry_tail FROM jobs_jobitem WHERE job_id = %s", [job.pk]
        )
        return {position: (head, tail) for position, head, tail in cursor.fetchall()}


def _assert_paths_agree(job: Job) -> dict[str, Any]:
    job = Job.objects.get(pk=job.pk)  # a fresh instance: the statement's answer is kept on the instance
    whole = _sql_path(job, 200, 0)
    assert whole == _python_path(job, 200, 0)
    return whole


def test_every_kind_of_write_keeps_the_stored_entries_right(user: Any) -> None:
    """The trigger re-renders a row on any write: model methods, bulk updates, retries, erasure."""
    job = make_job(
        user, STRONG_BACKEND_CV, WEAK_BACKEND_CV, f"{WEAK_BACKEND_CV}\nOther", "plain text CV four"
    )
    first, second, third, fourth = job.items.order_by("position")
    result = {
        "score": 70, "recommendation": "yes", "criteria": CRITERIA, "summary": "Good.", "flags": ["x"],
        "flag_details": DETAILS, "redactions": ["email"], "redaction_counts": {"email": 2},
        "redaction_version": "r1", "scorer": "anthropic", "model": "m", "prompt_version": "p",
        "rubric_version": "v", "usage": USAGE, "cost_usd": 0.0042,
    }  # fmt: skip
    assert first.record_score(result)
    assert second.record_failure(code="timeout", message="Slow.", usage=USAGE, cost_usd=0.001)
    assert job.items.filter(pk=third.pk).fail_with(code="llm_error", message="Down.") == 1
    assert job.items.filter(pk=fourth.pk).cancel() == 1
    scored = _assert_paths_agree(job)
    assert [entry["status"] for entry in scored["scores"]] == ["scored", "failed", "failed", "cancelled"]
    assert scored["scores"][0]["criteria"] == CRITERIA

    # A retry reopens the retryable ones (a pending item is not listed), then they are recorded again.
    assert job.items.reopen_failed() == 2
    assert [entry["position"] for entry in _assert_paths_agree(job)["scores"]] == [0, 2]
    JobItem.objects.get(pk=second.pk).record_score({**result, "score": 90, "flags": []})
    JobItem.objects.get(pk=fourth.pk).record_reused(JobItem.objects.get(pk=first.pk))
    rescored = _assert_paths_agree(job)
    assert [(entry["position"], entry["rank"]) for entry in rescored["scores"]] == [
        (1, 1),
        (0, 2),
        (3, 3),
        (2, None),
    ]
    assert rescored["scores"][2]["reused_from"] == str(job.pk)

    # Values read from other rows are not stored: a CV's OCR confidence and a reused source's erasure.
    CV.objects.filter(job_items=first).update(ocr_confidence=55.5)
    erase_candidate(candidate=Candidate.objects.get(pk=first.candidate_id))
    erased = _assert_paths_agree(job)
    assert [entry["position"] for entry in erased["scores"]] == [1, 3, 2]
    assert erased["scores"][1]["reused_from"] is None
    assert all(head and tail for head, tail in _stored_entries(job).values())


def test_a_row_without_stored_members_is_rendered_whole(user: Any) -> None:
    job, _ = _job_with_every_kind_of_entry(user)
    with connection.cursor() as cursor:
        # As a row written while the trigger was missing would be (replica role skips triggers).
        cursor.execute("SET session_replication_role = replica")
        cursor.execute(
            "UPDATE jobs_jobitem SET entry_head = NULL, entry_tail = NULL WHERE job_id = %s", [job.pk]
        )
        cursor.execute("SET session_replication_role = DEFAULT")

    assert set(_stored_entries(job).values()) == {(None, None)}
    assert len(_assert_paths_agree(job)["scores"]) == 10


def test_the_installed_trigger_function_is_the_one_this_code_renders() -> None:
    """Changing an entry's stored keys needs a migration that installs the new function and re-renders."""
    installed = importlib.import_module("jobs.migrations.0014_item_entry_spend_limit").FUNCTION
    with connection.cursor() as cursor:
        cursor.execute("SELECT prosrc FROM pg_proc WHERE proname = %s", [FUNCTION])
        (source,) = cursor.fetchone()

    assert installed == entry_function_sql(), "jobs.entry_sql changed: add a migration replacing the function"
    assert source.strip() in entry_function_sql()


def _crowd_other_jobs(earlier: Job, rows: int = 2000) -> None:
    """Give the table the shape of a live one: most rows belong to other jobs.

    With one job's dozen rows, any index on candidate_id filtered by job is as cheap as the job's own
    (a whole CI run's statistics once made the planner pick the foreign key's index and filter by job).
    """
    source = earlier.items.get()
    JobItem.objects.bulk_create(
        JobItem(job=earlier, candidate=source.candidate, filename=f"c{i}.pdf", position=i + 1)
        for i in range(rows)
    )


def test_the_page_is_read_in_the_ranking_index_order(user: Any) -> None:
    job, earlier = _job_with_every_kind_of_entry(user)
    _crowd_other_jobs(earlier)
    params = {"job": job.pk, "limit": 200, "offset": 0, "permanent": sorted(PERMANENT_CODES)}
    with connection.cursor() as cursor:
        # Ten rows are cheaper to scan and sort than to look up: forbid the scans and the sort (a bitmap scan
        # of the job's index then a top-N sort won on some table statistics: this failed once in a whole run)
        # to see whether the ranking index can serve the page in its order; if it cannot, a sort stays.
        for setting in ("enable_seqscan", "enable_bitmapscan", "enable_sort"):
            cursor.execute(f"SET LOCAL {setting} = off")
        cursor.execute("ANALYZE jobs_jobitem")  # with statistics, as in a whole run (the harder case)
        cursor.execute("EXPLAIN " + _statement(), params)
        plan = "\n".join(row[0] for row in cursor.fetchall())

    page = plan.split("Limit", 1)[1].split("InitPlan", 1)[0]
    assert "Index Scan using job_item_ranking" in page
    assert "top-N" not in page and "Sort Key: (CASE" not in page.split("Index Scan")[0]


def test_the_candidate_ids_are_grouped_through_their_index(user: Any) -> None:
    job, earlier = _job_with_every_kind_of_entry(user)
    _crowd_other_jobs(earlier)
    params = {"job": job.pk, "limit": 200, "offset": 0, "permanent": sorted(PERMANENT_CODES)}
    with connection.cursor() as cursor:
        # As for the ranking: few rows are cheaper to scan, then sort or hash; forbid those, so the plan shows
        # whether the index can serve the groups in its order (a whole run's statistics made the planner hash
        # the groups once sorting was forbidden).
        for setting in ("seqscan", "bitmapscan", "sort", "hashagg"):
            cursor.execute(f"SET LOCAL enable_{setting} = off")
        cursor.execute("ANALYZE jobs_jobitem")  # with statistics, as in a whole run (the harder case)
        cursor.execute("EXPLAIN " + _statement(), params)
        plan = "\n".join(row[0] for row in cursor.fetchall())

    candidates = plan.rsplit("InitPlan", 1)[1]
    # Grouped in the index's order, through it. Whether the heap is skipped too ("Index Only Scan") depends
    # on the visibility map, which a whole run's earlier tests leave in states this test cannot set.
    assert "using job_item_candidates" in candidates, plan
    assert "Sort Key: jobs_jobitem_1.candidate_id" not in candidates, plan


def test_the_installed_tally_is_the_one_this_code_renders() -> None:
    """Changing the tally's shape needs a migration that installs the new table, function and triggers."""
    installed = importlib.import_module("jobs.migrations.0012_item_tally").INSTALL
    with connection.cursor() as cursor:
        cursor.execute("SELECT prosrc FROM pg_proc WHERE proname = %s", [tally_sql.FUNCTION])
        (source,) = cursor.fetchone()

    rendered = [tally_sql.table_sql(), tally_sql.function_sql(), *tally_sql.triggers_sql()]
    assert installed == [*rendered, tally_sql.backfill_sql()], "jobs.tally_sql changed: add a migration"
    assert source.strip() in tally_sql.function_sql()


def _tally(job: Job) -> list[tuple[Any, ...]]:
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT status, llm_batch, scorer, items, cost_usd, input_tokens FROM {tally_sql.TABLE} "
            "WHERE job_id = %s ORDER BY status, llm_batch, scorer",
            [job.pk],
        )
        return cursor.fetchall()


def test_the_tally_follows_bulk_writes_and_is_gone_with_its_job(user: Any) -> None:
    job = make_job(user, STRONG_BACKEND_CV, WEAK_BACKEND_CV, "plain text CV three")
    assert _tally(job) == [("pending", False, "", 3, Decimal("0.000000"), 0)]

    # One statement moving rows between groups, another changing sums within a group.
    job.items.update(status=ItemStatus.SCORED, scorer="anthropic", usage=USAGE, cost_usd=Decimal("0.5"))
    job.items.filter(position=0).update(status=ItemStatus.FAILED, cost_usd=Decimal("0.25"))
    job.items.filter(position=1).update(usage={})

    assert _tally(job) == [
        ("failed", False, "anthropic", 1, Decimal("0.250000"), 1200),
        ("scored", False, "anthropic", 2, Decimal("1.000000"), 1200),
    ]
    assert _assert_paths_agree(job)["summary"]["usage"]["input_tokens"] == 2400
    Job.objects.filter(pk=job.pk).delete()
    assert _tally(job) == []


def _drf_rendering(job: Job, page: dict[str, int]) -> bytes:
    """The status document as the view rendered it before `jobs.status_document`: DRF's serializer."""
    data = JobStatusSerializer(job, context={"scores_page": page, "splice_json": True}).data
    return ORJSONRenderer().render(data)  # type: ignore[no-any-return]


def _status_bytes(api: Any, job: Job, query: str = "") -> bytes:
    response = api.get(f"/api/v1/jobs/{job.pk}/status{query}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.content  # type: ignore[no-any-return]


def test_the_status_view_answers_the_serializers_document_byte_for_byte(api: Any, user: Any) -> None:
    """The HTTP contract: same keys, same order, same values, whatever the job's state and the page."""
    job, earlier = _job_with_every_kind_of_entry(user)
    queued = make_job(user, STRONG_BACKEND_CV)
    when = timezone.now()
    Job.objects.filter(pk=earlier.pk).update(
        status=JobStatus.CANCELLED, cancel_requested=True, completed_at=when, progress={"processed": 1}
    )
    Job.objects.filter(pk=queued.pk).update(waiting_for_llm_until=when, error={"code": "x", "message": "y"})
    default = {"limit": 200, "offset": 0}

    for each in (job, earlier, queued):
        fresh = Job.objects.get(pk=each.pk)
        assert _status_bytes(api, fresh) == _drf_rendering(fresh, default)
    paged = Job.objects.get(pk=job.pk)
    assert _status_bytes(api, paged, "?scores_limit=3&scores_offset=2") == _drf_rendering(
        paged, {"limit": 3, "offset": 2}
    )
    assert json.loads(_drf_rendering(Job.objects.get(pk=queued.pk), default))["result"] is None


def test_the_browsable_api_still_shows_the_document(api: Any, user: Any) -> None:
    job, _ = _job_with_every_kind_of_entry(user)

    response = api.get(f"/api/v1/jobs/{job.pk}/status", HTTP_ACCEPT="text/html")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert f"&quot;job_id&quot;: &quot;{job.pk}&quot;" in response.content.decode()


def test_without_prepared_statements_the_document_is_the_same(api: Any, user: Any, monkeypatch: Any) -> None:
    """Behind PgBouncer in transaction mode (DISABLE_SERVER_SIDE_CURSORS) nothing is prepared."""
    job, _ = _job_with_every_kind_of_entry(user)
    expected = _status_bytes(api, job)

    monkeypatch.setitem(connection.settings_dict, "DISABLE_SERVER_SIDE_CURSORS", True)
    with CaptureQueriesContext(connection) as queries:
        assert _status_bytes(api, job) == expected

    assert not any("PREPARE" in query["sql"] or "EXECUTE" in query["sql"] for query in queries)


def test_a_poll_executes_the_statement_prepared_on_its_connection(api: Any, user: Any) -> None:
    job, _ = _job_with_every_kind_of_entry(user)
    _status_bytes(api, job)  # prepares it on this connection if no poll has yet

    with CaptureQueriesContext(connection) as queries:
        _status_bytes(api, job)

    assert [query["sql"].split("(")[0] for query in queries][-1] == "EXECUTE jobs_status_page"
