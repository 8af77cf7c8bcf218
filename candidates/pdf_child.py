"""Run a function on an untrusted file in a throwaway child process with memory, CPU and wall-clock limits.

Why a zygote (a long-lived helper that forks one child per call) rather than the alternatives, measured on
the 2-core dev box with Python 3.11:

- `python -m ...` per file: ~150 ms of interpreter start plus ~300 ms of pdfminer imports, per CV.
- `multiprocessing` "forkserver": 9-18 ms per call, but Python 3.11 never preloads `__main__` (the forkserver
  is only given `sys_path`), so every child re-runs the caller's main script: 1.3-2 s per call when that
  script imports anthropic. A forkserver started in the rqworker parent also breaks in the work-horse, whose
  `ensure_running()` calls `waitpid()` on a process that is not its child.
- `os.fork()` of the caller: ~9 ms from a 250 MB, 9-thread process, but forking a multi-threaded process can
  deadlock the child on a lock another thread held, and `RLIMIT_AS` would have to count the caller's whole
  address space (thread stacks, malloc arenas) instead of the parser's.
- This zygote (`candidates.zygote`): a fresh single-threaded interpreter that has imported the parser once,
  forks a small clean child (`candidates.sandbox_child`) per call (~2 ms round trip), and is reached through
  an anonymous socket pair, so RQ work-horses forked from the worker that started it share it without any
  pid bookkeeping.

Each request travels as one SOCK_SEQPACKET record carrying one end of a fresh socket pair; the child talks to
the caller over that pair only, so concurrent callers (threads, or forked processes) never share a stream.
Results come back as JSON, never pickle: the child has parsed hostile input and must not be able to make the
caller run code.

Each child leads a process group of its own. It copies the upload into a private folder (made and removed by
the caller), confines itself there (candidates.confine: own user, no network, writes only there), sets its
limits and runs the function. When a child ends, by itself or by its alarm, the zygote kills its group
before reaping it (the unreaped child's pid keeps the group id from being reused), so nothing it started
(tesseract, a fork bomb) outlives the call; at its own deadline the caller kills the same group, whose
leader still holds the socket open and so is alive.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from typing import Any

from candidates.sandbox_child import CRASH_LOG, MEMORY_NOTE, PID, frame

_CONTROL_SEND_TIMEOUT_S = 10.0
GRACE_S = 1.0  # the child's own alarm normally fires first; this only covers a child that cannot die


class ChildFailed(Exception):
    """The child produced no result: `reason` is "timeout", "memory" (an abort too) or "crashed"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class SandboxUnavailable(RuntimeError):
    """The zygote could not be started or could not fork: an infrastructure fault, not a bad file."""


@dataclass
class _Zygote:
    control: socket.socket
    process: subprocess.Popen[bytes]
    owner_pid: int


_lock = threading.Lock()
_zygote: _Zygote | None = None


def _reset_lock_after_fork() -> None:
    # A thread of the parent may have held the lock at fork time; the child must not inherit it locked.
    global _lock
    _lock = threading.Lock()


os.register_at_fork(after_in_child=_reset_lock_after_fork)


def start(preload: list[str]) -> None:
    """Start the zygote now (if not running) so the first call does not pay for the imports."""
    with _lock:
        _running_zygote(preload)


def run_in_child(
    target: str,
    kwargs: dict[str, Any],
    *,
    preload: list[str],
    timeout_s: float,
    memory_bytes: int,
    max_result_bytes: int,
) -> Any:
    """Call `module:function(**kwargs)` in a fresh child and return its JSON-decoded result.

    `kwargs["path"]`, when present, names the untrusted file: the child reads it before giving up its
    privileges and the function receives a private copy in the child's own folder instead.
    """
    workdir = tempfile.mkdtemp(prefix="cvscoring-sandbox-")
    try:
        mine, theirs = socket.socketpair()
        with mine:
            try:
                hand_to_zygote(theirs, preload)
            finally:
                theirs.close()
            request = {
                "target": target, "kwargs": kwargs, "timeout_s": timeout_s, "memory_bytes": memory_bytes,
                "workdir": workdir,
            }  # fmt: skip
            started = time.monotonic()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # no child: reported just below
                mine.sendall(frame(json.dumps(request).encode()))
            try:
                result = _await_result(mine, started, timeout_s, max_result_bytes)
            except ChildFailed as exc:
                if exc.reason == "crashed" and aborted(workdir):
                    raise ChildFailed("memory") from None
                raise
    finally:
        shutil.rmtree(workdir, ignore_errors=True)  # the child's group is dead by now: nothing writes there
    if isinstance(result, dict) and "sandbox_error" in result:
        raise ChildFailed(str(result["sandbox_error"]))
    return result


def aborted(workdir: str) -> bool:
    """Tell whether the child that worked in `workdir` noted an abort (PDFium meeting RLIMIT_AS) or a
    MemoryError that ended it."""
    try:
        with open(os.path.join(workdir, CRASH_LOG), "rb") as log:
            note = log.read(4096)
            return b"Fatal Python error: Aborted" in note or note.startswith(MEMORY_NOTE)
    except OSError:
        return False  # no note: the child could not write one, or died another way


def hand_to_zygote(theirs: socket.socket, preload: list[str]) -> None:
    """Have the zygote fork a child that talks over `theirs` (starting the zygote if need be)."""
    with _lock:
        for attempt in range(2):
            zygote = _running_zygote(preload)
            try:
                socket.send_fds(zygote.control, [b"x"], [theirs.fileno()])
                return
            except OSError:
                _discard(zygote)
                if attempt:
                    raise SandboxUnavailable("the PDF sandbox process is not answering") from None


def _running_zygote(preload: list[str]) -> _Zygote:
    global _zygote
    if _zygote is None:
        ours, child_end = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        code = (
            f"import sys; sys.path[:] = {sys.path!r}; "
            f"from candidates.zygote import serve; serve({child_end.fileno()}, {preload!r})"
        )
        try:
            process = subprocess.Popen(
                [sys.executable, "-c", code],
                pass_fds=[child_end.fileno()],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
            )
        except OSError as exc:
            ours.close()
            raise SandboxUnavailable("cannot start the PDF sandbox process") from exc
        finally:
            child_end.close()
        ours.settimeout(_CONTROL_SEND_TIMEOUT_S)
        _zygote = _Zygote(control=ours, process=process, owner_pid=os.getpid())
    return _zygote


def _discard(zygote: _Zygote) -> None:
    global _zygote
    _zygote = None
    zygote.control.close()
    if zygote.owner_pid == os.getpid():  # only the starter may reap it; a forked work-horse just forgets it
        zygote.process.kill()
        zygote.process.wait()


@atexit.register
def _stop() -> None:
    # Closing our end makes the zygote leave its loop; waiting reaps it so it never lingers as a zombie.
    zygote = _zygote
    if zygote is not None and zygote.owner_pid == os.getpid():
        zygote.control.close()
        try:
            zygote.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            zygote.process.kill()


def _await_result(conn: socket.socket, started: float, timeout_s: float, max_result_bytes: int) -> Any:
    received = bytearray()
    deadline = started + timeout_s + GRACE_S
    while True:
        remaining = deadline - time.monotonic()
        chunk = _recv(conn, remaining) if remaining > 0 else None
        if chunk is None:
            _kill(received)
            raise ChildFailed("timeout")
        if not chunk:
            break
        received += chunk
        if len(received) > PID.size + max_result_bytes:
            _kill(received)
            raise ChildFailed("crashed")
    if len(received) < PID.size:
        raise SandboxUnavailable("the PDF sandbox could not start a child process")
    try:
        return json.loads(bytes(received[PID.size :]))
    except ValueError:  # cut short: killed by its own alarm, or died
        raise ChildFailed("timeout" if time.monotonic() - started >= timeout_s else "crashed") from None


def _recv(conn: socket.socket, timeout_s: float) -> bytes | None:
    conn.settimeout(timeout_s)
    try:
        return conn.recv(1 << 16)
    except TimeoutError:
        return None
    except ConnectionResetError:  # the child died before reading all we sent: the same as its end closing
        return b""


def _kill(received: bytearray) -> None:
    if len(received) >= PID.size:
        # The child still holds its end of the socket, so it has not exited: its pid is still the id of
        # its process group, which holds anything it started.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(PID.unpack_from(received)[0], signal.SIGKILL)
