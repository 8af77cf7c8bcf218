"""An upload handler that enforces the per-file size limit while the body streams in."""

from __future__ import annotations

import hashlib
import tempfile
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler

from candidates.readers import HEAD_BYTES


class CheckedUpload(UploadedFile):
    """An uploaded file with what validation needs, gathered during streaming: size, hash, first bytes."""

    def __init__(
        self, *, file: Any, name: str, content_type: str, size: int, sha256: str, head: bytes, too_large: bool
    ) -> None:
        super().__init__(file, name, content_type, size)
        self.sha256 = sha256
        self.head = head
        self.too_large = too_large


class CappedUploadHandler(FileUploadHandler):
    """Spool each file (memory, then disk), hash it, and stop keeping bytes past MAX_CV_BYTES.

    An oversized file is still reported (as too_large) so the API can name it; its bytes are discarded, so
    memory and disk stay bounded whatever the client sends.
    """

    def new_file(self, *args: Any, **kwargs: Any) -> None:
        super().new_file(*args, **kwargs)
        # Handed on open to the view inside the UploadedFile, which closes it with the request.
        self._spool = tempfile.SpooledTemporaryFile(max_size=settings.FILE_UPLOAD_MAX_MEMORY_SIZE)  # noqa: SIM115
        self._hash = hashlib.sha256()
        self._head = b""
        self._seen = 0
        self._too_large = False

    def receive_data_chunk(self, raw_data: bytes, start: int) -> None:
        self._seen += len(raw_data)
        if len(self._head) < HEAD_BYTES:
            self._head += raw_data[: HEAD_BYTES - len(self._head)]
        if self._seen > settings.MAX_CV_BYTES:
            self._too_large = True
            return None
        self._hash.update(raw_data)
        self._spool.write(raw_data)
        return None

    def file_complete(self, file_size: int) -> CheckedUpload:
        self._spool.seek(0)
        return CheckedUpload(
            file=self._spool,
            name=self.file_name or "upload.pdf",
            content_type=self.content_type or "application/octet-stream",
            size=self._seen,
            sha256=self._hash.hexdigest(),
            head=self._head,
            too_large=self._too_large,
        )
