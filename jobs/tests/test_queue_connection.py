"""The scoring queue's Redis client is made once per process and configuration, not once per enqueue."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.test import override_settings

from jobs import queue


def test_enqueues_share_one_client_and_one_open_connection(clean_redis: Any) -> None:
    assert queue.enqueue("run_scoring_job", "a", rq_id="scoring-a-0")
    client = queue.connection()
    opened = client.connection_pool._created_connections

    assert queue.enqueue("run_scoring_job", "b", rq_id="scoring-b-0")
    assert queue.is_waiting_in_queue("b", 0) is True

    assert queue.connection() is client
    assert client.connection_pool._created_connections == opened  # no new TCP connection for either call
    assert set(clean_redis.lrange(f"rq:queue:{settings.SCORING_QUEUE}", 0, -1)) == {
        b"scoring-a-0",
        b"scoring-b-0",
    }


def test_another_queue_configuration_gets_its_own_client(clean_redis: Any) -> None:
    client = queue.connection()
    other = {**settings.RQ_QUEUES[settings.SCORING_QUEUE], "URL": "redis://127.0.0.1:6379/15"}

    with override_settings(RQ_QUEUES={**settings.RQ_QUEUES, settings.SCORING_QUEUE: other}):
        assert queue.connection() is not client
    assert queue.connection() is client
