"""The scoring worker: preloads heavy modules before forking and sweeps stalled jobs while idle."""

from __future__ import annotations

import logging
import sys
from typing import Any

from django.conf import settings
from django.db import connections
from rq import Worker
from rq.exceptions import StopRequested

from candidates import readers
from candidates.storage import remove_orphaned_copies
from cvscoring import rqentry  # noqa: F401 - imported for its side effect: the task module is preloaded
from cvscoring.retention import purge_when_due
from jobs.recovery import sweep
from jobs.scorers import warm_up_scorer
from jobs.scoring import pipeline

logger = logging.getLogger(__name__)

# How long a work-horse thread may hold the GIL while another waits for it (Python's default: 5 ms). A job's
# threads are a few CPU-bound ones (prepare and score a CV) and several that block many times per CV: the
# reading thread on its sandboxed child and the file (~15 system calls), the recording thread on each
# statement and commit. Every blocking call hands the GIL over and waits up to a whole interval to get it
# back, so with the default each CV's reading and recording sat in ~5 ms queues that kept the children and
# the next CVs waiting (throughput run, load 7-12, three turns each: 5.8 / 6.1 / 8.3 -> 8.5 / 8.1 / 8.8
# CVs/s with the same CPU per CV).
GIL_SWITCH_INTERVAL_S = 0.0005


class ScoringWorker(Worker):
    """An RQ worker whose maintenance pass also recovers dead workers' jobs and runs the retention purge.

    The pass runs every SWEEP_INTERVAL_S; the purge, once every PURGE_INTERVAL_S across all workers. RQ
    alone notices a killed worker only through another live worker, after ~11 minutes; our job rows carry
    a heartbeat, and this pass resumes or fails their jobs even when this is the only worker left.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("maintenance_interval", settings.SWEEP_INTERVAL_S)
        super().__init__(*args, **kwargs)
        self._preload()

    @staticmethod
    def _preload() -> None:
        # Import the SDK, build the client (or load the offline scorer's embeddings) and warm the parser once
        # here, so each forked work-horse inherits them instead of paying ~1 s per job. No connection is
        # opened, so nothing is shared.
        sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)  # a process-wide setting: forked work-horses inherit it
        readers.warm_up()
        warm_up_scorer()
        pipeline.warm_up()  # libphonenumber's metadata and the redaction rules' lazy set-up

    @property
    def dequeue_timeout(self) -> int:
        # Wake up at least once per sweep interval so maintenance runs on an idle worker too.
        return max(1, min(super().dequeue_timeout, settings.SWEEP_INTERVAL_S))

    def run_maintenance_tasks(self) -> None:
        super().run_maintenance_tasks()  # type: ignore[no-untyped-call]
        try:
            # A crashed work-horse on this machine skipped deleting its local CV copies: delete them now.
            remove_orphaned_copies()
            self._sweep()
            erased = purge_when_due(self.connection)
            if erased:
                logger.warning("retention purge: erased %s candidate(s)", erased)
        except StopRequested:
            # Ctrl-C or SIGTERM while the worker sat idle in maintenance: rq's signal handler raised it here,
            # and it is rq's to handle (a warm shutdown), not a maintenance failure.
            raise
        except Exception:
            logger.exception("maintenance failed")
        finally:
            # Never let a forked work-horse inherit a connection opened here (django-rq#123).
            connections.close_all()

    @staticmethod
    def _sweep() -> None:
        report = sweep()
        if report.resumed or report.failed or report.reenqueued or report.batch_checks or report.llm_resumes:
            logger.warning(
                "sweep: resumed=%s failed=%s reenqueued=%s batch_checks=%s llm_resumes=%s",
                report.resumed,
                report.failed,
                report.reenqueued,
                report.batch_checks,
                report.llm_resumes,
            )
