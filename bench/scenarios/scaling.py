"""One worker vs two on the same job set: throughput and its ratio."""

from __future__ import annotations

from dataclasses import dataclass

from bench.context import Context, ideal_seconds
from bench.report import Figure, Row, Section
from bench.stats import load


@dataclass(frozen=True)
class Run:
    wall_s: float
    cvs: int
    peak_in_flight: int

    @property
    def throughput(self) -> float:
        return self.cvs / self.wall_s


def run(ctx: Context) -> Section:
    cfg = ctx.config
    jobs, per_job, concurrency, latency = (
        cfg.scale_jobs,
        cfg.scale_cvs,
        cfg.scale_concurrency,
        cfg.scale_latency_s,
    )
    section = Section(
        f"1 vs 2 workers: {jobs} jobs x {per_job} CVs at {latency:g} s, SCORING_CONCURRENCY={concurrency}",
        load=load(),
    )
    runs = {count: _run(ctx, count) for count in (1, 2)}
    one, two = runs[1], runs[2]
    ideal_one = jobs * ideal_seconds(per_job, concurrency, latency)
    ideal_two = -(-jobs // 2) * ideal_seconds(per_job, concurrency, latency)
    section.rows = [
        Row(
            "scale_one_worker",
            "1 worker: throughput",
            Figure(one.throughput, "CVs/s"),
            Figure(jobs * per_job / ideal_one, "CVs/s", f"ideal, {ideal_one:g} s"),
        ),
        Row(
            "scale_two_workers",
            "2 workers: throughput",
            Figure(two.throughput, "CVs/s"),
            Figure(jobs * per_job / ideal_two, "CVs/s", f"ideal, {ideal_two:g} s"),
        ),
        Row(
            "scale_ratio",
            "2 workers / 1 worker throughput",
            Figure(two.throughput / one.throughput, "x"),
            Figure(ideal_one / ideal_two, "x", "ideal"),
        ),
    ]
    section.notes = [
        f"Each case: start the workers (each runs one job at a time, {concurrency} CVs of it at once), score "
        "one untimed warm-up job per worker, then upload all jobs back to back; wall time = the last job's "
        "completed_at minus the moment the first upload was sent. Every CV is a new file.",
        f"Wall times: 1 worker {one.wall_s:.2f} s, 2 workers {two.wall_s:.2f} s; peak calls in flight "
        f"{one.peak_in_flight} and {two.peak_in_flight}.",
    ]
    return section


def _run(ctx: Context, workers: int) -> Run:
    cfg = ctx.config
    batches = [ctx.cvs.batch(cfg.scale_cvs) for _ in range(cfg.scale_jobs)]
    with ctx.workers(workers, concurrency=cfg.scale_concurrency, latency_s=cfg.scale_latency_s):
        accepted = [ctx.api.upload(batch) for batch in batches]
        expected = cfg.scale_jobs * cfg.scale_cvs * cfg.scale_latency_s
        finished = ctx.finish([a.job_id for a in accepted], expected_s=expected)
        peak = int(ctx.standin.stats()["peak_in_flight"])
    last = max(job.completed_at.timestamp() for job in finished)  # type: ignore[union-attr]
    return Run(wall_s=last - accepted[0].sent_at, cvs=cfg.scale_jobs * cfg.scale_cvs, peak_in_flight=peak)
