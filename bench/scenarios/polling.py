"""Status polling on a job of many results: requests/s and p95, beside a bare DRF endpoint."""

from __future__ import annotations

import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import httpx
from django.conf import settings
from django.utils import timezone

from bench.config import POLL_TARGET_RPS
from bench.context import Context
from bench.cvs import cv_texts
from bench.report import Figure, Row, Section
from bench.stats import load, percentile
from candidates.models import CV, Candidate
from jobs.models import ItemStatus, Job, JobItem, JobStatus
from jobs.results import totals
from jobs.scoring.llm import AnthropicScorer
from jobs.scoring.pipeline import score_cv
from jobs.scoring.types import ScoringError

BARE = "/bench/bare-api"
WARM_UP_S = 0.5


@dataclass
class Load:
    latencies_ms: list[float] = field(default_factory=list)
    unexpected: int = 0
    elapsed_s: float = 0.0

    @property
    def rps(self) -> float:
        return len(self.latencies_ms) / self.elapsed_s if self.elapsed_s else 0.0


def run(ctx: Context) -> Section:
    cfg = ctx.config
    section = Section(f"status polling, a job of {cfg.poll_items:,} results", load=load())
    started = time.perf_counter()
    job = _seed_job(ctx, cfg.poll_items)
    seeded_s = time.perf_counter() - started
    path = f"/api/v1/jobs/{job.pk}/status"
    first = ctx.api.http.get(path)
    first.raise_for_status()
    etag = first.headers["ETag"]
    variants = {
        "bare": (BARE, {}, 200),
        "full": (path, {}, 200),
        "etag": (path, {"If-None-Match": etag}, 304),
        "page": (f"{path}?scores_limit=50", {}, 200),
    }
    loads = {name: _drive(ctx, *variant) for name, variant in variants.items()}
    section.rows = _rows(loads, cfg.poll_items)
    unexpected = {name: result.unexpected for name, result in loads.items() if result.unexpected}
    section.notes = [
        f"{cfg.poll_items:,} scored JobItems (with Candidate and CV rows holding real CV text) made with "
        f"bulk_create in {seeded_s:.1f} s; their criteria, evidence and summaries are real scorer answers "
        "(the stand-in's, through the product's AnthropicScorer and pipeline), cycled.",
        f"Each variant: {cfg.poll_threads} client threads (httpx, keep-alive, 127.0.0.1) for "
        f"{cfg.poll_seconds:g} s after {WARM_UP_S:g} s untimed, at most {cfg.poll_max_requests:,} requests; "
        "req/s = completed requests / wall time; latency per request on the client. No worker runs.",
        f"Default page body: {len(first.content) / 1e6:.2f} MB of JSON. 304: If-None-Match with the ETag.",
        "Baseline: `bench/bare-api`, an APIView returning a constant body with the same token "
        "authentication, permission and throttle (scope status, one Redis round trip) as the status view.",
        f"Unexpected statuses: {unexpected or 'none'}.",
    ]
    return section


def _rows(loads: dict[str, Load], items: int) -> list[Row]:
    bare = loads["bare"]
    names = {
        "full": f"default page (STATUS_SCORES_PAGE_SIZE) of {items:,} results",
        "etag": "If-None-Match → 304",
        "page": "?scores_limit=50",
    }
    rows = []
    for key, label in names.items():
        result = loads[key]
        target = POLL_TARGET_RPS if key == "full" else None
        rows.append(
            Row(
                f"poll_{key}_rps",
                f"status {label}: req/s",
                Figure(result.rps, "req/s"),
                Figure(bare.rps, "req/s", "bare DRF endpoint"),
                target=f"≥ {target:g} req/s (renders)" if target else "",
                passed=result.rps >= target if target else None,
            )
        )
        rows.append(
            Row(
                f"poll_{key}_p95",
                f"status {label}: p95",
                Figure(percentile(result.latencies_ms, 95), "ms"),
                Figure(percentile(bare.latencies_ms, 95), "ms", "bare DRF endpoint"),
            )
        )
    return rows


def _drive(ctx: Context, path: str, headers: dict[str, str], expected: int) -> Load:
    cfg = ctx.config
    _hammer(ctx, path, headers, expected, seconds=WARM_UP_S, max_requests=cfg.poll_max_requests)
    return _hammer(ctx, path, headers, expected, seconds=cfg.poll_seconds, max_requests=cfg.poll_max_requests)


def _hammer(
    ctx: Context, path: str, headers: dict[str, str], expected: int, *, seconds: float, max_requests: int
) -> Load:
    result = Load()
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client_loop() -> None:
        with httpx.Client(base_url=ctx.api.base_url, headers={**ctx.api.auth, **headers}, timeout=60) as http:
            while time.monotonic() < stop_at:
                sent = time.perf_counter()
                status = http.get(path).status_code
                elapsed_ms = (time.perf_counter() - sent) * 1000
                with lock:
                    result.latencies_ms.append(elapsed_ms)
                    result.unexpected += status != expected
                    if len(result.latencies_ms) >= max_requests:
                        return

    began = time.perf_counter()
    with ThreadPoolExecutor(max_workers=ctx.config.poll_threads) as pool:
        for future in [pool.submit(client_loop) for _ in range(ctx.config.poll_threads)]:
            future.result()
    result.elapsed_s = time.perf_counter() - began
    return result


def _sample_results(ctx: Context) -> list[dict[str, Any]]:
    """Real scorer answers for the benchmark's CV texts: the stand-in at zero latency, the real pipeline."""
    ctx.standin.configure(latency=0.0, reset=True)
    scorer = AnthropicScorer(
        api_key="bench-not-a-real-key", base_url=ctx.stack.standin_url, model=settings.SCORING_MODEL
    )
    rubric = Job(rubric=ctx.recruiter.persona.snapshot()).scoring_rubric()
    samples = []
    for text in cv_texts():
        try:
            samples.append(score_cv(text=text, hidden=(), rubric=rubric, scorer=scorer).to_dict())
        except ScoringError:
            continue
    return samples


def _seed_job(ctx: Context, n: int) -> Job:
    user, persona = ctx.recruiter.user, ctx.recruiter.persona
    samples, texts = _sample_results(ctx), cv_texts()
    candidates = Candidate.objects.bulk_create(Candidate(owner=user, label=f"cv-{i:04d}") for i in range(n))
    cvs = CV.objects.bulk_create(
        CV(
            owner=user,
            candidate=candidate,
            file=f"cvs/{user.pk}/{uuid.uuid4().hex}.pdf",
            original_filename=f"{candidate.label}.pdf",
            size=200 * 1024,
            sha256=uuid.uuid4().hex * 2,
            text=texts[i % len(texts)],
            page_count=2,
            parse_status=CV.ParseStatus.PARSED,
            parsed_at=timezone.now(),
        )
        for i, candidate in enumerate(candidates)
    )
    now = timezone.now()
    job = Job.objects.create(
        user=user,
        persona=persona,
        status=JobStatus.COMPLETED,
        rubric=persona.snapshot(),
        rubric_version=persona.rubric_version,
        attempts=1,
        started_at=now,
        completed_at=now,
        progress={"processed": n, "total": n, "scored": n, "failed": 0},
    )
    JobItem.objects.bulk_create(_item(job, cv, i, samples[i % len(samples)]) for i, cv in enumerate(cvs))
    job.result = {"summary": totals(job)}
    job.save(update_fields=["result", "updated_at"])
    return job


def _item(job: Job, cv: CV, position: int, result: dict[str, Any]) -> JobItem:
    return JobItem(
        job=job,
        cv=cv,
        candidate_id=cv.candidate_id,
        filename=cv.original_filename,
        position=position,
        status=ItemStatus.SCORED,
        score=result["score"],
        recommendation=result["recommendation"],
        criteria=result["criteria"],
        summary=result["summary"],
        flags=list(result["flags"]),
        redactions=list(result["redactions"]),
        scorer=result["scorer"],
        model=result["model"],
        prompt_version=result["prompt_version"],
        rubric_version=result["rubric_version"],
        usage=result["usage"],
        cost_usd=Decimal(str(round(result["cost_usd"], 6))),
        attempts=1,
        finished_at=timezone.now(),
    )
