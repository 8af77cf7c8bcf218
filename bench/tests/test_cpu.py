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
