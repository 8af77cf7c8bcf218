"""How big each measurement is: the full run (the issue's figures) and a quick one (a smoke run)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Config:
    mode: str
    # upload-batch: this many uploads of this many ~200 KB PDFs, each beside a bare multipart read
    uploads: int
    upload_files: int
    # one job of job_cvs CVs at job_latency_s simulated LLM latency and SCORING_CONCURRENCY=job_concurrency
    job_cvs: int
    job_concurrency: int
    job_latency_s: float
    job_target_ratio: float
    job_runs: int  # the job is run this many times in a row; the worst is reported
    # per-CV overhead: a job of overhead_cvs generated (and up to overhead_corpus_cvs real) PDFs, latency 0
    overhead_cvs: int
    overhead_corpus_cvs: int
    # status polling: a job of poll_items results, each variant driven for poll_seconds by poll_threads
    poll_items: int
    poll_seconds: float
    poll_threads: int
    poll_max_requests: int
    # one worker vs two: scale_jobs jobs of scale_cvs CVs at scale_latency_s, concurrency per worker
    scale_jobs: int
    scale_cvs: int
    scale_concurrency: int
    scale_latency_s: float
    # tokens and cost: a job of cost_cvs CVs per caching case
    cost_cvs: int
    # offline throughput: throughput_cvs corpus PDFs, uploads of throughput_batch, throughput_workers workers
    throughput_cvs: int
    throughput_batch: int
    throughput_workers: int


FULL = Config(
    mode="full",
    uploads=15,
    upload_files=20,
    job_cvs=40,
    job_concurrency=8,
    job_latency_s=1.0,
    job_target_ratio=1.25,
    job_runs=5,
    overhead_cvs=20,
    overhead_corpus_cvs=16,
    poll_items=1000,
    poll_seconds=8.0,
    poll_threads=4,
    poll_max_requests=50_000,
    scale_jobs=4,
    scale_cvs=20,
    scale_concurrency=4,
    scale_latency_s=1.0,
    cost_cvs=16,
    throughput_cvs=200,
    throughput_batch=50,
    throughput_workers=2,
)

QUICK = Config(
    mode="quick",
    uploads=4,
    upload_files=5,
    job_cvs=12,
    job_concurrency=4,
    job_latency_s=0.5,
    job_target_ratio=1.25,
    job_runs=2,
    overhead_cvs=5,
    overhead_corpus_cvs=3,
    poll_items=100,
    poll_seconds=1.5,
    poll_threads=2,
    poll_max_requests=5_000,
    scale_jobs=2,
    scale_cvs=4,
    scale_concurrency=2,
    scale_latency_s=0.5,
    cost_cvs=4,
    throughput_cvs=20,
    throughput_batch=10,
    throughput_workers=1,
)

# Speed targets from the issue "Fast and cheap at scale"; they live here only, never in tests.
UPLOAD_TARGET_RATIO = 3.0  # upload-batch within 3x a bare read of the same multipart body
OVERHEAD_TARGET_MS = 100.0  # per-CV work besides the LLM call
THROUGHPUT_TARGET_CVS_PER_S = 40.0  # issue 13 item 3: offline, upload → all scored, on a 2-core machine
POLL_TARGET_RPS = 150.0  # issue 13 item 4: the status's default page rendered (not a 304, no response cache)
