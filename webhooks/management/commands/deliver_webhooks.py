"""Queue again webhook attempts that are due but were never queued (Redis was down when scheduled)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from webhooks.services import requeue_overdue_attempts


class Command(BaseCommand):
    help = "Queue again webhook delivery attempts overdue by more than --older-than seconds (run from cron)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--older-than", type=int, default=300, help="Seconds past due (default 300).")

    def handle(self, *args: Any, **options: Any) -> None:
        count = requeue_overdue_attempts(older_than=timedelta(seconds=options["older_than"]))
        self.stdout.write(f"Queued {count} overdue webhook attempt(s) again.")
