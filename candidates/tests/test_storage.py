"""A worker's local copy of a stored CV: the stored bytes, private, gone afterwards; S3 or local files."""

from __future__ import annotations

import os
import stat
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from candidates.storage import COPY_PREFIX, StoredFileUnavailable, local_copy, remove_orphaned_copies
from candidates.tests.pdfgen import cv_pdf
from candidates.tests.s3server import S3Bucket
from candidates.warm_pool import WORKDIR_PREFIX

CONTENT = cv_pdf("Alex Example\nPython, Django")


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own temp directory, so what is left in it can be listed."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_a_copy_from_s3_holds_the_stored_bytes_privately_and_is_gone_after(
    s3: S3Bucket, media: Path, temp_dir: Path
) -> None:
    name = default_storage.save("cvs/1/abc.pdf", ContentFile(CONTENT))

    with local_copy(name) as path:
        assert path.read_bytes() == CONTENT
        assert path.suffix == ".pdf"
        assert path.parent.parent == temp_dir
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(path.stat().st_mode) == 0o600

    assert list(temp_dir.iterdir()) == []
    assert s3.keys() == ["cvs/cvs/1/abc.pdf"]
    assert not media.exists()


def test_the_copy_is_removed_when_the_reader_fails(s3: S3Bucket, temp_dir: Path) -> None:
    name = default_storage.save("cvs/1/abc.pdf", ContentFile(CONTENT))

    with pytest.raises(RuntimeError, match="reader crashed"), local_copy(name):
        raise RuntimeError("reader crashed")

    assert list(temp_dir.iterdir()) == []


def test_a_missing_object_is_unavailable_and_leaves_nothing(s3: S3Bucket, temp_dir: Path) -> None:
    with pytest.raises(StoredFileUnavailable, match="NoSuchKey"), local_copy("cvs/1/gone.pdf"):
        pytest.fail("the block must not run without the file")

    assert list(temp_dir.iterdir()) == []


def test_a_copy_from_the_media_folder_is_a_copy_too(media: Path, temp_dir: Path) -> None:
    name = default_storage.save("cvs/1/abc.pdf", ContentFile(CONTENT))

    with local_copy(name) as path:
        assert path.read_bytes() == CONTENT
        assert path.parent.parent == temp_dir

    assert (media / name).read_bytes() == CONTENT
    assert list(temp_dir.iterdir()) == []


def test_only_the_copies_of_dead_processes_are_removed_as_orphans(temp_dir: Path) -> None:
    ended = subprocess.Popen(["true"])
    ended.wait()
    orphan = temp_dir / f"{COPY_PREFIX}{ended.pid}-x1"
    in_use = temp_dir / f"{COPY_PREFIX}{os.getpid()}-x2"
    unrelated = temp_dir / f"{COPY_PREFIX}nopid"
    for folder in (orphan, in_use, unrelated):
        folder.mkdir()
        (folder / "cv.pdf").write_bytes(CONTENT)

    assert remove_orphaned_copies() == 1

    assert sorted(path.name for path in temp_dir.iterdir()) == sorted([in_use.name, unrelated.name])


def test_the_folders_of_warm_parser_children_of_ended_processes_are_removed(temp_dir: Path) -> None:
    ended = subprocess.Popen(["true"])
    ended.wait()
    orphan = temp_dir / f"{WORKDIR_PREFIX}{ended.pid}-x1"  # its work-horse ended with os._exit
    in_use = temp_dir / f"{WORKDIR_PREFIX}{os.getpid()}-x2"
    for folder in (orphan, in_use):
        folder.mkdir()

    assert remove_orphaned_copies() == 1

    assert [path.name for path in temp_dir.iterdir()] == [in_use.name]


def test_the_folders_of_a_killed_process_left_a_zombie_are_removed(temp_dir: Path) -> None:
    # A zombie answers signal 0 like a live process; here it is this test's unreaped child, as a killed
    # work-horse is init's when init never reaps.
    killed = subprocess.Popen(["sleep", "30"])
    killed.kill()
    wait_until_zombie(killed.pid)
    orphan = temp_dir / f"{WORKDIR_PREFIX}{killed.pid}-x1"
    orphan.mkdir()
    try:
        assert remove_orphaned_copies() == 1
        assert not orphan.exists()
    finally:
        killed.wait()


def wait_until_zombie(pid: int) -> None:
    for _ in range(200):
        if Path(f"/proc/{pid}/stat").read_bytes().rsplit(b")", 1)[1].split()[0] == b"Z":
            return
        time.sleep(0.01)
    raise AssertionError(f"process {pid} never became a zombie")


def test_a_copy_is_named_after_its_process(s3: S3Bucket, temp_dir: Path) -> None:
    name = default_storage.save("cvs/1/abc.pdf", ContentFile(CONTENT))

    with local_copy(name) as path:
        assert path.parent.name.startswith(f"{COPY_PREFIX}{os.getpid()}-")
        assert remove_orphaned_copies() == 0
        assert path.exists()
