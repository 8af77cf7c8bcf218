"""Offline throughput: every text PDF of the corpus's cvs/ folder, uploaded in batches, upload → all scored.

Beside it, the parse-only floor of the same files measured in the same run: the product's sandboxed reader
alone, as many files at a time as the machine has cores. Scoring, guard, redaction and recording are what
the end-to-end figure adds to that floor.
"""

from __future__ import annotations

import os
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from django.db import connection

from bench import cpu
from bench.config import THROUGHPUT_TARGET_CVS_PER_S
from bench.context import Context
from bench.cvs import CORPUS
from bench.report import Figure, Row, Section
from bench.stats import load
from candidates.pdf import ExtractionFailed, extract_cv
from jobs.models import ItemStatus, Job


def run(ctx: Context) -> Section:
    cfg = ctx.config
    total, per_upload = cfg.throughput_cvs, cfg.throughput_batch
    section = Section(f"offline throughput, {total} corpus CV uploads ({total // per_upload} x {per_upload})")
    texts = _text_pdfs(ctx)
    if not texts:
        section.notes = [f"The corpus was not found at {CORPUS}: no throughput measured."]
        return section
    files = [(f"corpus-{i:04d}.pdf", _unique(texts[i % len(texts)], i)) for i in range(total)]
    workers = cfg.throughput_workers
    _settle_the_database()
    with ctx.stack.running_workers(workers, ANTHROPIC_API_KEY=""):
        ctx.finish([ctx.api.upload(ctx.cvs.batch(2)).job_id for _ in range(workers)], expected_s=2)
        section.load = load()
        cpu_before = cpu.snapshot()
        accepted = [ctx.api.upload(files[i : i + per_upload]) for i in range(0, total, per_upload)]
        jobs = ctx.finish([one.job_id for one in accepted], expected_s=total / 5)
        cpu_after = cpu.snapshot()
        cpu_spent = cpu.by_role(cpu_before, cpu_after)
        busiest_other = cpu.top_other(cpu_before, cpu_after)
    wall = max(job.completed_at.timestamp() for job in jobs if job.completed_at) - accepted[0].sent_at
    floor_s, floor_failed = _parse_floor(ctx, [data for _, data in files])
    rate, floor_rate = total / wall, total / floor_s
    scored = sum(job.items.filter(status=ItemStatus.SCORED).count() for job in jobs)
    section.rows = [
        Row(
            "throughput_offline",
            f"{total} CVs upload → all scored, offline, {workers} worker(s)",
            Figure(rate, "CVs/s"),
            Figure(floor_rate, "CVs/s", f"parse-only floor, {os.cpu_count()} at a time"),
            target=f"≥ {THROUGHPUT_TARGET_CVS_PER_S:g} CVs/s",
            passed=rate >= THROUGHPUT_TARGET_CVS_PER_S,
            ratio=rate / floor_rate,
        ),
        Row("throughput_wall", "… wall time, first upload sent → last job completed", Figure(wall, "s")),
        Row("throughput_floor_wall", "… parse-only floor, wall time", Figure(floor_s, "s")),
        Row(
            "throughput_cpu",
            "… CPU per CV, every process",
            Figure(sum(cpu_spent.values()) / total * 1000, "ms"),
        ),
        *(
            Row(
                f"throughput_cpu_{role.replace(' ', '_')}",
                f"… … of which {role}",
                Figure(s / total * 1000, "ms"),
            )
            for role, s in cpu_spent.items()
        ),
    ]
    section.notes = [
        f"{len(texts)} text PDFs of {CORPUS.name}/cvs (those the reader reads; each file's bytes made unique "
        "by a trailing comment after %%EOF, so no upload is a duplicate), cycled to "
        f"{total} files, uploaded as {total // per_upload} batches of {per_upload} through the HTTP API; "
        f"{workers} rqworker(s), no ANTHROPIC_API_KEY (offline scorer), default PARSE_CONCURRENCY and "
        "SCORING_CONCURRENCY; one untimed 2-CV job per worker first.",
        f"Scored {scored}/{total}; {_failures(jobs) or 'no failures'}.",
        "Floor: `candidates.pdf.extract_cv` (the sandboxed reader the pipeline calls) on the same "
        f"{total} files in the benchmark process, {os.cpu_count()} threads, one owner key (warm children "
        "reused, as in the pipeline), after the workers stopped; "
        f"{floor_failed} failed. Ratio = end to end / floor.",
        "CPU per CV: every process's user + system CPU from the first upload to the last job's end (psutil "
        "samples at both ends; exited reader children through their parent), divided by the CVs uploaded. "
        "On 2 cores, 40 CVs/s leaves 50 ms of CPU per CV for everything. The run's database is vacuumed and "
        "analysed first, so the earlier scenarios' autovacuum work does not land in this window.",
        "Other: "
        + (", ".join(f"{name} {seconds / total * 1000:.1f} ms" for name, seconds in busiest_other) or "none")
        + " per CV (the busiest executables outside the stack, by name).",
    ]
    return section


def _settle_the_database() -> None:
    """Vacuum and analyse the run's database before the window opens.

    The scenarios before this one (polling's 1,000 wide rows above all) leave autovacuum work behind; run
    inside the window, it came to ~20 ms of the server's CPU per CV (its workers, reaped by the server
    process), a debt of another scenario counted against this one.
    """
    with connection.cursor() as cursor:
        cursor.execute("VACUUM (ANALYZE)")


def _text_pdfs(ctx: Context) -> list[bytes]:
    """The corpus's cvs/*.pdf that the reader reads (scans without a text layer are left out)."""
    readable = []
    for path in sorted((CORPUS / "cvs").glob("*.pdf")):
        try:
            extract_cv(str(path))
        except ExtractionFailed:
            continue
        readable.append(path.read_bytes())
    return readable


def _unique(data: bytes, index: int) -> bytes:
    return data + f"\n% bench upload {index}\n".encode()


FLOOR_OWNER = "bench-floor"  # every file of the run is one user's uploads


def _parse_floor(ctx: Context, files: list[bytes]) -> tuple[float, int]:
    folder = Path(ctx.stack.workdir) / "floor"
    folder.mkdir(exist_ok=True)
    paths = []
    for index, data in enumerate(files):
        path = folder / f"{index}.pdf"
        path.write_bytes(data)
        paths.append(str(path))

    def parse(path: str) -> bool:
        try:
            # One owner, as the pipeline passes the uploader: the same warm children it reuses.
            extract_cv(path, owner=FLOOR_OWNER)
            return True
        except ExtractionFailed:
            return False

    began = time.perf_counter()
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        results = list(pool.map(parse, paths))
    elapsed = time.perf_counter() - began
    for written in paths:
        os.unlink(written)
    return elapsed, results.count(False)


def _failures(jobs: list[Job]) -> str:
    codes: dict[str, int] = {}
    for job in jobs:
        for code in job.items.exclude(status=ItemStatus.SCORED).values_list("error_code", flat=True):
            codes[code] = codes.get(code, 0) + 1
    return ", ".join(f"{code}: {count}" for code, count in sorted(codes.items()))
