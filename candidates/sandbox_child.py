"""The sandbox child's side: one forked process per call, which confines itself before it reads the file.

It sends its pid (the id of the process group it leads), reads one request, copies the upload into its own
folder, confines itself there (candidates.confine), sets its limits, runs the function and sends back its
JSON result. `applied_confinement` is what confine() could apply, for the sandbox tests' probes.

A request marked "warm" (candidates.warm_pool) makes it a warm child instead: confined and limited the same
way, it then reads one file per request, each handed over as an open descriptor (it can open nothing
outside its folder by then), re-arms the wall and CPU limits per file, answers each with a length-prefixed
reply, and exits after `max_files` files, after `idle_s` without a request, or when its caller goes away.
"""

from __future__ import annotations

import contextlib
import faulthandler
import importlib
import json
import math
import os
import resource
import shutil
import signal
import socket
import struct
import tempfile
import zlib
from typing import Any

from candidates import confine

PID = struct.Struct("!q")  # the first thing a child sends: its pid, which is also its process group's id
REPLY_SIZE = struct.Struct("!Q")  # a warm child's reply: its length, then the JSON
REQUEST_MAX_BYTES = 1 << 20
# In the child's folder: faulthandler's note of a fatal signal. A native library that cannot fail an
# allocation softly (PDFium on a flate bomb) aborts when it meets RLIMIT_AS, so an abort reads as "memory";
# other crashes (PDFium's integrity checks trap, not abort) stay "crashed".
CRASH_LOG = "fatal.log"
# In the crash log, a MemoryError that escaped the child's loop: it ends the process, and reads as "memory".
MEMORY_NOTE = b"MemoryError\n"


def frame(payload: bytes) -> bytes:
    """Prefix a request with its length, as the child reads it."""
    return struct.pack("!I", len(payload)) + payload


applied_confinement: confine.Confinement | None = None  # in the child, what confine() could apply


def child_main(fd: int) -> None:
    status = 0
    try:
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)  # the zygote's handler is not for this process
        os.setsid()  # a new group (and session): one killpg reaches this child and whatever it starts
        conn = socket.socket(fileno=fd)
        conn.settimeout(10.0)
        conn.sendall(PID.pack(os.getpid()))
        request, upload = _read_request(conn)
        if request.get("warm"):
            conn.settimeout(None)
            _serve_files(conn, request, upload)
        else:
            _close(upload)
            _confine(request)
            _note_fatal_signals()
            _note_born_over(int(request["memory_bytes"]))
            _apply_limits(float(request["timeout_s"]), int(request["memory_bytes"]))
            conn.settimeout(None)
            conn.sendall(json.dumps(_call(request["target"], request["kwargs"]), ensure_ascii=False).encode())
    except MemoryError:
        _note_memory()  # outside the file's own call (copying it, replying): still the memory limit
        status = 1
    except BaseException:  # noqa: BLE001 - this process must end here, never return into the zygote loop
        status = 1
    os._exit(status)


def _note_memory() -> None:
    """Write MEMORY_NOTE to the crash log, allocating nothing (the bytes exist, the file is open)."""
    with contextlib.suppress(BaseException):
        if _fatal_log is not None:
            os.write(_fatal_log.fileno(), MEMORY_NOTE)


def _note_born_over(memory_bytes: int) -> None:
    """Note the memory limit before it applies when the child already spans nearly all of it.

    Such a child may die in any allocation, before it can note anything (even a faulthandler line), and a
    death unexplained reads as a crash. The note is read only if the child dies: a result or a typed
    failure it sends back still wins.
    """
    size, _peak = address_space()
    if size is not None and size >= memory_bytes * 0.9:
        _note_memory()


_fatal_log: Any = None  # open until the child exits, for faulthandler


def _note_fatal_signals() -> None:
    global _fatal_log
    with contextlib.suppress(OSError):  # a folder it cannot write to: an abort then reads as a crash
        _fatal_log = open(CRASH_LOG, "w")  # noqa: SIM115 - faulthandler writes to it when the child dies
        faulthandler.enable(file=_fatal_log, all_threads=False)


def _confine(request: dict[str, Any]) -> None:
    global applied_confinement
    workdir = str(request["workdir"])
    if "path" in request["kwargs"]:
        request["kwargs"]["path"] = _private_copy(str(request["kwargs"]["path"]), workdir)
    _enter(workdir)
    applied_confinement = confine.confine(workdir, as_root=os.geteuid() == 0)


def _private_copy(path: str, workdir: str) -> str:
    copy = os.path.join(workdir, "input")
    shutil.copyfile(path, copy)
    return copy


def _enter(workdir: str) -> None:
    os.chdir(workdir)
    for name in ("TMPDIR", "TMP", "TEMP"):
        os.environ[name] = workdir
    tempfile.tempdir = workdir  # tempfile caches its choice: the zygote may have made it already


def _call(target: str, kwargs: dict[str, Any]) -> Any:
    module_name, _, function_name = target.partition(":")
    function = getattr(importlib.import_module(module_name), function_name)
    peak_before = vm_peak_bytes()
    try:
        return function(**kwargs)
    except Exception as exc:  # noqa: BLE001 - any failure on an untrusted file is the file's
        try:
            memory = ran_out_of_memory(exc, peak_before)
        except MemoryError:
            memory = True  # not even the few bytes needed to look: the limit it is
        return {"sandbox_error": "memory" if memory else "crashed"}


def ran_out_of_memory(exc: BaseException, peak_before: int | None) -> bool:
    """Tell whether a call's failure was the memory limit, whatever the library made of it.

    Not every library passes a failed allocation on as MemoryError: zlib raises zlib.error ("insufficient
    memory"), PDFium fails softly and pypdfium2 reports a page it "failed to load", a library may wrap the
    MemoryError in an error of its own. So the failure counts as memory when a MemoryError is in its chain,
    or when this call took the address space to within a tenth of RLIMIT_AS (the allocation that failed
    is never counted in the peak, so a bomb's last straw can fall short of the limit itself).
    """
    seen: BaseException | None = exc
    for _ in range(16):  # a chain is short; a cycle must not hang the child
        if seen is None:
            break
        if isinstance(seen, MemoryError) or "insufficient memory" in str(seen).lower():
            return True
        if isinstance(seen, zlib.error) and str(seen).startswith("Error -4 "):  # Z_MEM_ERROR, message or not
            return True
        seen = seen.__cause__ or seen.__context__
    limit, _hard = resource.getrlimit(resource.RLIMIT_AS)
    if limit == resource.RLIM_INFINITY:
        return False
    size, peak = address_space()  # a MemoryError here (nothing left to read with) answers by itself
    if size is not None and size >= limit * 0.9:
        return True  # at the limit now, whatever this call did: the next allocation fails anyway
    if peak is None or peak == peak_before:
        return False  # this call did not raise the peak: whatever it hit, it was not the limit
    return peak >= limit * 0.9


def vm_peak_bytes() -> int | None:
    """The process's peak address space (VmPeak), or None where /proc does not say (or memory is out)."""
    try:
        return address_space()[1]
    except MemoryError:
        return None


def address_space() -> tuple[int | None, int | None]:
    """The process's address space now and at its peak (VmSize, VmPeak), None where /proc does not say."""
    found: dict[bytes, int] = {}
    try:
        with open("/proc/self/status", "rb") as status:
            for line in status:
                if line.startswith((b"VmPeak:", b"VmSize:")):
                    found[line[:6]] = int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return found.get(b"VmSize"), found.get(b"VmPeak")


def _apply_limits(timeout_s: float, memory_bytes: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    cpu = math.ceil(timeout_s) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    # SIGALRM left at its default action kills the process even while it is stuck inside C code (zlib).
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
    signal.setitimer(signal.ITIMER_REAL, timeout_s)


def _serve_files(conn: socket.socket, request: dict[str, Any], upload: int | None) -> None:
    """A warm child's life: confine once, then one file per request until told nothing more."""
    global applied_confinement
    workdir, timeout_s = str(request["workdir"]), float(request["timeout_s"])
    _enter(workdir)
    applied_confinement = confine.confine(workdir, as_root=os.geteuid() == 0)
    _note_fatal_signals()
    memory = int(request["memory_bytes"])
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    max_files, idle_s = int(request["max_files"]), float(request["idle_s"])
    per_file = math.ceil(timeout_s) + 1
    # RLIMIT_CPU counts the process's whole life: the hard limit bounds all its files, and the soft limit
    # (SIGXCPU, deadly by default) is moved before each file to what it has used plus one file's allowance.
    hard = math.ceil(_cpu_used()) + per_file * max_files + 1
    resource.setrlimit(resource.RLIMIT_CPU, (hard, hard))
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
    for served in range(1, max_files + 1):
        kwargs = dict(request["kwargs"])
        if upload is not None:
            kwargs["path"] = _copy_upload(upload, workdir)
        resource.setrlimit(resource.RLIMIT_CPU, (min(hard, math.ceil(_cpu_used()) + per_file), hard))
        signal.setitimer(signal.ITIMER_REAL, timeout_s)
        reply = json.dumps(_call(request["target"], kwargs), ensure_ascii=False).encode()
        if upload is not None:  # no copy of the upload waits on disk for the next file, or outlives the child
            with contextlib.suppress(OSError):
                os.unlink(kwargs["path"])
        conn.sendall(REPLY_SIZE.pack(len(reply)) + reply)
        signal.setitimer(signal.ITIMER_REAL, 0)
        if served == max_files:
            return
        conn.settimeout(idle_s)
        try:
            request, upload = _read_request(conn)
        except (TimeoutError, EOFError):
            return  # idle too long (it would hold the last file's text in freed memory), or the caller left
        conn.settimeout(None)


def _cpu_used() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _copy_upload(upload: int, workdir: str) -> str:
    copy = os.path.join(workdir, "input")
    os.lseek(upload, 0, os.SEEK_SET)  # the offset is shared with the caller's descriptor, and a retry's
    with os.fdopen(upload, "rb") as source, open(copy, "wb") as target:
        shutil.copyfileobj(source, target)
    return copy


def _close(fd: int | None) -> None:
    if fd is not None:
        os.close(fd)


def _read_request(conn: socket.socket) -> tuple[dict[str, Any], int | None]:
    """One request, and the descriptor of the upload when one came with it (warm children only)."""
    head, fds, _flags, _addr = socket.recv_fds(conn, 4, 1)
    if not head:
        raise EOFError("caller went away")
    for extra in fds[1:]:
        os.close(extra)
    head += _read_exactly(conn, 4 - len(head))
    (size,) = struct.unpack("!I", head)
    if size > REQUEST_MAX_BYTES:
        raise ValueError("request too large")
    return json.loads(_read_exactly(conn, size)), fds[0] if fds else None


def _read_exactly(conn: socket.socket, size: int) -> bytes:
    data = bytearray()
    while len(data) < size:
        chunk = conn.recv(size - len(data))
        if not chunk:
            raise EOFError("caller went away")
        data += chunk
    return bytes(data)
