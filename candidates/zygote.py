"""The sandbox's zygote: a single-threaded interpreter that has imported the readers once and forks one
child per request (candidates.pdf_child explains why this shape)."""

from __future__ import annotations

import contextlib
import gc
import importlib
import os
import select
import signal
import socket
from typing import Any

from candidates import confine
from candidates.sandbox_child import child_main


def serve(control_fd: int, preload: list[str]) -> None:
    """Zygote main loop: fork one child per received socket until every client has gone.

    `preload` names modules to import, or `module:function` to import and call: a warm-up whose one-time
    work (lazy library set-up, caches, pages touched) every child then inherits instead of repeating.
    """
    for name in preload:
        module_name, _, function_name = name.partition(":")
        module = importlib.import_module(module_name)
        if function_name:
            getattr(module, function_name)()
    confine.prepare()
    # Children never free what the zygote allocated: keep the collector off those objects, which saves
    # each child from walking (and so copying) every preloaded page of memory.
    gc.freeze()
    # Child exits are handled in this loop, never inside a signal handler (which may run nested): the
    # handler does nothing, the wakeup fd wakes the loop.
    wakeup, wakeup_write = os.pipe()
    os.set_blocking(wakeup, False)
    os.set_blocking(wakeup_write, False)
    signal.set_wakeup_fd(wakeup_write)
    signal.signal(signal.SIGCHLD, _ignore)
    # Orphans of a killed child (its tesseract) come back to this process to be reaped, not to init, which
    # in a container may be a process that never reaps.
    confine.become_subreaper()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C goes to the whole group; the owner decides
    control = socket.socket(fileno=control_fd)
    while True:
        readable, _, _ = select.select([control_fd, wakeup], [], [])
        if wakeup in readable:
            os.read(wakeup, 4096)
            _end_finished_groups()
        if control_fd in readable:
            msg, fds, _flags, _addr = socket.recv_fds(control, 16, 1)
            if not msg and not fds:
                return  # every process holding the other end has exited
            for fd in fds:
                _fork_child(control, fd, (wakeup, wakeup_write))


def _ignore(*_signal: Any) -> None:
    pass


def _end_finished_groups() -> None:
    """Kill what each ended child left behind in its process group, then reap the child."""
    while True:
        try:
            ended = os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOHANG | os.WNOWAIT)
        except ChildProcessError:
            return
        if ended is None:
            return
        # Not reaped yet, the child keeps its pid, which is also its group's id: no other group can have it.
        with contextlib.suppress(ProcessLookupError):  # nothing left in the group, or no group of its own
            os.killpg(ended.si_pid, signal.SIGKILL)
        os.waitpid(ended.si_pid, 0)


def _fork_child(control: socket.socket, fd: int, wakeup: tuple[int, int]) -> None:
    try:
        pid = os.fork()
    except OSError:
        pid = -1  # the caller sees its socket close without a pid and reports the sandbox unavailable
    if pid == 0:
        control.close()
        signal.set_wakeup_fd(-1)
        for end in wakeup:
            os.close(end)
        child_main(fd)
    os.close(fd)
