"""Which failure codes another run could fix: the one table the retry endpoint, the page and the API read.

A code is retryable when the failure came from this side (a timeout, an LLM outage, a lost worker) and not
retryable when it is a fact about the file (refused at upload, encrypted, damaged, not a CV) or an answer the
model will give again. A code not named here is retryable: an unknown fault is worth another try.
"""

from __future__ import annotations

RETRYABLE: dict[str, bool] = {
    # Refused at upload: nothing of the file was stored.
    "not_a_pdf": False,
    "unsupported_type": False,
    "empty_file": False,
    "file_too_large": False,
    # Facts about the file, found while reading it.
    "encrypted": False,
    "corrupt": False,
    "no_text_layer": False,
    "too_many_pages": False,
    "too_large": False,
    "image_corrupt": False,
    "not_a_cv": False,
    "too_little_text": False,
    # Answers the model would give again.
    "llm_refused": False,
    "llm_error": False,
    "invalid_llm_response": False,
    # The account's spend limit: no run helps until someone raises it (llm_faults gives up at once too).
    "llm_spend_limit": False,
    # Load, outages and lost workers: another run may well succeed.
    "timeout": True,
    "memory_limit": True,
    "storage_error": True,
    "llm_timeout": True,
    "llm_unavailable": True,
    "llm_rate_limited": True,
    "heartbeat_lost": True,
    "job_timeout": True,
    "worker_error": True,
    "internal_error": True,
    "cancelled": True,
    # The batch path (jobs/batchresults.py, jobs/scoring/batch.py, jobs/batching.py): the batch, not the file,
    # failed the CV, so a retry (direct or in a new batch) may well score it.
    "llm_batch_errored": True,
    "llm_batch_expired": True,
    "llm_batch_canceled": True,
    "llm_batch_missing": True,
    "llm_batch_not_found": True,
    "llm_batch_ambiguous": True,
}
PERMANENT_CODES = frozenset(code for code, retryable in RETRYABLE.items() if not retryable)


def is_retryable(code: str) -> bool:
    """Whether a retry could turn a failure with this code into a score."""
    return RETRYABLE.get(code, True)
