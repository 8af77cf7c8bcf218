"""The Message Batches transitions of a job: submission marked, handed to its batch, checks leased."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from django.db import models
from django.utils import timezone

LLM_BATCH_FIELDS = ["llm_batch_id", "llm_batch_submitted_at", "llm_batch_check_at", "llm_batch"]
PROCESSING = "processing"


class LLMBatchWait:
    """Mixed into Job: while `llm_batch_check_at` is set, the job waits for its batch; no worker holds it."""

    if TYPE_CHECKING:  # the fields and methods of Job this relies on
        pk: Any
        attempts: int
        llm_batch_id: str
        llm_batch_submitted_at: datetime | None
        llm_batch_check_at: datetime | None
        llm_batch: dict[str, Any]

        def save(self, *args: Any, **kwargs: Any) -> None: ...

    def _rows(self) -> models.QuerySet[Any]:
        return type(self).objects.all()  # type: ignore[attr-defined,no-any-return]

    def start_llm_batch(self, *, requests: int) -> None:
        """Mark a batch submission as begun, before the API call, so a lost batch id can be looked up."""
        self.llm_batch_id = ""
        self.llm_batch_submitted_at = timezone.now()
        self.llm_batch_check_at = None
        self.llm_batch = {"requests": requests, "status": "submitting"}
        self.save(update_fields=[*LLM_BATCH_FIELDS, "updated_at"])

    def forget_llm_batch_submission(self) -> None:
        """Drop the mark of a submission that made no batch we could adopt; the next run submits afresh."""
        self.llm_batch_submitted_at = None
        self.save(update_fields=["llm_batch_submitted_at", "updated_at"])

    def wait_for_llm_batch(self, *, batch_id: str, check_at: datetime) -> bool:
        """Hand the job to its batch: scheduled checks carry it from now on. False once taken from us."""
        batch = {**self.llm_batch, "status": "in_progress"}
        rows = self._rows().filter(pk=self.pk, status=PROCESSING, attempts=self.attempts)
        return self._update_batch(rows, llm_batch_id=batch_id, llm_batch_check_at=check_at, llm_batch=batch)

    def lease_llm_batch_check(self, *, until: datetime, early: timedelta) -> bool:
        """Take the due batch check until `until`, one process at a time; False if not due or not ours."""
        rows = (
            self._rows()
            .filter(pk=self.pk, status=PROCESSING, llm_batch_check_at__lte=timezone.now() + early)
            .exclude(llm_batch_id="")
        )
        return self._update_batch(rows, llm_batch_check_at=until)

    def next_llm_batch_check(self, *, at: datetime | None, batch: dict[str, Any]) -> bool:
        """Record what the API said and when to look again (None: never); False if the lease was lost."""
        rows = self._rows().filter(pk=self.pk, status=PROCESSING, llm_batch_check_at=self.llm_batch_check_at)
        return self._update_batch(rows, llm_batch_check_at=at, llm_batch=batch)

    def _update_batch(self, rows: Any, **values: Any) -> bool:
        values["updated_at"] = timezone.now()
        if rows.update(**values) != 1:
            return False
        for name, value in values.items():
            setattr(self, name, value)
        return True
