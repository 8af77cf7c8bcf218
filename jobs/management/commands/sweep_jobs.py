"""Recover stalled jobs once (for cron, or when no ScoringWorker runs): resume, fail or re-enqueue."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from jobs.recovery import sweep


class Command(BaseCommand):
    help = "Resume or fail jobs whose worker died, and re-enqueue queued jobs that no queue holds."

    def handle(self, *args: Any, **options: Any) -> None:
        report = sweep()
        self.stdout.write(
            f"resumed={len(report.resumed)} failed={len(report.failed)} reenqueued={len(report.reenqueued)} "
            f"batch_checks={len(report.batch_checks)}"
        )
