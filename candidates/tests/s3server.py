"""A local S3-compatible server for the tests: moto in server mode, on a free loopback port, its own process.

Real HTTP, so the storage backend, boto3's signing, presigned URLs and worker processes on other "hosts" all
talk S3 exactly as they would to AWS or MinIO. Each test gets its own bucket (`S3Bucket`).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from typing import Any

import boto3
import pytest

ACCESS_KEY = "cvscoring-test"
SECRET_KEY = "cvscoring-test-secret"
REGION = "us-east-1"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class MotoServer:
    """`python -m moto.server` on 127.0.0.1; started and waited on until it answers, killed by `stop`."""

    def __init__(self) -> None:
        self.port = _free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def endpoint_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, *, timeout_s: float = 30.0) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout_s
        while not self._answers():
            if self.process.poll() is not None:
                pytest.fail(f"moto server exited with {self.process.returncode}")
            if time.monotonic() > deadline:
                self.stop()
                pytest.fail(f"moto server did not answer on port {self.port} within {timeout_s}s")
            time.sleep(0.1)

    def _answers(self) -> bool:
        with socket.socket() as probe:
            return probe.connect_ex(("127.0.0.1", self.port)) == 0

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=5)

    def client(self) -> Any:
        return boto3.client(
            "s3",
            endpoint_url=self.endpoint_url,
            region_name=REGION,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
        )


@dataclass(frozen=True)
class S3Bucket:
    """One test's bucket on the server, and the environment that points a process's storage at it."""

    server: MotoServer
    name: str

    @classmethod
    def create(cls, server: MotoServer) -> S3Bucket:
        bucket = cls(server, f"cvscoring-test-{uuid.uuid4().hex[:12]}")
        server.client().create_bucket(Bucket=bucket.name)
        return bucket

    @property
    def env(self) -> dict[str, str]:
        """What a process needs to store its files in this bucket: the production variables, nothing else."""
        return {
            "AWS_STORAGE_BUCKET_NAME": self.name,
            "AWS_S3_ENDPOINT_URL": self.server.endpoint_url,
            "AWS_S3_REGION_NAME": REGION,
            "AWS_ACCESS_KEY_ID": ACCESS_KEY,
            "AWS_SECRET_ACCESS_KEY": SECRET_KEY,
        }

    def keys(self) -> list[str]:
        listing = self.server.client().list_objects_v2(Bucket=self.name)
        return sorted(entry["Key"] for entry in listing.get("Contents", []))

    def body(self, key: str) -> bytes:
        return bytes(self.server.client().get_object(Bucket=self.name, Key=key)["Body"].read())
