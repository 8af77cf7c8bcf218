"""The outage transitions of a job: parked while the LLM API is down, resumed at its next try time.

While `waiting_for_llm_until` is set the job stays `processing` but no worker holds it: a scheduled
`resume_scoring_job` takes it back at that time (like the Message Batches checks). `llm_outage_since`
dates the outage, so the job gives up once it outlasts LLM_OUTAGE_BUDGET_S.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from django.db import models
from django.db.models.functions import Coalesce
from django.utils import timezone

PROCESSING = "processing"


class LLMOutageWait:
    """Mixed into Job: parking for an LLM outage and taking the job back afterwards."""

    if TYPE_CHECKING:  # the fields and methods of Job this relies on
        pk: Any
        attempts: int
        waiting_for_llm_until: datetime | None
        llm_outage_since: datetime | None

        def refresh_from_db(self, *args: Any, **kwargs: Any) -> None: ...

    def _job_rows(self) -> models.QuerySet[Any]:
        return type(self).objects.filter(pk=self.pk, status=PROCESSING)  # type: ignore[attr-defined,no-any-return]

    def wait_for_llm(self, *, until: datetime) -> bool:
        """Park this attempt until `until` (the outage began now unless it already had); False if not ours."""
        now = timezone.now()
        changed = (
            self._job_rows()
            .filter(attempts=self.attempts)
            .update(
                waiting_for_llm_until=until,
                llm_outage_since=Coalesce(models.F("llm_outage_since"), models.Value(now)),
                heartbeat_at=None,
                updated_at=now,
            )
        )
        if changed == 1:
            self.refresh_from_db()
        return changed == 1

    def resume_after_llm_wait(self, *, early: timedelta) -> bool:
        """Take a parked job back once its wait is (nearly) over, one process only; False if not due."""
        now = timezone.now()
        changed = (
            self._job_rows()
            .filter(waiting_for_llm_until__lte=now + early)
            .update(waiting_for_llm_until=None, heartbeat_at=now, updated_at=now)
        )
        if changed == 1:
            self.refresh_from_db()
        return changed == 1

    def llm_outage_over(self) -> None:
        """A call went through again: the next outage starts its own budget."""
        if self.llm_outage_since is not None:
            self._job_rows().update(llm_outage_since=None)
            self.llm_outage_since = None

    def llm_outage_age(self) -> timedelta:
        return timezone.now() - self.llm_outage_since if self.llm_outage_since else timedelta(0)
