"""Extract the visible text of a CV PDF, and the text hidden in it, inside a resource-limited child process.

`extract_cv` is the entry point for everything that handles uploads; `extract_in_this_process` is the
unsandboxed core, for the child and for unit tests. The reading itself is PDFium's (`pdfium_reader`, with
`pdf_layers` judging what can be seen), several times faster than pdfminer.six with the same words. pdfminer
no longer reads uploads: PDFium reads every corpus CV pdfminer reads, gives each character's colour, size,
render mode and box for the hidden-text checks, and keeps two-column layouts apart by following the content
stream. pdfminer stays only as the reference the corpus comparison test holds PDFium to.

Page limit: a file with more than `max_pages` pages is read up to `max_pages` and marked `truncated_pages`
(rather than refused), so a CV with an appended portfolio is still scored; the code "too_many_pages" is kept
in the stable list for callers but is not raised here.

Hidden text is what a reader of the rendered page cannot see: in the colour of what lies behind it (white on
white, dark on a dark box) or fully transparent, under 3 pt or squeezed to no width, outside the crop box,
in render mode 3/7 away from an image, under an opaque box drawn after it, or wholly outside its clipping
path; also under 4 pt and faint (light grey on white), under a photo or logo that shows none of it, masked,
blended or faded away as a group (the renderer decides), or piled on one spot with two or more other texts
(by object, or glyph by glyph). White on a coloured box or on an image is design, and invisible text over
an image is a scan's OCR layer, as is text under an image filling half the page: these stay visible.
Not detected: text covered by a drawing that is not a simple box (a box's bounds stand for its shape).
"""

from __future__ import annotations

from typing import Any

from candidates import pdf_child, warm_pool
from candidates.extraction import (
    MAX_HIDDEN_CHARS,
    MAX_HIDDEN_SPANS,
    MAX_TEXT_CHARS,
    MESSAGES,
    MIN_TEXT_CHARS,
    Extraction,
    ExtractionFailed,
    HiddenSpan,
    Limits,
    normalise,
)
from candidates.pdf_layers import TINY_FONT_PT
from candidates.pdfium_reader import read_pdf
from candidates.sample_pdf import sample_pdf

__all__ = [
    "MAX_HIDDEN_CHARS", "MAX_HIDDEN_SPANS", "MAX_TEXT_CHARS", "MESSAGES", "MIN_TEXT_CHARS", "TINY_FONT_PT",
    "Extraction", "ExtractionFailed", "HiddenSpan", "Limits", "extract_cv", "extract_in_this_process",
    "looks_like_pdf", "normalise", "warm_up", "warm_zygote",
]  # fmt: skip


DEFAULT_LIMITS = Limits()


def looks_like_pdf(head: bytes) -> bool:
    """Tell whether an upload starts with the PDF magic at offset 0 (junk before it makes polyglots)."""
    return head.startswith(b"%PDF-")


def warm_up() -> None:
    """Start the parser process now, so that the first CV does not wait for it (call before forking)."""
    pdf_child.start(_PRELOAD)


def extract_cv(path: str, limits: Limits = DEFAULT_LIMITS, *, owner: object = None) -> Extraction:
    """Extract a CV in a sandboxed child process; raise ExtractionFailed when the file cannot be used.

    With an `owner` (the uploading user's id) a warm child that read only that owner's files may read it
    (candidates.warm_pool); without one a fresh child reads it alone.

    OSError (the path cannot be read) and pdf_child.SandboxUnavailable (no process can be started) are
    faults of this machine, not of the file, and propagate.
    """
    with open(path, "rb") as fp:
        if not looks_like_pdf(fp.read(1024)):
            raise ExtractionFailed.of("not_a_pdf")
    try:
        reply = warm_pool.run(
            owner,
            f"{__name__}:_extract_for_child",
            {"max_pages": limits.max_pages},
            path,
            preload=_PRELOAD,
            timeout_s=limits.timeout_s,
            memory_bytes=limits.memory_bytes,
            max_result_bytes=_MAX_REPLY_BYTES,
            max_files=limits.child_max_files,
        )
    except pdf_child.ChildFailed as exc:
        # "memory" includes an abort: PDFium cannot fail an allocation softly and aborts at RLIMIT_AS.
        raise ExtractionFailed.of(_CHILD_FAILURES[exc.reason]) from None
    return _from_reply(reply)


def warm_zygote() -> None:
    """Read the built-in sample PDF once in the zygote, so each forked child starts warm (no user data)."""
    read_pdf(sample_pdf(), 1)


_PRELOAD = [f"{__name__}:warm_zygote"]
_MAX_REPLY_BYTES = 8 * 1024**2  # the capped text and spans make at most ~1.3 MB of UTF-8 JSON
_CHILD_FAILURES = {"timeout": "timeout", "memory": "memory_limit", "crashed": "corrupt"}


def _extract_for_child(path: str, max_pages: int) -> dict[str, Any]:
    try:
        result = extract_in_this_process(path, max_pages)
    except ExtractionFailed as exc:
        return {"error": exc.code}
    hidden = [[span.reason, span.text, span.page] for span in result.hidden]
    return {
        "text": result.text,
        "pages": result.page_count,
        "hidden": hidden,
        "truncated": result.truncated_pages,
    }


def _from_reply(reply: Any) -> Extraction:
    if not isinstance(reply, dict):
        raise ExtractionFailed.of("corrupt")
    if reply.get("error") in MESSAGES:
        raise ExtractionFailed.of(reply["error"])
    hidden = tuple(HiddenSpan(str(reason), str(text), int(page)) for reason, text, page in reply["hidden"])
    return Extraction(str(reply["text"]), int(reply["pages"]), hidden, bool(reply["truncated"]))


def extract_in_this_process(path: str, max_pages: int) -> Extraction:
    """Extract in the calling process, without limits: only for the sandbox child and for tests."""
    with open(path, "rb") as fp:
        if not looks_like_pdf(fp.read(1024)):
            raise ExtractionFailed.of("not_a_pdf")
    return read_pdf(path, max_pages)
