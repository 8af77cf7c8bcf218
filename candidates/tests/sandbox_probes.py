"""Functions the sandbox tests run inside the sandbox worker, to see what it can and cannot do."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import resource
import signal
import socket
import subprocess
import tempfile
import time
import zlib
from typing import Any

from candidates import sandbox_child


def describe() -> dict[str, Any]:
    confinement = sandbox_child.applied_confinement
    return {
        "confinement": dataclasses.asdict(confinement) if confinement else None,
        "pid": os.getpid(),
        "uid": os.getuid(),
        "cwd": os.getcwd(),
        "tempdir": tempfile.gettempdir(),
        "group_leader": os.getpgid(0) == os.getpid(),
    }


def connect(host: str, port: int) -> str:
    try:
        socket.create_connection((host, port), timeout=2).close()
    except OSError as exc:
        return type(exc).__name__
    return "connected"


def write(paths: list[str]) -> dict[str, str]:
    outcomes = {}
    for path in paths:
        try:
            with open(path, "w") as fp:
                fp.write("written from the sandbox")
            outcomes[path] = "written"
        except OSError as exc:
            outcomes[path] = type(exc).__name__
    return outcomes


def read(path: str) -> dict[str, Any]:
    with open(path, "rb") as fp:
        return {"path": path, "data": fp.read().decode()}


def fork_bomb(attempts: int) -> list[int]:
    """Fork until the kernel refuses; each child waits to be killed. Return the children's pids."""
    children = []
    for _ in range(attempts):
        try:
            pid = os.fork()
        except OSError:
            break
        if pid == 0:
            signal.pause()
            os._exit(0)
        children.append(pid)
    return children


def spawn(marker: str) -> int:
    """Start a long `sleep` and return at once, leaving it behind."""
    return subprocess.Popen(["sleep", marker]).pid


def spawn_and_hang(marker: str) -> None:
    subprocess.Popen(["sleep", marker])
    time.sleep(3600)


def cpu_limit(spin_s: float) -> dict[str, float]:
    """The CPU limit this file was given and the CPU used before it; then burn `spin_s` seconds of CPU."""
    used = time.process_time()
    soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    while time.process_time() - used < spin_s:
        pass
    return {"pid": os.getpid(), "soft": soft, "hard": hard, "used": used}


def hold(seconds: float) -> dict[str, float]:
    """Stay busy for `seconds`; say which process, and when (CLOCK_MONOTONIC is the same in every process)."""
    began = time.monotonic()
    time.sleep(seconds)
    return {"pid": os.getpid(), "began": began, "ended": time.monotonic()}


def upload(path: str) -> dict[str, Any]:
    """What a warm child received as its upload: its private copy's path and bytes' size."""
    return {"pid": os.getpid(), "path": path, "size": os.path.getsize(path)}


def fill_then_fail(message: str, fill: bool, zlib_error: bool = False) -> None:
    """Fail as a library that meets the memory limit softly does: fill the address space (when `fill`)
    until an allocation fails, let go of it, then raise an error that is not MemoryError."""
    held: list[bytearray] = []
    with contextlib.suppress(MemoryError):
        while fill:
            held.append(bytearray(8 * 1024**2))
    held.clear()
    raise (zlib.error if zlib_error else RuntimeError)(message)


def wrapped_memory_error() -> None:
    """A MemoryError that a library turned into an error of its own."""
    try:
        raise MemoryError
    except MemoryError as exc:
        raise ValueError("could not decode the stream") from exc
