"""Ingest: check every file of an upload, then store each distinct acceptable file once per owner."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import timedelta
from pathlib import PurePath
from typing import Any

from django.conf import settings
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone

from api.errors import DomainError
from candidates.erasure import erase_traces
from candidates.models import CV, Candidate
from candidates.readers import HEAD_BYTES, sniff_type
from candidates.uploads import CheckedUpload

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileProblem:
    filename: str
    code: str
    message: str


class UploadRejected(DomainError):
    """The batch was refused before anything was stored; names every offending file."""

    def __init__(self, *, status: int, code: str, message: str, files: Sequence[FileProblem] = ()) -> None:
        super().__init__(code, message, status=status)
        self.files = list(files)

    def details(self) -> dict[str, Any]:
        return {"files": [asdict(problem) for problem in self.files]} if self.files else {}


class StorageUnavailable(DomainError):
    status = 503
    code = "storage_unavailable"
    message = "The file store could not be written; nothing was kept. Try again shortly."


def display_name(upload: UploadedFile) -> str:
    """The uploaded filename as a label only (never a path): last component, bounded length."""
    name = PurePath((upload.name or "").replace("\\", "/")).name.strip() or "upload.pdf"
    return "".join(ch for ch in name if ch.isprintable())[:255] or "upload.pdf"


def _problem_for(upload: UploadedFile) -> FileProblem | None:
    name = display_name(upload)
    too_large = getattr(upload, "too_large", False) or (upload.size or 0) > settings.MAX_CV_BYTES
    if too_large:
        limit_mb = settings.MAX_CV_BYTES / (1024 * 1024)
        return FileProblem(name, "file_too_large", f"Larger than the {limit_mb:g} MB limit per CV.")
    if not upload.size:
        return FileProblem(name, "empty_file", "The file is empty.")
    head = getattr(upload, "head", None)
    if head is None:
        upload.seek(0)
        head = upload.read(HEAD_BYTES)
        upload.seek(0)
    kind = sniff_type(head)
    suffix = PurePath(name).suffix.lower()
    if kind is not None and not (kind == "txt" and suffix in BINARY_SUFFIXES):
        return None
    if suffix == ".pdf":
        # Named as a PDF but not one by its bytes: the code clients already know for this case.
        return FileProblem(name, "not_a_pdf", "Not a PDF: its content does not start like one.")
    return FileProblem(name, "unsupported_type", UNSUPPORTED_MESSAGE)


# Text content under a binary type's name (an HTML page saved as "cv.pdf"): a mislabelled file, not a CV.
BINARY_SUFFIXES = frozenset(
    {".pdf", ".docx", ".doc", ".odt", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".webp"}
)
UNSUPPORTED_MESSAGE = (
    "This file type cannot be read. Send a PDF, a Word .docx or .doc, an OpenDocument .odt, an RTF, a plain"
    " text file or a photo."
)


@dataclass(frozen=True)
class SortedBatch:
    """An upload split by the checks made before storing: files to store, and files refused with why."""

    accepted: list[UploadedFile]
    # Upload position of each refused file, and its problem.
    refused: dict[int, FileProblem]


def sort_batch(files: Sequence[UploadedFile]) -> SortedBatch:
    """Check every file; raise UploadRejected only when the batch holds no usable file (or is malformed)."""
    if not files:
        raise UploadRejected(status=400, code="no_files", message="Attach 1 or more CV files as 'files'.")
    if len(files) > settings.MAX_BATCH_FILES:
        raise UploadRejected(
            status=400,
            code="too_many_files",
            message=f"{len(files)} files sent; a batch holds at most {settings.MAX_BATCH_FILES}.",
        )
    refused = {index: problem for index, upload in enumerate(files) if (problem := _problem_for(upload))}
    if len(refused) < len(files):
        accepted = [upload for index, upload in enumerate(files) if index not in refused]
        return SortedBatch(accepted=accepted, refused=refused)
    raise _rejection(list(refused.values()))


def _rejection(problems: list[FileProblem]) -> UploadRejected:
    codes = {problem.code for problem in problems}
    if "file_too_large" in codes:
        status, code = 413, "file_too_large"
    elif codes & {"not_a_pdf", "unsupported_type"}:
        status, code = 415, "unsupported_media_type"
    else:
        status, code = 400, "invalid_files"
    message = f"None of the {len(problems)} files can be read as a CV; nothing was stored."
    return UploadRejected(status=status, code=code, message=message, files=problems)


def file_sha256(upload: UploadedFile) -> str:
    if isinstance(upload, CheckedUpload):
        return upload.sha256
    digest = hashlib.sha256()
    upload.seek(0)
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()


def _save_file(cv: CV, upload: UploadedFile, stored: list[str]) -> None:
    upload.seek(0)
    try:
        cv.file.save("cv.pdf", upload, save=False)
    except Exception as exc:
        raise StorageUnavailable() from exc
    stored.append(cv.file.name)


def _store_one(*, owner: Any, upload: UploadedFile, sha256: str, stored: list[str]) -> CV:
    existing = CV.objects.filter(owner=owner, sha256=sha256).select_related("candidate").first()
    if existing is not None:
        return existing
    name = display_name(upload)
    candidate = Candidate.objects.create(owner=owner, label=PurePath(name).stem[:255] or name)
    cv = CV(owner=owner, candidate=candidate, original_filename=name, size=upload.size or 0, sha256=sha256)
    _save_file(cv, upload, stored)
    try:
        with transaction.atomic():
            cv.save()
    except IntegrityError:
        # The same file arrived in a concurrent upload: keep theirs, drop our copy.
        default_storage.delete(cv.file.name)
        stored.remove(cv.file.name)
        candidate.delete()
        return CV.objects.select_related("candidate").get(owner=owner, sha256=sha256)
    return cv


def store_cvs(*, owner: Any, files: Sequence[UploadedFile], stored: list[str]) -> list[CV]:
    """Store each distinct file once per owner, with its Candidate and CV rows; one CV per upload, in order.

    A file sent twice (in this upload or an earlier one of the same owner) is the same CV row each time.

    Run it inside the caller's transaction and within `files_removed_on_failure`, which is handed the keys
    written here: a failure anywhere before commit then leaves neither rows nor orphaned files.
    """
    hashed = [(file_sha256(upload), upload) for upload in files]
    distinct = dict(reversed(hashed))  # the first upload of each file wins
    order = list(dict.fromkeys(sha for sha, _ in hashed))
    known = {
        cv.sha256: cv for cv in CV.objects.filter(owner=owner, sha256__in=order).select_related("candidate")
    }
    new = [sha for sha in order if sha not in known]
    try:
        with transaction.atomic():
            known.update(_create_all(owner=owner, uploads={sha: distinct[sha] for sha in new}, stored=stored))
    except IntegrityError:
        # A concurrent upload stored one of these files first: take the careful path, one file at a time.
        for key in stored[:]:
            default_storage.delete(key)
            stored.remove(key)
        for sha in new:
            known[sha] = _store_one(owner=owner, upload=distinct[sha], sha256=sha, stored=stored)
    return [known[sha] for sha, _ in hashed]


def _create_all(*, owner: Any, uploads: dict[str, UploadedFile], stored: list[str]) -> dict[str, CV]:
    """Save the files, then insert all Candidate and CV rows in two queries (a batch of 50 stays fast)."""
    candidates, cvs = [], {}
    for sha256, upload in uploads.items():
        name = display_name(upload)
        candidate = Candidate(owner=owner, label=PurePath(name).stem[:255] or name)
        cv = CV(
            owner=owner, candidate=candidate, original_filename=name, size=upload.size or 0, sha256=sha256
        )
        _save_file(cv, upload, stored)
        candidates.append(candidate)
        cvs[sha256] = cv
    Candidate.objects.bulk_create(candidates)
    CV.objects.bulk_create(list(cvs.values()))
    return cvs


@contextmanager
def files_removed_on_failure() -> Iterator[list[str]]:
    """Collect stored keys; delete them if the block raises (after its transaction rolled back)."""
    stored: list[str] = []
    try:
        yield stored
    except BaseException:
        _delete_files(stored)
        raise


def erase_candidate(*, candidate: Candidate) -> None:
    """Erase a candidate everywhere: rows (CVs, extracted text, scores cascade away) and stored files.

    Files are deleted after the rows are committed, so a failed deletion never leaves rows pointing at
    missing files; RQ payloads and logs hold only ids, so nothing of the candidate remains in Redis. The
    apps that use the candidate and the admin's log are cleared first (`candidates.erasure`).
    """
    keys = list(CV.objects.filter(candidate=candidate).values_list("file", flat=True))
    with transaction.atomic():
        erase_traces(candidate_id=candidate.pk)
        candidate.delete()
        transaction.on_commit(lambda: _delete_files(keys))


def purge_expired_cvs(*, older_than: timedelta) -> int:
    """Erase every candidate whose newest CV is older than the retention period; returns how many."""
    cutoff = timezone.now() - older_than
    expired = Candidate.objects.exclude(cvs__created_at__gte=cutoff).filter(created_at__lt=cutoff)
    count = 0
    for candidate in expired.iterator():
        erase_candidate(candidate=candidate)
        count += 1
    return count


def _delete_files(keys: Sequence[str]) -> None:
    for key in keys:
        try:
            default_storage.delete(key)
        except Exception:  # noqa: BLE001 - logged by id; the purge command can be re-run
            logger.warning("could not delete stored file %s", key)
