"""Erase candidates whose CVs are older than the retention period (CV_RETENTION_DAYS or --days)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from candidates.services import purge_expired_cvs


class Command(BaseCommand):
    help = "Erase candidates (files, text, scores) whose newest CV is older than N days."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--days", type=int, default=settings.CV_RETENTION_DAYS)

    def handle(self, *args: Any, **options: Any) -> None:
        days = options["days"]
        if not days or days < 1:
            raise CommandError("Set CV_RETENTION_DAYS or pass --days N (N >= 1).")
        erased = purge_expired_cvs(older_than=timedelta(days=days))
        self.stdout.write(f"erased {erased} candidate(s) older than {days} days")
