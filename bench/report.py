"""The results table: each figure beside its baseline from the same run, its target, PASS or FAIL."""

from __future__ import annotations

import json
import math
import os
import platform
import socket
import subprocess
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Figure:
    value: float
    unit: str  # "s", "ms", "req/s", "CVs/s", "calls", "tokens", "$", "x", "%"
    label: str = ""  # what the figure is, when it is a baseline


@dataclass(frozen=True)
class Row:
    key: str  # stable, for the smoke test
    name: str
    measured: Figure
    baseline: Figure | None = None
    target: str = ""
    passed: bool | None = None
    # measured / baseline unless given (e.g. a speed-up is baseline / measured)
    ratio: float | None = None

    def ratio_value(self) -> float | None:
        if self.ratio is not None:
            return self.ratio
        if self.baseline is None or not self.baseline.value:
            return None
        return self.measured.value / self.baseline.value


@dataclass
class Section:
    title: str
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    load: tuple[float, float, float] = (0.0, 0.0, 0.0)


def fmt(figure: Figure) -> str:
    value, unit = figure.value, figure.unit
    if math.isnan(value):
        number = "n/a"
    elif unit == "$":
        return f"${value:.6f}"
    elif unit == "ms":
        number = f"{value:.1f}"
    elif unit in ("s", "x"):
        number = f"{value:.2f}"
    elif unit in ("req/s", "CVs/s"):
        number = f"{value:.1f}" if value < 100 else f"{value:.0f}"
    else:
        number = f"{value:,.0f}" if float(value).is_integer() or value >= 100 else f"{value:.1f}"
    return f"{number}x" if unit == "x" else f"{number} {unit}"


def _cells(row: Row) -> list[str]:
    baseline = "—"
    if row.baseline is not None:
        baseline = fmt(row.baseline) + (f" ({row.baseline.label})" if row.baseline.label else "")
    ratio = row.ratio_value()
    verdict = "" if row.passed is None else ("**PASS**" if row.passed else "**FAIL**")
    return [
        row.name,
        fmt(row.measured),
        baseline,
        f"{ratio:.2f}x" if ratio is not None else "—",
        row.target or "—",
        verdict or "—",
    ]


def table(sections: list[Section]) -> list[str]:
    lines = [
        "| figure | measured | baseline (same run) | ratio | target | result |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for section in sections:
        lines.append(f"| **{section.title}** | | | | | |")
        lines.extend("| " + " | ".join(_cells(row)) + " |" for row in section.rows)
    return lines


def _git_commit() -> str:
    if os.environ.get("BENCH_COMMIT"):  # a run from an exported tree (git archive) has no .git to ask
        return os.environ["BENCH_COMMIT"]
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=5
        )
    except OSError:
        return "unknown"
    return out.stdout.strip() or "unknown"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{socket.gethostname()}: {os.cpu_count()} CPUs ({cpu}), Python {platform.python_version()}"


def render(
    *,
    sections: list[Section],
    mode: str,
    setup: dict[str, str],
    load_before: tuple[float, float, float],
    load_after: tuple[float, float, float],
    elapsed_s: float,
) -> str:
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"# cvscoring benchmark ({mode})",
        "",
        f"{when}, commit {_git_commit()}, {machine()}; took {elapsed_s:.0f} s.",
        f"Load average (1/5/15 min): {_load(load_before)} before, {_load(load_after)} after.",
        "Stack: " + "; ".join(f"{key} {value}" for key, value in setup.items()) + ".",
        "",
        *table(sections),
        "",
        "## How each figure was measured",
        "",
    ]
    for section in sections:
        lines.append(f"**{section.title}** (load {_load(section.load)} when it started)")
        lines.append("")
        lines.extend(f"- {note}" for note in section.notes)
        lines.append("")
    return "\n".join(lines)


def _load(values: tuple[float, float, float]) -> str:
    return "/".join(f"{v:.2f}" for v in values)


def as_json(sections: list[Section]) -> str:
    """Every row as data under its stable key, for tools and the smoke test (NaN becomes null)."""
    rows = [
        {**asdict(row), "section": section.title, "ratio": row.ratio_value()}
        for section in sections
        for row in section.rows
    ]
    return json.dumps(_without_nan(rows), indent=2)


def _without_nan(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {key: _without_nan(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_without_nan(item) for item in value]
    return value
