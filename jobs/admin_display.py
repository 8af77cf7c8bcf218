"""How the jobs admin shows values: durations, progress bars, JSON and times, each in little room."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString

from jobs.models import Job

EMPTY = "—"


def format_duration(delta: timedelta) -> str:
    seconds = max(int(delta.total_seconds()), 0)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours}h {minutes:02d}m"
    return f"{minutes}m {seconds:02d}s" if minutes else f"{seconds}s"


def progress_bar(job: Job) -> SafeString:
    progress = job.progress or {}
    total = int(progress["total"]) if "total" in progress else len(job.cv_ids)
    processed = int(progress.get("processed", 0))
    percent = round(100 * processed / total) if total else 0
    return format_html(
        '<span class="cvs-progress cvs-progress-{}" title="{}%"><span style="width: {}%"></span></span> '
        "{}/{}",
        job.status,
        percent,
        percent,
        processed,
        total,
    )


def pretty_json(value: Any) -> SafeString:
    return format_html('<pre class="cvs-json">{}</pre>', json.dumps(value, indent=2, ensure_ascii=False))


def short_time(moment: datetime | None) -> str:
    """The local date and time to the minute (the list and the CV table have no room for seconds)."""
    return timezone.localtime(moment).strftime("%d %b %H:%M") if moment else EMPTY
