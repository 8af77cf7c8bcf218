"""The HTTP hooks that make a scoring call's timeout bound its whole answer (llm_transport)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx2
import pytest

from jobs.scoring.llm_transport import event_hooks


class Body(httpx2.SyncByteStream):
    def __iter__(self) -> Iterator[bytes]:
        yield b"{"
        yield b"}"


def answered(path: str, *, timeout_s: float, age_s: float) -> httpx2.Response:
    request = httpx2.Request("POST", f"http://127.0.0.1{path}", extensions={"timeout": {"read": timeout_s}})
    stamp, bound = event_hooks()["request"][0], event_hooks()["response"][0]
    stamp(request)
    request.extensions["cvscoring_started"] = time.monotonic() - age_s
    response = httpx2.Response(200, stream=Body(), request=request)
    bound(response)
    return response


def test_a_scoring_answer_still_arriving_after_its_timeout_fails_as_a_read_timeout() -> None:
    with pytest.raises(httpx2.ReadTimeout):
        answered("/v1/messages", timeout_s=1.0, age_s=2.0).read()


def test_a_scoring_answer_within_its_timeout_reads_whole() -> None:
    assert answered("/v1/messages", timeout_s=5.0, age_s=0.0).read() == b"{}"


def test_batch_results_are_not_bounded_since_a_large_file_streams_for_long() -> None:
    assert answered("/v1/messages/batches/b1/results", timeout_s=1.0, age_s=2.0).read() == b"{}"
