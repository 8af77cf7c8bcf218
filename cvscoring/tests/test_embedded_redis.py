"""The run command's embedded Redis: a Unix socket only its user can open, and no TCP port."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
import redis

from cvscoring import launcher


def test_embedded_redis_answers_on_a_private_socket_and_on_no_port(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(launcher, "VAR", tmp_path / "var")
    folder = tmp_path / "socket"
    folder.mkdir(mode=0o700)

    process, url = launcher.start_embedded_redis(folder)
    try:
        client = redis.Redis.from_url(url, socket_timeout=5)
        answers = (client.ping(), client.config_get("port"))
        mode = stat.S_IMODE((folder / "redis.sock").stat().st_mode)
    finally:
        process.terminate()
        process.wait(timeout=10)

    assert url == f"unix://{folder / 'redis.sock'}?db=0"
    assert answers == (True, {"port": "0"})  # port 0: Redis listens on no TCP port at all
    assert mode == 0o700
    assert (tmp_path / "var" / "redis").is_dir()
