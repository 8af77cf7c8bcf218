"""How a stored CV file is served: its type from its first bytes, a generated filename, inline for PDFs only.

The uploaded filename and the client's declared content type are never used: a polyglot named `poly.html` is
served as what its bytes are, under `cv-<id>.<extension>`, and anything but a PDF (which the job page opens)
is an attachment.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from django.core.files.storage import Storage
from django.utils.http import content_disposition_header

from candidates.storage import is_s3, s3_object

HEAD_BYTES = 128  # an OpenDocument file names its type after its first member's header, from byte 38
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"


@dataclass(frozen=True)
class FileKind:
    content_type: str
    extension: str


# Magic bytes at offset 0, as the upload check reads them; a docx is a zip, and so is an .odt, which names
# itself inside (only CV types are ever stored).
KINDS: tuple[tuple[bytes, FileKind], ...] = (
    (b"%PDF-", FileKind(PDF, "pdf")),
    (b"PK\x03\x04", FileKind(DOCX, "docx")),
    (b"{\\rtf", FileKind("application/rtf", "rtf")),
    (b"\x89PNG\r\n\x1a\n", FileKind("image/png", "png")),
    (b"\xff\xd8\xff", FileKind("image/jpeg", "jpg")),
    (b"II*\x00", FileKind("image/tiff", "tif")),
    (b"MM\x00*", FileKind("image/tiff", "tif")),
)
UNKNOWN = FileKind("application/octet-stream", "bin")


@dataclass(frozen=True)
class Download:
    content_type: str
    filename: str
    inline: bool

    @property
    def disposition(self) -> str:
        return content_disposition_header(as_attachment=not self.inline, filename=self.filename) or ""

    def s3_parameters(self) -> dict[str, str]:
        """The response overrides a presigned S3 URL carries, so S3 answers with the same headers we would."""
        return {"ResponseContentType": self.content_type, "ResponseContentDisposition": self.disposition}


def kind_of(head: bytes) -> FileKind:
    """What the file is, by its magic bytes; unknown content is an opaque octet stream."""
    if head.startswith(b"PK\x03\x04") and b"mimetype" + ODT.encode() in head[30:HEAD_BYTES]:
        return FileKind(ODT, "odt")
    return next((kind for magic, kind in KINDS if head.startswith(magic)), UNKNOWN)


def download_for(cv_id: UUID | str, head: bytes) -> Download:
    """The headers to serve a CV with: its real type, `cv-<id>.<ext>`, inline only when it is a PDF."""
    kind = kind_of(head)
    return Download(kind.content_type, f"cv-{cv_id}.{kind.extension}", inline=kind.content_type == PDF)


def stored_head(storage: Storage, name: str) -> bytes:
    """The first bytes of a stored file; on S3 a ranged GET, since opening the file downloads all of it."""
    if is_s3(storage):
        answer = s3_object(storage, name).get(Range=f"bytes=0-{HEAD_BYTES - 1}")
        return bytes(answer["Body"].read())
    with storage.open(name, "rb") as handle:
        return bytes(handle.read(HEAD_BYTES))
