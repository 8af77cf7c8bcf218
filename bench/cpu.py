"""Where the CPU of a measured window went, by role: web, worker, reader children, database, Redis, client.

The figure a throughput target is bounded by on a CPU-bound box is the sum of every process's CPU, not the
worker's alone: a sample of every process on the machine at the window's start and end (and the CPU of
children that exited, as their waiting parent reports it) says which role to make cheaper.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import psutil

ROLES = ("web", "worker", "reader children", "database", "redis", "bench client", "other")


def _role(proc: psutil.Process, cmdline: str) -> str:
    if proc.pid == os.getpid():
        return "bench client"
    if "gunicorn" in cmdline:
        return "web"
    if "candidates.zygote" in cmdline:
        return "reader children"  # the sandboxed reader's zygote and the children it forks
    if "rqworker" in cmdline:
        return "worker"  # the rq worker and the work-horse it forks per job
    if proc.info.get("name") == "postgres" or cmdline.startswith("postgres") or "postgres:" in cmdline:
        return "database"  # the server process (its path as argv[0]) and its backends
    if "redis-server" in cmdline:
        return "redis"
    return "other"


@dataclass
class Snapshot:
    """Seconds of CPU (user + system) per pid, with each pid's role; exited children's CPU per parent."""

    own: dict[int, float] = field(default_factory=dict)
    reaped: dict[int, float] = field(default_factory=dict)
    roles: dict[int, str] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)  # executable names only: argv may hold file paths
    parents: dict[int, int] = field(default_factory=dict)  # of the processes that showed no argv


def snapshot() -> Snapshot:
    shot = Snapshot()
    for proc in psutil.process_iter(["pid", "ppid", "name", "cmdline", "cpu_times"]):
        try:
            times = proc.info["cpu_times"]
            cmdline = " ".join(proc.info["cmdline"] or [])
        except psutil.Error:
            continue
        if times is None:
            continue
        pid = proc.info["pid"]
        shot.own[pid] = times.user + times.system
        shot.reaped[pid] = times.children_user + times.children_system
        shot.roles[pid] = _role(proc, cmdline)
        shot.names[pid] = proc.info["name"] or "?"
        if not cmdline:
            shot.parents[pid] = proc.info["ppid"]
    _adopt_orphaned_roles(shot)
    return shot


def _adopt_orphaned_roles(shot: Snapshot) -> None:
    """A process without argv takes its parent's role.

    A work-horse that has exited but is not reaped yet (a zombie) shows no argv, so it fell under "other"
    with its whole job's CPU when the window closed on the job's end: the worker looked half as costly.
    """
    for pid, parent in shot.parents.items():
        if shot.roles.get(pid) == "other" and shot.roles.get(parent, "other") != "other":
            shot.roles[pid] = shot.roles[parent]


def by_role(before: Snapshot, after: Snapshot) -> dict[str, float]:
    """CPU seconds each role spent between two snapshots.

    A process that started and ended inside the window (a recycled reader child) counts through its
    parent's reaped figure, under the parent's role: a worker reaps its work-horses, the reader's zygote
    its children.
    """
    spent = dict.fromkeys(ROLES, 0.0)
    for pid, seconds in after.own.items():
        role = after.roles[pid]
        spent[role] += seconds - before.own.get(pid, 0.0)
        reaped = after.reaped[pid] - before.reaped.get(pid, 0.0)
        spent[role] += max(reaped, 0.0)
    return {role: max(seconds, 0.0) for role, seconds in spent.items()}  # every role, so rows stay the same


def top_other(before: Snapshot, after: Snapshot, count: int = 3) -> list[tuple[str, float]]:
    """The executables that spent most of the "other" CPU, summed by name: what else loaded the machine.

    A bench figure read without this cannot tell a slower product from a busy machine (another test suite,
    a build, a message broker's busy-waiting scheduler).
    """
    by_name: dict[str, float] = {}
    for pid, seconds in after.own.items():
        if after.roles[pid] != "other":
            continue
        reaped = max(after.reaped[pid] - before.reaped.get(pid, 0.0), 0.0)
        spent = seconds - before.own.get(pid, 0.0) + reaped
        if spent > 0:
            name = after.names.get(pid, "?")
            by_name[name] = by_name.get(name, 0.0) + spent
    return sorted(by_name.items(), key=lambda pair: pair[1], reverse=True)[:count]
