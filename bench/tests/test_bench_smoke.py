"""The benchmark suite runs end to end (quick mode) against the real stack and fills every row.

Speed targets are the benchmark's business: this test asserts only that each figure was measured.
"""

from __future__ import annotations

import json
import math
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bench import cpu
from bench.cvs import corpus_pdfs

pytestmark = [pytest.mark.slow, pytest.mark.e2e]

ROOT = Path(__file__).resolve().parents[2]
ROWS = [
    "upload_median",
    "upload_p95",
    "job_wall",
    "job_speedup",
    "job_peak_in_flight",
    "job_to_202",
    "job_to_claim",
    "job_scoring",
    "job_closing",
    "overhead_median",
    "overhead_p95",
    "poll_full_rps",
    "poll_full_p95",
    "poll_etag_rps",
    "poll_etag_p95",
    "poll_page_rps",
    "poll_page_p95",
    "scale_one_worker",
    "scale_two_workers",
    "scale_ratio",
    "cost_input_tokens",
    "cost_output_tokens",
    "cost_cache_read_tokens",
    "cost_haiku",
    "cost_haiku_batch",
    "cost_sonnet_cached",
    "cost_sonnet_batch",
]
# Rows measured on the real corpus PDFs, present only where the corpus is.
CORPUS_ROWS = [
    "overhead_corpus", "throughput_offline", "throughput_wall", "throughput_floor_wall", "throughput_cpu",
    *(f"throughput_cpu_{role.replace(' ', '_')}" for role in cpu.ROLES),
]  # fmt: skip
# Settings the pytest run put in the environment for itself; the benchmark makes its own.
TEST_ONLY_VARIABLES = ("DJANGO_SETTINGS_MODULE", "SCORING_QUEUE", "WEBHOOKS_QUEUE", "MEDIA_ROOT")
NUMBER = re.compile(r"^\$?-?\d[\d,]*(\.\d+)?")


def test_quick_suite_reports_every_figure_with_a_number(tmp_path: Path) -> None:
    out = tmp_path / "bench.md"
    env = {k: v for k, v in os.environ.items() if k not in TEST_ONLY_VARIABLES}
    finished = subprocess.run(
        [sys.executable, "-m", "bench.run", "--quick", "--out", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert finished.returncode == 0, finished.stderr[-4000:]

    rows = {row["key"]: row for row in json.loads(out.with_suffix(".json").read_text())}
    expected = ROWS + (CORPUS_ROWS if corpus_pdfs() else [])
    assert sorted(rows) == sorted(expected)
    for key in expected:
        value = rows[key]["measured"]["value"]
        assert isinstance(value, int | float) and math.isfinite(value), (key, value)

    table = {
        cells[0]: cells[1]
        for line in out.read_text().splitlines()
        if line.startswith("| ") and len(cells := [c.strip() for c in line.strip("|").split("|")]) == 6
    }
    for row in rows.values():
        assert NUMBER.match(table[row["name"]]), (row["name"], table[row["name"]])
