"""docker-compose.yml runs the README's production layout: workers share only the database, Redis and S3."""

from __future__ import annotations

from typing import Any

import yaml

from cvscoring.tests.test_settings_guard import ROOT


def compose() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    return loaded


def test_web_and_workers_store_cvs_in_the_same_bucket_and_share_no_folder() -> None:
    services = compose()["services"]
    web, worker = services["web"], services["worker"]

    assert web["environment"] is worker["environment"]  # the one YAML anchor
    assert web["environment"]["AWS_STORAGE_BUCKET_NAME"] == "cvscoring"
    assert web["environment"]["AWS_S3_ENDPOINT_URL"] == "http://minio:9000"
    assert "MEDIA_ROOT" not in web["environment"]
    assert "volumes" not in web
    assert "volumes" not in worker


def test_two_workers_run_each_with_a_private_tmpfs_for_cv_copies() -> None:
    worker = compose()["services"]["worker"]

    assert worker["deploy"]["replicas"] == 2
    assert worker["tmpfs"] == ["/tmp"]
