from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import django_rq
import pytest
from django.conf import settings


def _empty(queue: Any) -> None:
    queue.empty()
    registry = queue.scheduled_job_registry
    for job_id in registry.get_job_ids():
        registry.remove(job_id, delete_job=True)


@pytest.fixture
def webhooks_queue() -> Iterator[Any]:
    """This run's own webhooks queue (see test_settings), empty, scheduled attempts included."""
    queue = django_rq.get_queue(settings.WEBHOOKS_QUEUE)
    _empty(queue)
    yield queue
    _empty(queue)
