"""One job at simulated LLM latency, run several times in a row: the worst wall time beside the ideal."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bench.client import Accepted
from bench.context import Context, ideal_seconds, last_finished_at
from bench.report import Figure, Row, Section
from bench.stats import load
from jobs.models import ItemStatus, Job


@dataclass(frozen=True)
class Run:
    accepted: Accepted
    job: Job
    stats: dict[str, Any]

    @property
    def wall(self) -> float:
        return self.job.completed_at.timestamp() - self.accepted.sent_at  # type: ignore[union-attr]


def run(ctx: Context) -> Section:
    cfg = ctx.config
    n, concurrency, latency = cfg.job_cvs, cfg.job_concurrency, cfg.job_latency_s
    section = Section(
        f"{n}-CV job at {latency:g} s LLM latency, SCORING_CONCURRENCY={concurrency}, "
        f"worst of {cfg.job_runs} runs in a row"
    )
    runs = []
    with ctx.workers(1, concurrency=concurrency, latency_s=latency):
        section.load = load()
        for _ in range(cfg.job_runs):
            ctx.standin.configure(reset=True)
            accepted = ctx.api.upload(ctx.cvs.batch(n))
            (job,) = ctx.finish([accepted.job_id], expected_s=n * latency)
            runs.append(Run(accepted, job, ctx.standin.stats()))
    worst = max(runs, key=lambda one: one.wall)
    job, accepted, stats = worst.job, worst.accepted, worst.stats
    scored = job.items.filter(status=ItemStatus.SCORED).count()
    wall = worst.wall
    ideal = ideal_seconds(n, concurrency, latency)
    sequential = n * latency
    claimed = job.started_at.timestamp() - (accepted.sent_at + accepted.elapsed_s)  # type: ignore[union-attr]
    scoring = last_finished_at(job) - job.started_at.timestamp()  # type: ignore[union-attr]
    closing = job.completed_at.timestamp() - last_finished_at(job)  # type: ignore[union-attr]
    section.rows = [
        Row(
            "job_wall",
            f"{n}-CV job, upload → completed (worst of {len(runs)})",
            Figure(wall, "s"),
            Figure(ideal, "s", f"ideal: ⌈{n}/{concurrency}⌉ x {latency:g} s"),
            target=f"≤ {cfg.job_target_ratio:g}x ideal ({cfg.job_target_ratio * ideal:.2f} s)",
            passed=wall <= cfg.job_target_ratio * ideal,
        ),
        Row(
            "job_speedup",
            "speed-up over sequential calls (worst run)",
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
        f"stand-in answering every call after {latency:g} s; an untimed 2-CV job first warms the worker; "
        f"then {len(runs)} jobs one after another, each of {n} fresh CVs.",
        "Wall time = the job row's completed_at minus the moment the upload was sent (same clock); the "
        "breakdown rows are the worst run's, from the job's started_at and its items' finished_at.",
        "Every run's wall time / ideal: " + ", ".join(f"{one.wall / ideal:.2f}x" for one in runs) + ".",
        f"Worst run: {scored}/{n} CVs scored; the stand-in saw {stats['calls']} calls; peak_in_flight from "
        "its /_stats.",
    ]
    return section
