"""Use cases that span models or have side effects: start, cancel, retry and re-score jobs."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone

from api.errors import DomainError
from candidates.models import CV
from candidates.services import (
    FileProblem,
    SortedBatch,
    display_name,
    file_sha256,
    files_removed_on_failure,
    sort_batch,
    store_cvs,
)
from jobs.batching import enqueue_remote_cancel
from jobs.ending import end_job
from jobs.models import ItemStatus, Job, JobItem, JobStatus, JobType, UploadRequest
from jobs.queue import enqueue_job
from personas.models import Persona
from webhooks.services import notify_job_finished


class JobStateError(DomainError):
    """An action that the job's current state does not allow."""

    status = 409


@dataclass(frozen=True)
class Entry:
    """One uploaded file as its job lists it: stored (cv), refused (problem), or a repeat of an earlier."""

    filename: str
    cv: CV | None = None
    problem: FileProblem | None = None
    duplicate_of: int | None = None  # position of the first entry of the same file


def entries_for(*, files: Sequence[UploadedFile], batch: SortedBatch, cvs: Sequence[CV]) -> list[Entry]:
    """Every uploaded file in upload order, under the name it was uploaded with."""
    stored = iter(cvs)
    first: dict[str, int] = {}
    entries = []
    for position, upload in enumerate(files):
        problem = batch.refused.get(position)
        if problem is not None:
            entries.append(Entry(filename=problem.filename, problem=problem))
            continue
        cv = next(stored)
        entries.append(Entry(filename=display_name(upload), cv=cv, duplicate_of=first.get(cv.sha256)))
        first.setdefault(cv.sha256, position)
    return entries


def _item_for(job: Job, position: int, entry: Entry) -> JobItem:
    item = JobItem(job=job, cv=entry.cv, filename=entry.filename, position=position)
    if entry.cv is not None:
        item.candidate_id = entry.cv.candidate_id
    if entry.problem is not None:
        item.status = ItemStatus.FAILED
        item.error_code, item.error = entry.problem.code, entry.problem.message
        item.finished_at = timezone.now()
    if entry.duplicate_of is not None:
        item.status = ItemStatus.DUPLICATE
        item.finished_at = timezone.now()
    return item


def _create_job(*, user: Any, persona: Persona, entries: Sequence[Entry], job_type: str, **extra: Any) -> Job:
    job = Job.objects.create(
        type=job_type,
        user=user,
        persona=persona,
        rubric=persona.snapshot(),
        rubric_version=persona.rubric_version,
        progress={"processed": 0, "total": 0, "scored": 0, "failed": 0},
        **extra,
    )
    items = [_item_for(job, position, entry) for position, entry in enumerate(entries)]
    JobItem.objects.bulk_create(item for item in items if item.status != ItemStatus.DUPLICATE)
    for item, entry in zip(items, entries, strict=True):
        if entry.duplicate_of is not None:
            item.duplicate_of = items[entry.duplicate_of]
    JobItem.objects.bulk_create(item for item in items if item.status == ItemStatus.DUPLICATE)
    job.progress = job.items.progress()
    job.save(update_fields=["progress"])
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
    """Check every file, store the usable ones, create the job with one item per file, enqueue after commit.

    A file refused by the checks is an item failed with its reason; a repeat of a file in the same upload is
    a duplicate item; only a batch with no usable file is refused as a whole (nothing stored).

    With an idempotency key, a repeat of the same request returns the job the first one made.
    """
    fingerprint = upload_fingerprint(persona=persona, files=files) if idempotency_key else ""
    if idempotency_key and (job := previous_upload(user=user, key=idempotency_key, fingerprint=fingerprint)):
        return job
    batch = sort_batch(files)
    try:
        with files_removed_on_failure() as stored, transaction.atomic():
            cvs = store_cvs(owner=user, files=batch.accepted, stored=stored)
            job_type = JobType.CV_BATCH if len(files) > 1 else JobType.CV_SCORING
            job = _create_job(
                user=user,
                persona=persona,
                entries=entries_for(files=files, batch=batch, cvs=cvs),
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


@dataclass(frozen=True)
class UploadOutcome:
    """What an upload made of its files, for the 202 answer: counts, the refused files, a sentence."""

    cvs: int
    duplicates: int
    refused: list[FileProblem]

    @property
    def message(self) -> str:
        parts = [f"Accepted {self.cvs} CV(s) for scoring"]
        if self.duplicates:
            parts.append(f"{self.duplicates} duplicate(s) listed, not scored twice")
        if self.refused:
            parts.append(f"{len(self.refused)} file(s) refused (see files)")
        return ", ".join(parts) + ". Poll the status URL for progress."


def upload_outcome(*, job: Job) -> UploadOutcome:
    """Describe the files of an upload's job (the same answer for a repeat under its Idempotency-Key)."""
    items = job.items.order_by("position").values("filename", "status", "cv_id", "error_code", "error")
    refused: list[FileProblem] = []
    cvs = duplicates = 0
    for item in items:
        if item["cv_id"] is None:
            refused.append(FileProblem(item["filename"], item["error_code"], item["error"]))
        elif item["status"] == ItemStatus.DUPLICATE:
            duplicates += 1
        else:
            cvs += 1
    return UploadOutcome(cvs=cvs, duplicates=duplicates, refused=refused)


def rescore_job(*, job: Job, persona: Persona | None = None) -> Job:
    """Score a job's CVs again against the persona as it is now; the old job and its results stay."""
    persona = persona or job.persona
    if persona is None:
        raise JobStateError("persona_deleted", "The persona of this job was deleted; name another one.")
    if not job.items.filter(cv__isnull=False).exists():
        raise JobStateError(
            "nothing_to_rescore", "Every CV of this job was erased; there is nothing to score."
        )
    with transaction.atomic():
        return _create_job(
            user=job.user,
            persona=persona,
            entries=_entries_of(job),
            job_type=job.type,
            rescored_from=job,
            callback_url=job.callback_url,
            llm_top_n=job.llm_top_n,
        )


def _entries_of(job: Job) -> list[Entry]:
    """The stored files of a job as entries again, under the same names; files refused then stay out."""
    items = job.items.filter(cv__isnull=False).select_related("cv").defer("cv__text").order_by("position")
    entries: list[Entry] = []
    first: dict[Any, int] = {}
    for item in items:
        assert item.cv is not None  # filtered above; narrows the type
        entries.append(Entry(filename=item.filename, cv=item.cv, duplicate_of=first.get(item.cv_id)))
        first.setdefault(item.cv_id, len(entries) - 1)
    return entries


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


@dataclass(frozen=True)
class RetryReport:
    """What a retry did: how many CVs it put back on the queue, and the failures it left (by code)."""

    reopened: int
    skipped: dict[str, int]

    @property
    def message(self) -> str:
        text = f"Retrying {self.reopened} CV(s)."
        if self.skipped:
            reasons = ", ".join(f"{count} {code}" for code, count in sorted(self.skipped.items()))
            text += f" Skipped {sum(self.skipped.values())} that a retry cannot fix ({reasons})."
        return text


def _unfixable(job: Job) -> dict[str, int]:
    closed = job.items.filter(status__in=[ItemStatus.FAILED, ItemStatus.CANCELLED])
    codes = closed.exclude(pk__in=job.items.retryable().values("pk")).values_list("error_code", flat=True)
    return dict(Counter(codes))


def retry_job(*, job: Job) -> tuple[Job, RetryReport]:
    """Re-run the failed CVs of a finished job that a retry could fix; a queued or running job is left be.

    Failures that are facts about the file (refused, encrypted, not a CV: `jobs.failures`) stay as they are.
    """
    with transaction.atomic():
        job = Job.objects.select_for_update().get(pk=job.pk)
        if job.status in (JobStatus.QUEUED, JobStatus.PROCESSING):
            return job, RetryReport(reopened=0, skipped={})
        skipped = _unfixable(job)
        reopened = job.items.retryable().count()
        if not job.reopen_failed():
            detail = RetryReport(reopened=0, skipped=skipped).message.removeprefix("Retrying 0 CV(s). ")
            message = "No CV of this job failed in a way a retry could fix; there is nothing to retry."
            raise JobStateError("nothing_to_retry", f"{message} {detail}".strip() if skipped else message)
        transaction.on_commit(partial(enqueue_job, job.pk, job.attempts))
    return job, RetryReport(reopened=reopened, skipped=skipped)
