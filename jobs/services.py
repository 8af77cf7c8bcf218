"""Use cases that span models or have side effects: start, cancel, retry and re-score jobs."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import partial
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction

from api.errors import DomainError
from candidates.models import CV
from candidates.services import display_name, file_sha256, files_removed_on_failure, store_cvs, validate_batch
from jobs.batching import enqueue_remote_cancel
from jobs.ending import end_job
from jobs.models import Job, JobItem, JobStatus, JobType, UploadRequest
from jobs.queue import enqueue_job
from personas.models import Persona
from webhooks.services import notify_job_finished


class JobStateError(DomainError):
    """An action that the job's current state does not allow."""

    status = 409


def _create_job(*, user: Any, persona: Persona, cvs: Sequence[CV], job_type: str, **extra: Any) -> Job:
    job = Job.objects.create(
        type=job_type,
        user=user,
        persona=persona,
        rubric=persona.snapshot(),
        rubric_version=persona.rubric_version,
        progress={"processed": 0, "total": len(cvs), "scored": 0, "failed": 0},
        **extra,
    )
    JobItem.objects.bulk_create(
        JobItem(job=job, cv=cv, candidate_id=cv.candidate_id, position=index) for index, cv in enumerate(cvs)
    )
    transaction.on_commit(partial(enqueue_job, job.pk, job.attempts))
    return job


class IdempotencyConflict(DomainError):
    status = 422
    code = "idempotency_key_reused"
    message = "This Idempotency-Key was already used for a different request."


def upload_fingerprint(*, persona: Persona, files: Sequence[UploadedFile]) -> str:
    parts = [str(persona.pk)] + [f"{display_name(upload)}:{file_sha256(upload)}" for upload in files]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def previous_upload(*, user: Any, key: str, fingerprint: str) -> Job | None:
    """The job a repeat of this keyed request already made; IdempotencyConflict for a different request."""
    previous = UploadRequest.objects.filter(user=user, key=key).select_related("job").first()
    if previous is None:
        return None
    if previous.fingerprint != fingerprint:
        raise IdempotencyConflict()
    return previous.job


def start_scoring_job(
    *,
    user: Any,
    persona: Persona,
    files: Sequence[UploadedFile],
    idempotency_key: str | None = None,
    callback_url: str = "",
    llm_top_n: int | None = None,
) -> Job:
    """Validate the whole batch, store it, create the job and its items, and enqueue it after commit.

    With an idempotency key, a repeat of the same request returns the job the first one made.
    """
    fingerprint = upload_fingerprint(persona=persona, files=files) if idempotency_key else ""
    if idempotency_key and (job := previous_upload(user=user, key=idempotency_key, fingerprint=fingerprint)):
        return job
    validate_batch(files)
    try:
        with files_removed_on_failure() as stored, transaction.atomic():
            cvs = store_cvs(owner=user, files=files, stored=stored)
            job_type = JobType.CV_BATCH if len(files) > 1 else JobType.CV_SCORING
            job = _create_job(
                user=user,
                persona=persona,
                cvs=cvs,
                job_type=job_type,
                callback_url=callback_url,
                llm_top_n=llm_top_n,
            )
            if idempotency_key:
                UploadRequest.objects.create(user=user, key=idempotency_key, fingerprint=fingerprint, job=job)
            return job
    except IntegrityError:
        # A concurrent request with the same key committed first: answer as it did.
        if idempotency_key and (
            job := previous_upload(user=user, key=idempotency_key, fingerprint=fingerprint)
        ):
            return job
        raise


def rescore_job(*, job: Job, persona: Persona | None = None) -> Job:
    """Score a job's CVs again against the persona as it is now; the old job and its results stay."""
    persona = persona or job.persona
    if persona is None:
        raise JobStateError("persona_deleted", "The persona of this job was deleted; name another one.")
    cvs = [item.cv for item in job.items.select_related("cv").defer("cv__text").order_by("position")]
    if not cvs:
        raise JobStateError(
            "nothing_to_rescore", "Every CV of this job was erased; there is nothing to score."
        )
    with transaction.atomic():
        return _create_job(
            user=job.user,
            persona=persona,
            cvs=cvs,
            job_type=job.type,
            rescored_from=job,
            callback_url=job.callback_url,
            llm_top_n=job.llm_top_n,
        )


def cancel_job(*, job: Job) -> Job:
    """Stop a job: a queued or batch-waiting one ends now, a running one stops between CVs. Idempotent."""
    with transaction.atomic():
        job = Job.objects.select_for_update().get(pk=job.pk)
        if job.is_terminal:
            if job.status == JobStatus.CANCELLED:
                return job
            raise JobStateError("job_finished", f"The job already ended as {job.status}.")
        job.request_cancel()
        if job.status == JobStatus.QUEUED:
            job.cancel_queued()
            notify_job_finished(job)
        elif job.llm_batch_check_at is not None:
            _end_batch_wait(job)
    return job


def _end_batch_wait(job: Job) -> None:
    """End a job waiting for its Message Batch (no worker holds it to stop); a worker cancels the batch."""
    # Clearing the check time takes the job from any check running now: that check records nothing more.
    job.next_llm_batch_check(at=None, batch={**job.llm_batch, "status": "cancelled"})
    job.items.pending().cancel()
    end_job(job)
    transaction.on_commit(partial(enqueue_remote_cancel, job.pk))


def retry_job(*, job: Job) -> Job:
    """Re-run only the failed CVs of a finished job; a job already queued or running is left as it is."""
    with transaction.atomic():
        job = Job.objects.select_for_update().get(pk=job.pk)
        if job.status in (JobStatus.QUEUED, JobStatus.PROCESSING):
            return job
        if not job.reopen_failed():
            raise JobStateError("nothing_to_retry", "No CV of this job failed; there is nothing to retry.")
        transaction.on_commit(partial(enqueue_job, job.pk, job.attempts))
    return job
