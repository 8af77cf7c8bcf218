"""Run the benchmark suite against a real stack it starts and removes itself.

python -m bench.run                 # full run (~3 minutes); prints the table, writes bench/results/latest.md
python -m bench.run --quick         # smaller counts, for a smoke run
python -m bench.run --only job --only polling
python -m bench.run --save          # also bench/results/<date>-<host>.md, to commit and cite
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType

from bench.config import FULL, QUICK, Config
from bench.report import Section, as_json, render
from bench.stack import Stack
from bench.stats import load

RESULTS = Path(__file__).resolve().parent / "results"
NAMES = ("upload", "job", "overhead", "polling", "workers", "cost", "throughput")


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="cvscoring benchmarks against a real, throwaway stack")
    parser.add_argument("--quick", action="store_true", help="smaller counts (a smoke run, ~1 minute)")
    parser.add_argument(
        "--only", action="append", choices=NAMES, metavar="NAME", help=f"run only these: {', '.join(NAMES)}"
    )
    parser.add_argument(
        "--out", type=Path, default=RESULTS / "latest.md", help="the table (and its rows as .json beside it)"
    )
    parser.add_argument("--save", action="store_true", help="also write bench/results/<date>-<host>.md")
    parser.add_argument("--keep-logs", action="store_true", help="keep service logs (printed path)")
    return parser.parse_args(argv)


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def main(argv: list[str] | None = None) -> int:
    args = _parse_args(argv)
    config = QUICK if args.quick else FULL
    names = [name for name in NAMES if not args.only or name in args.only]
    signal.signal(signal.SIGTERM, _terminate)  # clean up on `kill` as on Ctrl-C
    started, load_before = time.monotonic(), load()
    with Stack() as stack:
        stack.keep_workdir = args.keep_logs
        try:
            sections = _run(stack, config, names)
        except Exception:
            stack.print_logs()  # the services' side of the failure, before their logs are removed
            raise
        setup = stack.describe()
    report = render(
        sections=sections,
        mode=config.mode,
        setup=setup,
        load_before=load_before,
        load_after=load(),
        elapsed_s=time.monotonic() - started,
    )
    print(report)
    _write(args.out, report)
    _write(args.out.with_suffix(".json"), as_json(sections))
    if args.save:
        _write(RESULTS / f"{datetime.now(UTC):%Y-%m-%d}-{socket.gethostname()}.md", report)
    return 0


def _run(stack: Stack, config: Config, names: list[str]) -> list[Section]:
    # Models, and so the scenarios, import only after the stack pointed Django at this run's database.
    from bench.client import Api, StandIn
    from bench.context import Context
    from bench.cvs import CVFactory
    from bench.scenarios import SCENARIOS
    from bench.seed import create_recruiter

    recruiter = create_recruiter()
    api = Api(stack.web_url, recruiter.token, str(recruiter.persona.pk))
    standin = StandIn(stack.standin_url)
    context = Context(config, stack, api, standin, CVFactory(seed=os.getpid()), recruiter)
    sections = []
    try:
        for name in names:
            print(f"bench: {name} ...", file=sys.stderr, flush=True)
            began = time.monotonic()
            sections.append(SCENARIOS[name](context))
            print(f"bench: {name} done in {time.monotonic() - began:.0f} s", file=sys.stderr, flush=True)
    finally:
        api.close()
        standin.close()
    return sections


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text + "\n")
    print(f"bench: wrote {path}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
