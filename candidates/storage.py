"""Stored CV files as a worker needs them: a private local copy, fetched from the store, deleted after.

A worker may run on a machine that has never seen the upload (S3 shared by several hosts), so nothing reads a
CV by its path under MEDIA_ROOT: the reader is handed a copy in a fresh 0700 folder of this machine's temp
directory, which is removed when the block ends, however it ends. Only a crash skips that: the folder is named
after its process, and `remove_orphaned_copies` (run by each worker's maintenance) removes the folders of
processes that are gone, so a killed worker's CVs do not stay on the machine.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from django.core.files.storage import Storage, default_storage
from storages.utils import clean_name, safe_join

from candidates.warm_pool import WORKDIR_PREFIX

COPY_PREFIX = "cvscoring-cv-"
CHUNK_BYTES = 1024 * 1024


class StoredFileUnavailable(Exception):
    """The file store could not hand over the file (missing key, store down): a fault of this moment."""


def is_s3(storage: Storage) -> bool:
    return hasattr(storage, "bucket_name")


def s3_object(storage: Storage, name: str) -> Any:
    """The boto3 object behind a stored name, under the storage's `location` prefix."""
    s3: Any = storage
    return s3.bucket.Object(safe_join(s3.location, clean_name(name)))


@contextmanager
def local_copy(name: str, *, storage: Storage | None = None) -> Iterator[Path]:
    """Yield a private local copy of a stored file; raise StoredFileUnavailable if it cannot be fetched."""
    store = storage if storage is not None else default_storage
    folder = tempfile.mkdtemp(prefix=f"{COPY_PREFIX}{os.getpid()}-")
    try:
        # Keep the stored extension only: the key is generated (never the uploaded name) but stays opaque.
        path = Path(folder) / f"cv{PurePosixPath(name).suffix}"
        _fetch(store, name, path)
        yield path
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _fetch(store: Storage, name: str, path: Path) -> None:
    try:
        with _private_file(path) as target:
            if is_s3(store):
                # One streamed GET: S3File.open would first spool the whole object in memory.
                body = s3_object(store, name).get()["Body"]
                shutil.copyfileobj(body, target, CHUNK_BYTES)
            else:
                with store.open(name, "rb") as stored:
                    shutil.copyfileobj(stored, target, CHUNK_BYTES)
    except Exception as exc:  # boto3, botocore and OS errors alike: the caller only needs "not now"
        raise StoredFileUnavailable(type(exc).__name__) from exc


@contextmanager
def _private_file(path: Path) -> Iterator[BinaryIO]:
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        yield handle


def remove_orphaned_copies(directory: str | None = None) -> int:
    """Remove the copies of processes that died holding them (a crash skips `local_copy`'s cleanup), and
    the folders of warm parser children whose work-horse has ended (it exits without cleaning up)."""
    removed = 0
    for prefix in (COPY_PREFIX, WORKDIR_PREFIX):
        for folder in Path(directory or tempfile.gettempdir()).glob(f"{prefix}*"):
            pid = _owner_pid(folder.name, prefix)
            if pid is not None and not _alive(pid):
                shutil.rmtree(folder, ignore_errors=True)
                removed += 1
    return removed


def _owner_pid(name: str, prefix: str) -> int | None:
    digits = name.removeprefix(prefix).split("-", 1)[0]
    return int(digits) if digits.isdigit() else None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive, and not ours to judge
        return True
    # A killed work-horse whose parent died too is a zombie until init reaps it, and some inits (a
    # container's, a micro-VM's) never do: it answers signal 0 but holds nothing, so its folders are orphans.
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            fields = stat.read()
    except OSError:  # no /proc (macOS) or the process just went: judge by the signal alone
        return False
    # The state follows the command name in parentheses, which may itself hold ") ".
    return fields[fields.rfind(b")") + 2 :][:1] == b"Z"
