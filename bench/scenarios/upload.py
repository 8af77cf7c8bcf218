"""upload-batch: time to 202 for a batch of ~200 KB PDFs, beside a bare view reading the same body."""

from __future__ import annotations

import django_rq
from django.db import transaction
from django.utils import timezone

from bench.client import Prepared, prepare_upload
from bench.config import UPLOAD_TARGET_RATIO
from bench.context import Context
from bench.report import Figure, Row, Section
from bench.stats import load, median, percentile
from jobs.models import ItemStatus, Job, JobItem, JobStatus

WARM_UP = 4  # per endpoint: both gunicorn workers import and connect before anything is timed
UPLOAD = "/api/v1/candidate/upload-batch"
BARE = "/bench/bare-multipart"


def run(ctx: Context) -> Section:
    section = Section(f"upload-batch: {ctx.config.upload_files} x ~200 KB PDFs", load=load())
    bodies = [_body(ctx) for _ in range(WARM_UP + ctx.config.uploads)]
    upload_s, bare_s, job_ids = [], [], []
    for index, body in enumerate(bodies):
        # The bare read first, then the real upload of the same bytes (new files, so nothing is deduplicated).
        bare, bare_elapsed = ctx.api.post_timed(BARE, body)
        accepted, upload_elapsed = ctx.api.post_timed(UPLOAD, body)
        if bare.status_code != 200 or accepted.status_code != 202:
            raise RuntimeError(
                f"bare {bare.status_code}, upload {accepted.status_code}: {accepted.text[:300]}"
            )
        job_ids.append(accepted.json()["job_id"])
        if index >= WARM_UP:
            bare_s.append(bare_elapsed * 1000)
            upload_s.append(upload_elapsed * 1000)
    _cancel_unscored(job_ids, ctx)
    section.rows = _rows(upload_s, bare_s)
    section.notes = [
        f"{ctx.config.uploads} uploads after {WARM_UP} untimed ones; each body "
        f"({bodies[0].size / 1e6:.1f} MB, {ctx.config.upload_files} distinct PDFs of real CV text padded "
        "to ~200 KB with random bytes) is encoded once, then POSTed to the bare view and to upload-batch "
        "over one keep-alive connection. Time = client-side request time until the response is read.",
        "Baseline: `bench/bare-multipart`, a Django view (bench URLconf only) that reads request.FILES "
        "through the same upload handler (spooling and hashing each file) and returns a count. "
        "Upload-batch adds token auth, throttle, validation, storing files, Candidate/CV/Job/JobItem rows "
        "and the enqueue.",
        "No worker runs during this measurement; the jobs it creates are cancelled afterwards.",
    ]
    return section


def _body(ctx: Context) -> Prepared:
    return prepare_upload(str(ctx.recruiter.persona.pk), ctx.cvs.batch(ctx.config.upload_files))


def _rows(upload_ms: list[float], bare_ms: list[float]) -> list[Row]:
    ratio = median(upload_ms) / median(bare_ms)
    return [
        Row(
            "upload_median",
            "upload-batch → 202, median",
            Figure(median(upload_ms), "ms"),
            Figure(median(bare_ms), "ms", "bare multipart read"),
            target=f"≤ {UPLOAD_TARGET_RATIO:g}x bare",
            passed=ratio <= UPLOAD_TARGET_RATIO,
        ),
        Row(
            "upload_p95",
            "upload-batch → 202, p95",
            Figure(percentile(upload_ms, 95), "ms"),
            Figure(percentile(bare_ms, 95), "ms", "bare multipart read"),
        ),
    ]


def _cancel_unscored(job_ids: list[str], ctx: Context) -> None:
    """End the jobs made here and drop their queue messages, so no later worker (or sweeper) picks them up."""
    now = timezone.now()
    with transaction.atomic():
        Job.objects.filter(pk__in=job_ids).update(
            status=JobStatus.CANCELLED, cancel_requested=True, completed_at=now, updated_at=now
        )
        JobItem.objects.filter(job_id__in=job_ids).update(
            status=ItemStatus.CANCELLED, error_code="cancelled", finished_at=now
        )
    django_rq.get_queue(ctx.stack.queue).empty()  # type: ignore[no-untyped-call]
