"""One job at simulated LLM latency: wall time beside the sequential and the ideal time, calls in flight."""

from __future__ import annotations

from bench.context import Context, ideal_seconds, last_finished_at
from bench.report import Figure, Row, Section
from bench.stats import load
from jobs.models import ItemStatus


def run(ctx: Context) -> Section:
    cfg = ctx.config
    n, concurrency, latency = cfg.job_cvs, cfg.job_concurrency, cfg.job_latency_s
    section = Section(f"{n}-CV job at {latency:g} s LLM latency, SCORING_CONCURRENCY={concurrency}")
    with ctx.workers(1, concurrency=concurrency, latency_s=latency):
        section.load = load()
        accepted = ctx.api.upload(ctx.cvs.batch(n))
        (job,) = ctx.finish([accepted.job_id], expected_s=n * latency)
        stats = ctx.standin.stats()
    scored = job.items.filter(status=ItemStatus.SCORED).count()
    wall = job.completed_at.timestamp() - accepted.sent_at  # type: ignore[union-attr]
    ideal = ideal_seconds(n, concurrency, latency)
    sequential = n * latency
    claimed = job.started_at.timestamp() - (accepted.sent_at + accepted.elapsed_s)  # type: ignore[union-attr]
    scoring = last_finished_at(job) - job.started_at.timestamp()  # type: ignore[union-attr]
    closing = job.completed_at.timestamp() - last_finished_at(job)  # type: ignore[union-attr]
    section.rows = [
        Row(
            "job_wall",
            f"{n}-CV job, upload → completed",
            Figure(wall, "s"),
            Figure(ideal, "s", f"ideal: ⌈{n}/{concurrency}⌉ x {latency:g} s"),
            target=f"≤ {cfg.job_target_ratio:g}x ideal ({cfg.job_target_ratio * ideal:.2f} s)",
            passed=wall <= cfg.job_target_ratio * ideal,
        ),
        Row(
            "job_speedup",
            "speed-up over sequential calls",
            Figure(sequential / wall, "x"),
            Figure(sequential, "s", f"sequential: {n} x {latency:g} s"),
            ratio=sequential / wall,
        ),
        Row(
            "job_peak_in_flight",
            "peak LLM calls in flight (stand-in)",
            Figure(stats["peak_in_flight"], "calls"),
            Figure(concurrency, "calls", "SCORING_CONCURRENCY"),
        ),
        Row("job_to_202", "… of which upload → 202", Figure(accepted.elapsed_s, "s")),
        Row("job_to_claim", "… 202 → worker claims the job", Figure(claimed, "s")),
        Row("job_scoring", "… claim → last CV recorded", Figure(scoring, "s")),
        Row("job_closing", "… last CV → job completed", Figure(closing, "s")),
    ]
    section.notes = [
        f"One worker (`manage.py rqworker`, ScoringWorker) with SCORING_CONCURRENCY={concurrency}, the "
        f"stand-in answering every call after {latency:g} s; an untimed 2-CV job first warms the worker.",
        "Wall time = the job row's completed_at minus the moment the upload was sent (same clock); the "
        "breakdown rows come from the job's started_at and its items' finished_at.",
        f"{scored}/{n} CVs scored; the stand-in saw {stats['calls']} calls; peak_in_flight from its /_stats.",
    ]
    return section
