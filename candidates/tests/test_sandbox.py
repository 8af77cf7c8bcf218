"""Tests for the sandbox (candidates/pdf_child.py, zygote.py, sandbox_child.py, confine.py): group kill, own
user, process cap, no network, writes only in the worker's own folder, and the fallbacks where the kernel
refuses a measure."""

from __future__ import annotations

import json
import os
import platform
import select
import shutil
import signal
import socket
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import pytest

from candidates import confine, pdf_child
from candidates.tests.sandbox_probes import fork_bomb

AS_ROOT = os.geteuid() == 0
REDIS = ("127.0.0.1", 6379)
UNSHARE = {"x86_64": 272, "aarch64": 97}
UNPRIVILEGED = 54321  # a uid with no account and no files
ZLIB_MEM_ERROR = "Error -4 while decompressing data"  # Z_MEM_ERROR, as CPython words it with no detail


def run(probe: str, timeout_s: float = 10.0, **kwargs: Any) -> Any:
    return pdf_child.run_in_child(
        f"candidates.tests.sandbox_probes:{probe}",
        kwargs,
        preload=["candidates.readers"],
        timeout_s=timeout_s,
        memory_bytes=1024**3,
        max_result_bytes=1 << 20,
    )


def ended(pid: int, within_s: float = 5.0) -> bool:
    """Tell whether process `pid` has ended, waiting for its exit (not polling) up to `within_s`."""
    try:
        pidfd = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    try:
        readable, _, _ = select.select([pidfd], [], [], within_s)
        return bool(readable)
    finally:
        os.close(pidfd)


def processes_running(marker: str) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and marker.encode() in (entry / "cmdline").read_bytes():
                pids.append(int(entry.name))
        except OSError:
            continue  # ended while we looked
    return pids


def test_worker_runs_in_its_own_folder_group_and_confinement() -> None:
    seen = run("describe")

    assert seen["cwd"] == seen["tempdir"]
    assert Path(seen["cwd"]).name.startswith("cvscoring-sandbox-")
    assert not Path(seen["cwd"]).exists()  # removed once the call is over
    assert seen["group_leader"] is True
    assert seen["confinement"]["network_namespace"] is True
    assert seen["confinement"]["seccomp"] is True
    assert seen["confinement"]["landlock_abi"] >= 1


@pytest.mark.skipif(not AS_ROOT, reason="only a root caller can switch the worker to another user")
def test_worker_started_by_root_runs_as_a_user_of_its_own() -> None:
    seen = run("describe")

    assert seen["uid"] == confine.SANDBOX_UID_BASE + seen["pid"]
    assert seen["confinement"]["uid"] == seen["uid"]


def test_worker_reads_an_upload_only_its_owner_may_read(tmp_path: Path) -> None:
    upload = tmp_path / "cv.txt"
    upload.write_text("Jane Candidate")
    upload.chmod(0o600)
    tmp_path.chmod(0o700)

    seen = run("read", path=str(upload))

    assert seen["data"] == "Jane Candidate"
    assert seen["path"] != str(upload)  # a private copy in the worker's folder
    assert Path(seen["path"]).name == "input"


def test_worker_cannot_reach_the_network() -> None:
    with socket.create_connection(REDIS, timeout=2):
        pass  # the port is open to this process: the refusal below is the sandbox's

    assert run("connect", host=REDIS[0], port=REDIS[1]) == "PermissionError"


def test_worker_cannot_write_outside_its_folder(tmp_path: Path) -> None:
    tmp_path.chmod(0o777)  # open to every user: only the sandbox can refuse
    outside = [str(tmp_path / "escaped"), os.path.join(tempfile.gettempdir(), f"escaped-{uuid.uuid4().hex}")]

    outcomes = run("write", paths=[*outside, "inside"])

    assert outcomes == {outside[0]: "PermissionError", outside[1]: "PermissionError", "inside": "written"}
    assert [path for path in outside if os.path.exists(path)] == []


def test_fork_bomb_is_capped_and_its_children_killed() -> None:
    if run("describe")["confinement"]["process_cap"] is None:
        pytest.skip("no process cap here: neither root nor allowed a user namespace")

    children = run("fork_bomb", attempts=500)

    assert 0 < len(children) < confine.NPROC_OWN_USER
    assert [pid for pid in children if not ended(pid)] == []


@pytest.mark.skipif(not AS_ROOT, reason="a root caller makes the unprivileged process for this test")
def test_unprivileged_worker_is_capped_apart_from_its_users_other_processes() -> None:
    elsewhere = [_sleeper_of(UNPRIVILEGED) for _ in range(confine.NPROC_OWN_USER)]  # outside the sandbox
    workdir = tempfile.mkdtemp()  # where that user can reach it: not under root's private pytest folder
    try:
        report = _in_forked_process(_unprivileged_fork_bomb, workdir, UNPRIVILEGED)
    finally:
        shutil.rmtree(workdir)
        for pid in elsewhere:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)

    assert "error" not in report, report["error"]
    assert report["process_cap"] == confine.NPROC_OWN_USER
    assert 0 < report["forked"] < confine.NPROC_OWN_USER


def test_processes_the_worker_leaves_behind_are_killed_with_its_group() -> None:
    sleeper = run("spawn", marker="987.001")

    assert ended(sleeper)


def test_timeout_kills_the_worker_and_everything_it_started() -> None:
    marker = "987.002"
    started = time.monotonic()

    with pytest.raises(pdf_child.ChildFailed) as failed:
        run("spawn_and_hang", timeout_s=1.0, marker=marker)

    assert failed.value.reason == "timeout"  # not "crashed": the sleeper had started before the hang
    assert time.monotonic() - started < 3.0
    assert [pid for pid in processes_running(marker) if not ended(pid)] == []


@pytest.mark.parametrize(
    ("probe", "kwargs", "reason"),
    [
        # A library that fails softly at the limit (pypdfium2's "failed to load page"): memory, by the peak.
        ("fill_then_fail", {"message": "Failed to load page.", "fill": True}, "memory"),
        # The same error with memory to spare is the file's own fault.
        ("fill_then_fail", {"message": "Failed to load page.", "fill": False}, "crashed"),
        # zlib's Z_MEM_ERROR, and a MemoryError wrapped by a library, name their cause.
        ("fill_then_fail", {"message": ZLIB_MEM_ERROR, "fill": False, "zlib_error": True}, "memory"),
        ("wrapped_memory_error", {}, "memory"),
    ],
)  # fmt: skip
def test_a_failure_at_the_memory_limit_is_memory_whatever_the_library_raised(
    probe: str, kwargs: dict[str, Any], reason: str
) -> None:
    with pytest.raises(pdf_child.ChildFailed) as failed:
        pdf_child.run_in_child(
            f"candidates.tests.sandbox_probes:{probe}",
            kwargs,
            preload=["candidates.readers"],
            timeout_s=10.0,
            memory_bytes=512 * 1024**2,
            max_result_bytes=1 << 20,
        )

    assert failed.value.reason == reason


def test_a_child_born_over_its_memory_limit_fails_as_memory_not_as_a_crash() -> None:
    # A limit under the child's own address space (~180 MB): any allocation may fail, even the few bytes
    # read to judge the failure or the reply's; each such end reads as memory.
    for _ in range(3):
        with pytest.raises(pdf_child.ChildFailed) as failed:
            pdf_child.run_in_child(
                "candidates.tests.sandbox_probes:fill_then_fail",
                {"message": "Failed to load page.", "fill": True},
                preload=["candidates.readers"],
                timeout_s=10.0,
                memory_bytes=64 * 1024**2,
                max_result_bytes=1 << 20,
            )
        assert failed.value.reason == "memory"


@pytest.mark.skipif(platform.machine() not in UNSHARE, reason="seccomp filter numbers for x86_64 and aarch64")
def test_where_namespaces_are_refused_the_worker_is_still_confined(tmp_path: Path) -> None:
    """As in a container whose seccomp profile refuses unshare(2): no namespace, but no socket either."""
    report = _in_forked_process(_confine_without_unshare, str(tmp_path))

    assert "error" not in report
    assert report["network_namespace"] is False
    assert report["seccomp"] is True
    assert report["socket"] == "PermissionError"


def _confine_without_unshare(workdir: str) -> dict[str, Any]:
    confine.forbid((UNSHARE[platform.machine()],))
    report: dict[str, Any] = vars(confine.confine(workdir, as_root=AS_ROOT))
    try:
        socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()
        report["socket"] = "created"
    except OSError as exc:
        report["socket"] = type(exc).__name__
    return report


def _in_forked_process(function: Any, *args: Any) -> dict[str, Any]:
    """Run `function(*args)` in a forked process (confinement is irreversible) and return its report."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(reader)
        try:
            report = function(*args)
        except BaseException as exc:  # noqa: BLE001 - reported to the parent, which fails the test
            report = {"error": repr(exc)}
        os.write(writer, json.dumps(report).encode())
        os._exit(0)
    os.close(writer)
    # One read, not until EOF: processes the child forked may still hold the pipe open.
    report = json.loads(os.read(reader, 1 << 16))
    os.close(reader)
    os.waitpid(pid, 0)
    return report


def _sleeper_of(uid: int) -> int:
    pid = os.fork()
    if pid == 0:
        os.setresuid(uid, uid, uid)
        signal.pause()
        os._exit(0)
    return pid


def _unprivileged_fork_bomb(workdir: str, uid: int) -> dict[str, Any]:
    os.chown(workdir, uid, uid)
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)
    report: dict[str, Any] = vars(confine.confine(workdir, as_root=False))
    children = fork_bomb(500)
    for pid in children:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    report["forked"] = len(children)
    return report
