"""What every scenario gets: the configuration, the running stack and clients, fresh CVs, the recruiter."""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.db.models import Max

from bench.client import Api, StandIn, wait_for_jobs
from bench.config import Config
from bench.cvs import CVFactory
from bench.seed import Recruiter
from bench.stack import Service, Stack
from jobs.models import Job


@dataclass
class Context:
    config: Config
    stack: Stack
    api: Api
    standin: StandIn
    cvs: CVFactory
    recruiter: Recruiter

    @contextmanager
    def workers(self, count: int, *, concurrency: int, latency_s: float) -> Iterator[list[Service]]:
        """Start workers, score one small warm-up job per worker, then zero the stand-in's counters."""
        self.standin.configure(latency=latency_s, min_cache_tokens=0, reset=True)
        with self.stack.running_workers(count, SCORING_CONCURRENCY=str(concurrency)) as workers:
            warm_up = [self.api.upload(self.cvs.batch(2)).job_id for _ in range(count)]
            self.finish(warm_up, expected_s=latency_s * 2)
            self.standin.configure(reset=True)
            yield workers

    def finish(self, job_ids: list[str], *, expected_s: float) -> list[Job]:
        """Wait for the jobs to end (generously past the expected time); raise with worker logs if stuck."""
        try:
            return wait_for_jobs(job_ids, timeout_s=60 + 5 * expected_s)
        except TimeoutError as exc:
            logs = "\n".join(worker.log_tail(1500) for worker in self.stack.workers)
            raise TimeoutError(f"{exc}\n{logs}") from None


def ideal_seconds(cvs: int, concurrency: int, latency_s: float) -> float:
    """The wall time if every LLM call overlapped perfectly and nothing else took time."""
    return math.ceil(cvs / concurrency) * latency_s


def last_finished_at(job: Job) -> float:
    value = job.items.aggregate(last=Max("finished_at"))["last"]
    return value.timestamp() if value else math.nan
