"""Tests for the warm sandbox children (candidates/warm_pool.py): one owner per child, recycling after N
files, after a limit hit or a failure, per-file limits, idle exit, threads, and the same output as a fresh
child."""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import os
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from candidates import warm_pool
from candidates.extraction import ExtractionFailed, Limits
from candidates.pdf import extract_cv
from candidates.readers import read_cv
from candidates.tests.corpus import corpus_dir
from candidates.tests.pdfgen import BOMB_LIMIT, Line, cv_pdf, flate_bomb_pdf, make_pdf
from candidates.tests.test_pdf import NASTY_OUTCOMES, SWEEP_LIMITS
from candidates.tests.test_sandbox import ended, run

CV_TEXT = "Ada Lovelace\nSkills: Python, Django, PostgreSQL, Redis, analytical engines"


def probe(owner: object, name: str, max_files: int = 50, timeout_s: float = 10.0, **kwargs: Any) -> Any:
    return warm_pool.run(
        owner,
        f"candidates.tests.sandbox_probes:{name}",
        kwargs,
        None,
        preload=["candidates.readers"],
        timeout_s=timeout_s,
        memory_bytes=1024**3,
        max_result_bytes=1 << 20,
        max_files=max_files,
    )


@pytest.fixture(autouse=True)
def empty_pool() -> Iterator[None]:
    warm_pool.stop()
    yield
    warm_pool.stop()


@pytest.fixture
def cv(tmp_path: Path) -> str:
    path = tmp_path / "cv.pdf"
    path.write_bytes(cv_pdf(CV_TEXT))
    return str(path)


def idle_pids() -> list[int]:
    with warm_pool._lock:
        return [child.pid for children in warm_pool._idle.values() for child in children]


def test_a_child_serves_one_owner_only() -> None:
    first = [probe("owner-a", "describe")["pid"] for _ in range(3)]
    other = probe("owner-b", "describe")["pid"]
    again = probe("owner-a", "describe")["pid"]

    assert first == [first[0]] * 3  # reused for its owner
    assert other != first[0]
    assert again == first[0]  # owner-b's child never took owner-a's files, nor the other way round
    assert sorted(idle_pids()) == sorted({first[0], other})


def test_a_warm_child_is_confined_as_a_one_file_child() -> None:
    warm = [probe(7, "describe") for _ in range(2)]
    one_file = run("describe")

    assert warm[0]["pid"] == warm[1]["pid"]
    for described in warm:
        assert described["confinement"] is not None
        if os.geteuid() == 0:  # its own user, whose id follows its pid
            assert described["confinement"]["uid"] not in (None, 0)
        assert {**described["confinement"], "uid": None} == {**one_file["confinement"], "uid": None}
        assert described["group_leader"] and described["cwd"] == described["tempdir"]


def test_child_is_replaced_after_max_files() -> None:
    pids = [probe("owner", "describe", max_files=3)["pid"] for _ in range(7)]

    assert pids[:3] == [pids[0]] * 3 and pids[3:6] == [pids[3]] * 3
    assert len({pids[0], pids[3], pids[6]}) == 3
    assert ended(pids[0]) and ended(pids[3])  # killed when replaced, not left idle


def test_without_an_owner_every_file_gets_a_fresh_child() -> None:
    pids = [probe(None, "describe")["pid"] for _ in range(3)]

    assert len(set(pids)) == 3
    assert warm_pool.idle_children() == 0


def test_cpu_limit_is_rearmed_for_each_file() -> None:
    # RLIMIT_CPU counts a process's whole life: each file must get its own allowance on top of what the
    # child used before it (one file's is ceil(timeout) + 1 s, as for a fresh child).
    files = [probe("owner", "cpu_limit", timeout_s=10.0, spin_s=0.6) for _ in range(3)]

    assert len({one["pid"] for one in files}) == 1
    for one in files:
        assert 10.5 <= one["soft"] - one["used"] <= 12
        assert one["soft"] < one["hard"]
    assert files[2]["soft"] > files[0]["soft"]  # moved on with the CPU the earlier files used


def test_a_file_past_the_wall_clock_limit_kills_the_child_and_the_next_file_reads(cv: str) -> None:
    first = probe("owner", "hold", timeout_s=1.0, seconds=0.1)["pid"]
    with pytest.raises(warm_pool.ChildFailed, match="timeout"):
        probe("owner", "hold", timeout_s=1.0, seconds=5)

    assert ended(first)
    assert probe("owner", "hold", timeout_s=1.0, seconds=0.1)["pid"] != first


def test_memory_limit_hit_kills_the_child_and_the_next_file_reads(tmp_path: Path, cv: str) -> None:
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(flate_bomb_pdf(inflated_bytes=1024**3))
    limits = Limits(timeout_s=10, memory_bytes=BOMB_LIMIT)
    assert extract_cv(cv, limits, owner=1).text == CV_TEXT
    (warm,) = idle_pids()

    with pytest.raises(ExtractionFailed) as failed:
        extract_cv(str(bomb), limits, owner=1)

    assert failed.value.code == "memory_limit"
    assert ended(warm)
    assert extract_cv(cv, limits, owner=1).text == CV_TEXT
    assert idle_pids() not in ([], [warm])


def test_a_slow_file_times_out_in_a_warm_child_as_in_a_fresh_one(tmp_path: Path, cv: str) -> None:
    lines: list[Line | str] = [Line(f"w{i} " * 60, size=4, x=20, y=20 + i * 1.6) for i in range(500)]
    slow = tmp_path / "slow.pdf"
    slow.write_bytes(make_pdf([lines] * 3))
    # ~2.3 s of reading on a busy machine, under 1 s on a quiet one: the timeout is well under both.
    limits = Limits(timeout_s=0.4)
    extract_cv(cv, limits, owner=1)
    started = time.monotonic()

    with pytest.raises(ExtractionFailed) as failed:
        extract_cv(str(slow), limits, owner=1)

    assert failed.value.code == "timeout"
    assert time.monotonic() - started < 2.5
    assert extract_cv(cv, limits, owner=1).text == CV_TEXT


def test_a_typed_failure_replaces_the_child(tmp_path: Path, cv: str) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%%EOF\n")
    extract_cv(cv, owner=1)
    (warm,) = idle_pids()

    with pytest.raises(ExtractionFailed):
        extract_cv(str(broken), owner=1)

    assert ended(warm)
    assert extract_cv(cv, owner=1).text == CV_TEXT


def test_each_file_is_a_fresh_private_copy(tmp_path: Path) -> None:
    sizes = []
    for size in (3000, 10, 700):
        path = tmp_path / f"{size}.bin"
        path.write_bytes(b"x" * size)
        sizes.append(
            warm_pool.run(
                "owner",
                "candidates.tests.sandbox_probes:upload",
                {},
                str(path),
                preload=[],
                timeout_s=10,
                memory_bytes=1024**3,
                max_result_bytes=1 << 20,
                max_files=50,
            )
        )

    assert [got["size"] for got in sizes] == [3000, 10, 700]  # a new copy each time, nothing of the last left
    assert len({got["pid"] for got in sizes}) == 1
    assert all(got["path"] != str(tmp_path) and got["path"].endswith("/input") for got in sizes)
    assert not os.path.exists(sizes[-1]["path"])  # removed once read: no CV copy waits on disk
    assert os.path.basename(os.path.dirname(sizes[-1]["path"])).startswith(f"cvscoring-warm-{os.getpid()}-")


def test_an_idle_child_exits_by_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(warm_pool, "IDLE_S", 1.0)
    pid = probe("owner", "describe")["pid"]

    assert ended(pid, within_s=5)  # the child left after 1 s without a file, holding nothing any longer
    assert probe("owner", "describe")["pid"] != pid  # the pool does not hand out a child past half that


def test_threads_never_share_a_child() -> None:
    with ThreadPoolExecutor(max_workers=4) as pool:
        held = list(pool.map(lambda _: probe("owner", "hold", seconds=0.2), range(12)))

    by_pid: dict[int, list[tuple[float, float]]] = {}
    for one in held:
        by_pid.setdefault(one["pid"], []).append((one["began"], one["ended"]))
    for spans in by_pid.values():
        spans.sort()
        assert all(earlier[1] <= later[0] for earlier, later in itertools.pairwise(spans))
    assert len(by_pid) < 12  # and children were reused


def test_a_forked_process_starts_its_own_pool(cv: str) -> None:
    extract_cv(cv, owner=1)
    (warm,) = idle_pids()
    pid = os.fork()
    if pid == 0:
        try:
            reused = warm in idle_pids()
            os._exit(0 if not reused and extract_cv(cv, owner=1).text == CV_TEXT else 1)
        finally:
            os._exit(2)
    _, status = os.waitpid(pid, 0)

    assert os.waitstatus_to_exitcode(status) == 0
    extract_cv(cv, owner=1)
    assert idle_pids() == [warm]  # the parent's child outlived the fork and still serves the parent


def digest(reading: Any) -> str:
    return hashlib.sha256(repr(dataclasses.astuple(reading)).encode()).hexdigest()


@pytest.mark.slow
@pytest.mark.parametrize("folder", ["cvs", "more-cvs"])
def test_warm_children_read_the_corpus_exactly_as_fresh_ones(folder: str) -> None:
    paths = sorted(
        str(path) for path in (corpus_dir() / folder).iterdir() if path.suffix in (".pdf", ".docx")
    )
    limits = Limits(child_max_files=7)  # a few children, each reading several files

    def outcome(path: str, owner: object) -> str:
        try:  # PDFs through extract_cv: read_cv would send a scan on to OCR, which never uses warm children
            reading = (
                extract_cv(path, limits, owner=owner)
                if path.endswith(".pdf")
                else read_cv(path, limits, owner=owner)
            )
        except ExtractionFailed as exc:
            return exc.code
        return digest(reading)

    assert [outcome(path, "owner") for path in paths] == [outcome(path, None) for path in paths]


@pytest.mark.slow
def test_hostile_files_in_warm_children_end_as_in_fresh_ones_and_never_spoil_the_next(cv: str) -> None:
    for name in sorted(NASTY_OUTCOMES):
        try:
            extract_cv(str(corpus_dir() / "nasty" / name), SWEEP_LIMITS, owner=1)
            outcome = "ok"
        except ExtractionFailed as exc:
            outcome = exc.code
        assert outcome in NASTY_OUTCOMES[name], name
        assert extract_cv(cv, SWEEP_LIMITS, owner=1).text == CV_TEXT, name
