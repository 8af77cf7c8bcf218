"""The measurements, one module each, in the order a full run makes them."""

from __future__ import annotations

from collections.abc import Callable

from bench.context import Context
from bench.report import Section
from bench.scenarios import cost, job, overhead, polling, scaling, throughput, upload

Scenario = Callable[[Context], Section]

SCENARIOS: dict[str, Scenario] = {
    "upload": upload.run,
    "job": job.run,
    "overhead": overhead.run,
    "polling": polling.run,
    "workers": scaling.run,
    "cost": cost.run,
    "throughput": throughput.run,
}
