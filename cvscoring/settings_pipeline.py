"""The pipeline's own knobs: uploads and parsing, scoring with the LLM, jobs and their recovery, webhooks."""

from __future__ import annotations

import os

from cvscoring.env import env_bool, env_float, env_int, env_list, env_str

# --- Uploads and parsing -------------------------------------------------------------------------------
MAX_BATCH_FILES = env_int("MAX_BATCH_FILES", 50)
MAX_CV_BYTES = env_int("MAX_CV_BYTES", 10 * 1024 * 1024)
# Django counts files itself; leave it room so our own check answers with a clear error code first.
DATA_UPLOAD_MAX_NUMBER_FILES = MAX_BATCH_FILES + 50
# Django's default, stated: past it the body is refused as `too_many_fields` (api.handler), never parsed.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1000
FILE_UPLOAD_HANDLERS = ["candidates.uploads.CappedUploadHandler"]
PARSE_TIMEOUT_S = env_float("PARSE_TIMEOUT_S", 30.0)
PARSE_MEMORY_MB = env_int("PARSE_MEMORY_MB", 1024)
PARSE_MAX_PAGES = env_int("PARSE_MAX_PAGES", 30)
# Files of one owner a warm sandboxed parser child reads before it is replaced (1: a fresh child per file).
PARSE_CHILD_MAX_FILES = env_int("PARSE_CHILD_MAX_FILES", 50)
# CVs parsed at once per job, ahead of the LLM calls; parsing is CPU-bound, so about one per core.
PARSE_CONCURRENCY = env_int("PARSE_CONCURRENCY", os.cpu_count() or 1)
# Candidates whose newest CV is older than this many days are erased (0: keep), by the scoring workers
# once every PURGE_INTERVAL_S (cvscoring.retention), or by `manage.py purge_cvs` from cron.
CV_RETENTION_DAYS = env_int("CV_RETENTION_DAYS", 0)
PURGE_INTERVAL_S = env_int("PURGE_INTERVAL_S", 24 * 3600)
# Called with `candidate_id=` inside an erasure, before its rows go: each app removes what it holds.
CANDIDATE_ERASURE_HOOKS = ["jobs.erasure.forget_candidate"]

# --- Scoring -------------------------------------------------------------------------------------------
ANTHROPIC_API_KEY = env_str("ANTHROPIC_API_KEY")
ANTHROPIC_BASE_URL = env_str("ANTHROPIC_BASE_URL") or None
SCORING_MODEL = env_str("SCORING_MODEL", "claude-haiku-4-5")
SCORING_CONCURRENCY = env_int("SCORING_CONCURRENCY", 8)
LLM_TIMEOUT_S = env_float("LLM_TIMEOUT_S", 60.0)
LLM_MAX_RETRIES = env_int("LLM_MAX_RETRIES", 2)
LLM_CV_DEADLINE_S = env_float("LLM_CV_DEADLINE_S", 300.0)
LLM_REQUESTS_PER_MINUTE = env_int("LLM_REQUESTS_PER_MINUTE", 0)  # 0: no shared budget
LLM_INPUT_TOKENS_PER_MINUTE = env_int("LLM_INPUT_TOKENS_PER_MINUTE", 0)
# Message Batches: a job sending at least this many CVs to the LLM goes through the batch API, at half the
# token price, results within 24 h (0: never). Checks need a worker run --with-scheduler; they back off from
# FIRST to MAX seconds as the batch ages.
LLM_BATCH_MIN_CVS = env_int("LLM_BATCH_MIN_CVS", 0)
# A CV already scored for this user with the same scorer, model, prompt, rubric and redaction versions keeps
# that result in a new upload (marked `reused`) instead of being scored, and paid for, again.
RESULT_REUSE = env_bool("RESULT_REUSE", True)
LLM_BATCH_CHECK_FIRST_S = env_float("LLM_BATCH_CHECK_FIRST_S", 30.0)
LLM_BATCH_CHECK_MAX_S = env_float("LLM_BATCH_CHECK_MAX_S", 300.0)
# An LLM outage (429/529/5xx/timeouts past the per-call retries) parks the job, its CVs pending, and
# resumes it after FIRST to MAX seconds (growing with the outage, never sooner than retry-after); past
# BUDGET seconds of outage the waiting CVs fail llm_unavailable (retryable). BUDGET 0: no waiting at all.
LLM_OUTAGE_BUDGET_S = env_float("LLM_OUTAGE_BUDGET_S", 900.0)
LLM_OUTAGE_FIRST_WAIT_S = env_float("LLM_OUTAGE_FIRST_WAIT_S", 5.0)
LLM_OUTAGE_MAX_WAIT_S = env_float("LLM_OUTAGE_MAX_WAIT_S", 60.0)

# --- Jobs and recovery ---------------------------------------------------------------------------------
JOB_TIMEOUT_S = env_int("JOB_TIMEOUT_S", 1800)
# The status endpoint lists at most this many scores unless ?scores_limit= asks (up to 500);
# result.scores_page says how many there are. Above MAX_BATCH_FILES, so one upload's job is listed whole.
STATUS_SCORES_PAGE_SIZE = env_int("STATUS_SCORES_PAGE_SIZE", 200)
JOB_MAX_ATTEMPTS = env_int("JOB_MAX_ATTEMPTS", 3)
HEARTBEAT_INTERVAL_S = env_float("HEARTBEAT_INTERVAL_S", 10.0)
HEARTBEAT_STALE_S = env_float("HEARTBEAT_STALE_S", 60.0)
# A user's CVs waiting or being scored at once (0: no cap); past it uploads, retries and rescores get 429.
MAX_QUEUED_CVS_PER_USER = env_int("MAX_QUEUED_CVS_PER_USER", 500)
QUEUED_WORK_RETRY_AFTER_S = env_int("QUEUED_WORK_RETRY_AFTER_S", 60)

SWEEP_INTERVAL_S = env_int("SWEEP_INTERVAL_S", 30)
QUEUED_STALE_S = env_float("QUEUED_STALE_S", 60.0)
# A lost database connection inside an attempt is reconnected and the write retried for up to this long
# (a failover, a pooler restart) before the attempt gives up.
DB_RETRY_BUDGET_S = env_float("DB_RETRY_BUDGET_S", 60.0)

# --- Webhooks ------------------------------------------------------------------------------------------
# Only for local receivers (tests, docker-compose): allows URLs that resolve to private/loopback addresses.
WEBHOOK_ALLOW_PRIVATE = env_bool("WEBHOOK_ALLOW_PRIVATE", False)
WEBHOOK_TIMEOUT_S = env_float("WEBHOOK_TIMEOUT_S", 10.0)
# Wait before attempt 2, 3, ...: 7 attempts over about 8.5 hours by default.
WEBHOOK_RETRY_DELAYS_S = [
    int(delay) for delay in env_list("WEBHOOK_RETRY_DELAYS_S", "10,60,300,1800,7200,21600")
]
# Builds the delivered body (the job status document) from a job id; settings wire jobs into webhooks.
WEBHOOK_PAYLOAD_BUILDER = "jobs.serializers.job_status_document"
