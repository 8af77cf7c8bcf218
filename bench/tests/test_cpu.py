"""The benchmark's CPU accounting by role: every role present, spent CPU only, exited children counted."""

from bench import cpu


def _shot(own: dict[int, float], reaped: dict[int, float], roles: dict[int, str]) -> cpu.Snapshot:
    return cpu.Snapshot(own=own, reaped=reaped, roles=roles)


def test_cpu_spent_between_snapshots_by_role_with_reaped_children() -> None:
    before = _shot({1: 2.0, 2: 1.0}, {1: 0.0, 2: 0.5}, {1: "worker", 2: "reader children"})
    # pid 3 started inside the window; pid 2's children that exited are reaped by it.
    after = _shot(
        {1: 2.5, 2: 1.25, 3: 0.25}, {1: 0.0, 2: 1.5, 3: 0.0}, {1: "worker", 2: "reader children", 3: "web"}
    )

    spent = cpu.by_role(before, after)

    assert set(spent) == set(cpu.ROLES)
    assert spent["worker"] == 0.5
    assert spent["reader children"] == 0.25 + 1.0
    assert spent["web"] == 0.25
    assert spent["database"] == 0.0


def test_this_process_is_the_bench_client() -> None:
    shot = cpu.snapshot()
    assert "bench client" in shot.roles.values()


def test_other_cpu_is_named_by_executable_busiest_first() -> None:
    roles = {1: "other", 2: "other", 3: "other", 4: "worker"}
    before = cpu.Snapshot(own={1: 1.0, 2: 0.0, 4: 0.0}, reaped={1: 0.0, 2: 0.0, 4: 0.0}, roles=roles)
    after = cpu.Snapshot(
        own={1: 1.5, 2: 0.25, 3: 0.5, 4: 9.0},
        reaped={1: 0.0, 2: 0.0, 3: 0.0, 4: 0.0},
        roles=roles,
        names={1: "beam.smp", 2: "pytest", 3: "pytest", 4: "python"},
    )

    assert cpu.top_other(before, after) == [("pytest", 0.75), ("beam.smp", 0.5)]


def test_the_database_server_counts_as_database_whatever_its_argv() -> None:
    shot = cpu.snapshot()
    servers = [pid for pid, name in shot.names.items() if name == "postgres"]
    assert all(shot.roles[pid] == "database" for pid in servers)


def test_a_process_without_argv_takes_its_parents_role() -> None:
    """An exited, unreaped work-horse (a zombie) shows no argv: its CPU is the worker's, not "other"'s."""
    shot = cpu.Snapshot(
        own={1: 0.0, 2: 3.0, 3: 1.0},
        roles={1: "worker", 2: "other", 3: "other"},
        parents={2: 1, 3: 99},
    )

    cpu._adopt_orphaned_roles(shot)

    assert shot.roles == {1: "worker", 2: "worker", 3: "other"}


def test_a_zombie_child_is_classed_under_its_parent() -> None:
    import os
    import time

    child = os.fork()
    if child == 0:
        os._exit(0)
    time.sleep(0.2)  # exited, not reaped: a zombie with no argv
    try:
        shot = cpu.snapshot()
    finally:
        os.waitpid(child, 0)

    assert shot.roles[child] == "bench client"
