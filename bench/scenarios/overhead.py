"""Per-CV overhead besides the LLM call: a job at zero LLM latency and concurrency 1, item by item."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

from bench.config import OVERHEAD_TARGET_MS
from bench.context import Context
from bench.cvs import corpus_pdfs
from bench.report import Figure, Row, Section
from bench.stats import load, median, percentile
from candidates.pdf import ExtractionFailed, extract_cv
from jobs.models import ItemStatus, Job


def run(ctx: Context) -> Section:
    cfg = ctx.config
    section = Section("per-CV overhead besides the LLM call (latency 0, SCORING_CONCURRENCY=1)")
    generated = ctx.cvs.batch(cfg.overhead_cvs)
    corpus = [(path.name, path.read_bytes()) for path in corpus_pdfs()[: cfg.overhead_corpus_cvs]]
    with ctx.workers(1, concurrency=1, latency_s=0.0):
        section.load = load()
        gaps, failures = _per_cv_ms(ctx, generated)
        corpus_gaps, corpus_failures = _per_cv_ms(ctx, corpus) if corpus else ([], [])
    parse = _parse_ms(ctx, generated)
    corpus_parse = _parse_ms(ctx, corpus)
    overhead = median(gaps)
    section.rows = [
        Row(
            "overhead_median",
            f"per-CV overhead, median ({len(gaps)} generated PDFs)",
            Figure(overhead, "ms"),
            Figure(median(parse), "ms", "PDF parse alone, same files"),
            target=f"< {OVERHEAD_TARGET_MS:g} ms",
            passed=overhead < OVERHEAD_TARGET_MS,
        ),
        Row("overhead_p95", "per-CV overhead, p95", Figure(percentile(gaps, 95), "ms")),
    ]
    if corpus:
        section.rows.append(
            Row(
                "overhead_corpus",
                f"per-CV overhead, median ({len(corpus_gaps)} real corpus PDFs)",
                Figure(median(corpus_gaps), "ms"),
                Figure(median(corpus_parse), "ms", "PDF parse alone, same files"),
            )
        )
    section.notes = [
        "Method: one worker with SCORING_CONCURRENCY=1 scores a job while the stand-in answers at once "
        "(latency 0), so each CV's time is all overhead: read the stored file, parse it in the sandbox, "
        "guard/redact, build the prompt, one SDK call over loopback to the stand-in, verify and aggregate, "
        "record the result. Per-CV time = gap between consecutive items' finished_at (the first from the "
        "job's started_at); median over the job. Queue and job start/close are per job, not per CV: see "
        "the job breakdown above. Where the worker parses ahead of the calls, the next CV's parse overlaps "
        "this one's call and recording, so the per-CV time can come out below the parse-alone baseline.",
        "Baseline: the product's `candidates.pdf.extract_cv` (sandboxed PDFium) on the same files, timed "
        "one by one in the benchmark process after the worker stopped.",
        "Generated PDFs are real CV text (corpus extraction) set in Helvetica, 2-7 pages; the real corpus "
        "PDFs (LaTeX, Typst, Word, Chromium) carry embedded fonts and parse slower."
        + ("" if corpus else " The corpus was not found, so the real-PDF row is missing."),
        f"Not scored (their time still counts): generated {failures or 'none'}, corpus "
        f"{corpus_failures or 'none'}.",
    ]
    return section


def _per_cv_ms(ctx: Context, files: list[tuple[str, bytes]]) -> tuple[list[float], list[str]]:
    """Per-CV times of one job, and the error codes of CVs that were not scored (their time counts too)."""
    accepted = ctx.api.upload(files)
    (job,) = ctx.finish([accepted.job_id], expected_s=len(files))
    failures = list(job.items.exclude(status=ItemStatus.SCORED).values_list("error_code", flat=True))
    return _gaps_ms(job), failures


def _gaps_ms(job: Job) -> list[float]:
    stamps = job.items.exclude(finished_at=None).order_by("finished_at").values_list("finished_at", flat=True)
    finished = [at.timestamp() for at in stamps if at is not None]
    started = job.started_at.timestamp()  # type: ignore[union-attr]
    marks = [started, *finished]
    return [(later - earlier) * 1000 for earlier, later in itertools.pairwise(marks)]


def _parse_ms(ctx: Context, files: list[tuple[str, bytes]]) -> list[float]:
    timings = []
    for index, (_, data) in enumerate(files):
        path = Path(ctx.stack.workdir) / f"parse-{index}.pdf"
        path.write_bytes(data)
        started = time.perf_counter()
        try:
            extract_cv(str(path))
            timings.append((time.perf_counter() - started) * 1000)
        except ExtractionFailed:
            pass
        finally:
            path.unlink()
    return timings
