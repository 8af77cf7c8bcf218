"""Warm sandbox children that read several files of one owner each: no fork and confinement per file, and
none of a fresh process's first-parse page faults after its first file (issue 13).

Why one owner only: a reused process keeps an earlier file's text in freed memory (neither pymalloc nor
PDFium clears what it frees), so a memory-disclosure bug in PDFium, hit by a crafted PDF, could return an
earlier file's text in this file's extraction. Between files of one owner that shows the owner nothing they
did not upload; between owners it would leak another user's CV. So children are pooled by owner (and by the
limits and preload they were started with), and a child

- is confined and limited exactly as a one-file child (candidates.sandbox_child, "warm" request); the wall
  clock alarm and the CPU limit are re-armed for each file, the memory limit holds for each file;
- is replaced after `max_files` files, and after any failure (a file's typed failure too), timeout, limit
  hit or unexpected reply: only a child whose every file read cleanly is reused;
- exits by itself after IDLE_S without a request, and is killed by the pool after half of that (so a
  request never races the child's own exit) and when this process exits (the child also ends when its
  socket closes, e.g. when an RQ work-horse ends with os._exit).

A file that fails as "memory" or "crashed" in a reused child is read again in a fresh child, whose outcome is
the one reported: a reused heap is fuller than a fresh one, and a file's outcome must not depend on the files
read before it. Timeouts are not retried (that would double the wait). A child taken from the pool belongs to
one caller thread until it is given back: never two files at once.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import shutil
import signal
import socket
import tempfile
import threading
import time
from dataclasses import dataclass
from typing import Any

from candidates import pdf_child
from candidates.pdf_child import ChildFailed, SandboxUnavailable
from candidates.sandbox_child import PID, REPLY_SIZE, frame

# A child's folder, named after the process that made it: a work-horse ends with os._exit (no clean-up),
# and candidates.storage.remove_orphaned_copies removes the folders of processes that have gone.
WORKDIR_PREFIX = "cvscoring-warm-"
IDLE_S = 20.0  # a child waiting longer than this for its owner's next file exits
MAX_IDLE_CHILDREN = max(4, 2 * (os.cpu_count() or 1))  # across owners; the longest idle goes first
_SEND_TIMEOUT_S = 10.0


@dataclass
class _Child:
    conn: socket.socket
    workdir: str
    pid: int = 0  # known from its first reply
    pidfd: int = -1  # to kill exactly this process later, even after its pid could have been reused
    files: int = 0
    idle_since: float = 0.0


# owner, target, timeout, memory, max files, preload: what a child was started with
_Key = tuple[str, str, float, int, int, tuple[str, ...]]

_lock = threading.Lock()
_idle: dict[_Key, list[_Child]] = {}


def _forget_after_fork() -> None:
    # A forked process (an RQ work-horse) must not talk to its parent's children: it closes its copies of
    # their sockets, which leaves them to the parent, and starts its own pool.
    global _lock, _idle
    for children in _idle.values():
        for child in children:
            child.conn.close()
            if child.pidfd >= 0:
                os.close(child.pidfd)
    _lock, _idle = threading.Lock(), {}


os.register_at_fork(after_in_child=_forget_after_fork)


def run(
    owner: object,
    target: str,
    kwargs: dict[str, Any],
    path: str | None,
    *,
    preload: list[str],
    timeout_s: float,
    memory_bytes: int,
    max_result_bytes: int,
    max_files: int,
) -> Any:
    """Call `module:function(path=<private copy of path>, **kwargs)` in a warm child of `owner`'s.

    The same contract as pdf_child.run_in_child: the JSON-decoded result, ChildFailed or SandboxUnavailable.
    Without an owner (or with `max_files` under 2) a fresh child reads the file alone, as pdf_child does.
    """
    if owner is None or max_files < 2:
        one_file = kwargs if path is None else {"path": os.path.abspath(path), **kwargs}
        return pdf_child.run_in_child(
            target, one_file, preload=preload, timeout_s=timeout_s, memory_bytes=memory_bytes,
            max_result_bytes=max_result_bytes,
        )  # fmt: skip
    key = (str(owner), target, timeout_s, memory_bytes, max_files, tuple(preload))
    upload = os.open(path, os.O_RDONLY | os.O_CLOEXEC) if path is not None else None
    try:
        child = _take(key)
        if child is not None:
            try:
                return _read_in(child, key, kwargs, upload, max_result_bytes)
            except ChildFailed as exc:
                if exc.reason == "timeout":
                    raise
        return _read_in(_start(preload), key, kwargs, upload, max_result_bytes)
    finally:
        if upload is not None:
            os.close(upload)


def _read_in(child: _Child, key: _Key, kwargs: dict[str, Any], upload: int | None, max_bytes: int) -> Any:
    """One file in `child`, which goes back to the pool only when it answered cleanly."""
    _owner, target, timeout_s, memory_bytes, max_files, _preload = key
    request: dict[str, Any] = {"target": target, "kwargs": kwargs}
    if child.files == 0:
        request |= {
            "warm": True, "workdir": child.workdir, "timeout_s": timeout_s, "memory_bytes": memory_bytes,
            "max_files": max_files, "idle_s": IDLE_S,
        }  # fmt: skip
    clean = False
    child.files += 1
    try:
        result = _exchange(child, request, upload, timeout_s, max_bytes)
        clean = isinstance(result, dict) and "error" not in result and "sandbox_error" not in result
    finally:
        if clean and child.files < max_files:
            _give_back(key, child)
        else:
            _discard(child)
    if isinstance(result, dict) and "sandbox_error" in result:
        raise ChildFailed(str(result["sandbox_error"]))
    return result


def _exchange(
    child: _Child, request: dict[str, Any], upload: int | None, timeout_s: float, max_bytes: int
) -> Any:
    started = time.monotonic()
    deadline = started + timeout_s + pdf_child.GRACE_S
    payload = frame(json.dumps(request).encode())
    child.conn.settimeout(_SEND_TIMEOUT_S)
    with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # no child: the reads below say so
        socket.send_fds(child.conn, [payload], [upload] if upload is not None else [])
    if not child.pid:
        head = _read_exactly(child, PID.size, deadline)
        if head is None:
            raise SandboxUnavailable("the PDF sandbox could not start a child process")
        child.pid = PID.unpack(head)[0]
        with contextlib.suppress(OSError):  # the child has not exited: it still holds its socket
            child.pidfd = os.pidfd_open(child.pid)
    size = _read_exactly(child, REPLY_SIZE.size, deadline)
    if size is None:
        raise _ended(child, started, timeout_s)
    (length,) = REPLY_SIZE.unpack(size)
    if length > max_bytes:
        _kill_group(child)
        raise ChildFailed("crashed")
    body = _read_exactly(child, length, deadline)
    if body is None:
        raise _ended(child, started, timeout_s)
    try:
        return json.loads(body)
    except ValueError:
        raise ChildFailed("crashed") from None


def _ended(child: _Child, started: float, timeout_s: float) -> ChildFailed:
    """The failure of a child whose socket closed before its whole reply came: labelled as pdf_child does."""
    if time.monotonic() - started >= timeout_s:
        return ChildFailed("timeout")
    return ChildFailed("memory" if pdf_child.aborted(child.workdir) else "crashed")


def _read_exactly(child: _Child, size: int, deadline: float) -> bytes | None:
    """`size` bytes from the child, or None when its socket closed first; past `deadline` kill it."""
    data = bytearray()
    while len(data) < size:
        remaining = deadline - time.monotonic()
        chunk = _recv(child.conn, size - len(data), remaining) if remaining > 0 else None
        if chunk is None:
            _kill_group(child)
            raise ChildFailed("timeout")
        if not chunk:
            return None
        data += chunk
    return bytes(data)


def _recv(conn: socket.socket, size: int, timeout_s: float) -> bytes | None:
    conn.settimeout(timeout_s)
    try:
        return conn.recv(min(size, 1 << 20))
    except TimeoutError:
        return None
    except ConnectionResetError:
        return b""


def _kill_group(child: _Child) -> None:
    # The child still holds its socket (no end of file was read), so its pid is still its group's id.
    if child.pid:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(child.pid, signal.SIGKILL)


def _start(preload: list[str]) -> _Child:
    workdir = tempfile.mkdtemp(prefix=f"{WORKDIR_PREFIX}{os.getpid()}-")
    mine, theirs = socket.socketpair()
    try:
        pdf_child.hand_to_zygote(theirs, preload)
    except BaseException:
        mine.close()
        shutil.rmtree(workdir, ignore_errors=True)
        raise
    finally:
        theirs.close()
    return _Child(conn=mine, workdir=workdir)


def _take(key: _Key) -> _Child | None:
    stale = []
    with _lock:
        now = time.monotonic()
        for children in _idle.values():
            stale += [child for child in children if now - child.idle_since > IDLE_S / 2]
            children[:] = [child for child in children if now - child.idle_since <= IDLE_S / 2]
        owners = _idle.get(key)
        child = owners.pop() if owners else None
    for old in stale:
        _discard(old)
    return child


def _give_back(key: _Key, child: _Child) -> None:
    child.idle_since = time.monotonic()
    with _lock:
        _idle.setdefault(key, []).append(child)
        everyone = [(each.idle_since, each_key, each) for each_key, group in _idle.items() for each in group]
        excess = sorted(everyone, key=lambda entry: entry[0])[: max(0, len(everyone) - MAX_IDLE_CHILDREN)]
        for _since, each_key, each in excess:
            _idle[each_key].remove(each)
    for _since, _key, each in excess:
        _discard(each)


def _discard(child: _Child) -> None:
    """End a child: killed through its pidfd (the exact process, even if it exited already), socket closed."""
    if child.pidfd >= 0:
        with contextlib.suppress(OSError):
            signal.pidfd_send_signal(child.pidfd, signal.SIGKILL)
        os.close(child.pidfd)
        child.pidfd = -1
    child.conn.close()
    # Its group is killed and reaped by the zygote; nothing is left that would write in its folder.
    shutil.rmtree(child.workdir, ignore_errors=True)


def idle_children() -> int:
    """How many warm children wait for a file (for tests and diagnostics)."""
    with _lock:
        return sum(len(children) for children in _idle.values())


@atexit.register
def stop() -> None:
    """Kill every idle warm child (at worker shutdown; registered after pdf_child's, so it runs first)."""
    with _lock:
        children = [child for group in _idle.values() for child in group]
        _idle.clear()
    for child in children:
        _discard(child)
