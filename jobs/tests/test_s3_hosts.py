"""Two worker "hosts" share PostgreSQL, Redis and S3 (a local moto server), each with its own local folders.

One job of 10 CVs: the host that takes it dies mid-job (as in a machine crash), the other resumes it from its
heartbeat and scores the rest, reading every CV from the bucket; neither host keeps a file of its own.
"""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path
from typing import Any

import httpx
import pytest

from candidates.models import CV
from candidates.storage import COPY_PREFIX
from candidates.tests.s3server import S3Bucket
from jobs.models import Job
from jobs.tests.faults import assert_all_scored_once, cvs, llm_env, processed, upload_accepted, work_horse_of
from jobs.tests.llm_standin import StandIn
from jobs.tests.workers import poll_until_done, rqworker, wait_for
from personas.tests.factories import make_persona

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

CV_COUNT = 10


def host_env(root: Path, s3: S3Bucket, standin: StandIn) -> dict[str, str]:
    """One machine: its own media and temp folders; the shared services and bucket."""
    (root / "tmp").mkdir(parents=True)
    return {
        **llm_env(standin, SCORING_CONCURRENCY="2", PARSE_CONCURRENCY="2"),
        **s3.env,
        "MEDIA_ROOT": str(root / "media"),
        "TMPDIR": str(root / "tmp"),
        "CVSCORING_VAR_DIR": str(root / "var"),
    }


def has_work_horse(worker: subprocess.Popen[bytes]) -> bool:
    try:
        work_horse_of(worker.pid)
    except AssertionError:
        return False
    return True


def crash(worker: subprocess.Popen[bytes]) -> None:
    """Kill a worker and its work-horse at once, as a machine crash would (the horse has its own session)."""
    horse = work_horse_of(worker.pid)
    os.killpg(worker.pid, signal.SIGKILL)
    os.kill(horse, signal.SIGKILL)
    worker.wait(timeout=10)


def copy_folder(temp_dir: Path, pid: int) -> Path:
    """A local copy as `candidates.storage.local_copy` names it, made by process `pid`."""
    folder = temp_dir / f"{COPY_PREFIX}{pid}-planted"
    folder.mkdir()
    (folder / "cv.pdf").write_bytes(b"%PDF-1.4\n")
    return folder


def dead_pid() -> int:
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


def files_under(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


def test_two_hosts_share_one_job_through_s3_without_local_files(
    s3: S3Bucket, http: httpx.Client, user: Any, standin: StandIn, media: Path, tmp_path: Path
) -> None:
    standin.configure(latency=0.5)
    job_id = upload_accepted(http, str(make_persona(owner=user).pk), cvs(CV_COUNT))
    keys = sorted(f"cvs/{name}" for name in CV.objects.values_list("file", flat=True))
    assert s3.keys() == keys

    hosts = {name: host_env(tmp_path / name, s3, standin) for name in ("a", "b")}
    with (
        rqworker(log_path=tmp_path / "a.log", **hosts["a"]) as a,
        rqworker(log_path=tmp_path / "b.log", **hosts["b"]) as b,
    ):
        wait_for(lambda: processed(job_id) >= 2, timeout_s=90, what="two CVs scored")
        crashed, survivor = ("a", "b") if has_work_horse(a) else ("b", "a")
        crash(a if crashed == "a" else b)
        scored_by_crashed = processed(job_id)
        final = poll_until_done(http, f"/api/v1/jobs/{job_id}/status", timeout_s=90)

    logs = "".join((tmp_path / f"{host}.log").read_text()[-2000:] for host in ("a", "b"))
    assert final["status"] == "completed", logs
    job = Job.objects.get(pk=job_id)
    assert_all_scored_once(job, CV_COUNT)
    assert job.attempts == 2
    assert 2 <= scored_by_crashed < CV_COUNT  # so the survivor scored the remaining CVs
    assert standin.stats()["calls"] <= CV_COUNT + 2  # at most the crashed host's calls in flight again
    assert s3.keys() == keys
    assert not media.exists()
    assert files_under(tmp_path / survivor) == []
    # The crash skipped deleting the copies being parsed and the warm sandbox children's folders (one of each
    # per parsing thread, PARSE_CONCURRENCY=2); the host's next worker deletes them, and leaves alone the
    # copies of live processes (here, this test's).
    leftovers = files_under(tmp_path / crashed)
    assert len([f for f in leftovers if f.parent.name.startswith("cvscoring-cv-")]) <= 2, leftovers
    assert len(leftovers) <= 4, leftovers
    copy_folder(tmp_path / crashed / "tmp", dead_pid())  # an orphan beside the crash's own leftovers
    in_use = copy_folder(tmp_path / crashed / "tmp", os.getpid())
    before = set(files_under(tmp_path / crashed))

    def left() -> set[Path]:
        return {f for f in before if f.exists()}

    with rqworker(log_path=tmp_path / "restart.log", **hosts[crashed]):
        # One sweep removes the copies, then the warm folders: wait for both, not for the planted copy only.
        wait_for(lambda: left() == {in_use / "cv.pdf"}, what="the crashed host's files removed")
    after = set(files_under(tmp_path / crashed))
    # Every leftover of the crash is gone and the live copy kept; what is new is the restarted worker's own
    # warm children's folder (its own process's, which the host's next worker sweeps in turn).
    assert before & after == {in_use / "cv.pdf"}
    assert all(f.parent.name.startswith("cvscoring-warm-") for f in after - before), after - before
