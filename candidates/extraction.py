"""What every CV reader returns: the visible text, the hidden spans, typed failures and the text clean-up.

Pure (no Django, no parser library): the PDF reader, and the Word and OCR readers, share these types so the
rest of the project handles one shape whatever the file was.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MAX_TEXT_CHARS = 300_000  # ~60 dense pages; a CV never comes near, a hostile file must not flood the caller
MAX_HIDDEN_SPANS = 200
MAX_HIDDEN_CHARS = 20_000
MIN_TEXT_CHARS = 20  # below this many non-space characters the file has no usable text layer

MESSAGES = {
    "not_a_pdf": "This file is not a PDF.",
    "encrypted": "This PDF is password-protected. Ask the candidate for a copy without a password.",
    "corrupt": "This PDF is damaged or uses features we cannot read.",
    "no_text_layer": "This PDF has no selectable text; it is probably a scanned image.",
    "too_many_pages": "This PDF has too many pages.",
    "timeout": "Reading this PDF took too long, so it was stopped.",
    "memory_limit": "Reading this PDF needed too much memory, so it was stopped.",
}

# Why a reader of the rendered page cannot see a span of text.
HIDDEN_REASONS = (
    "white_text",  # in the colour of what lies behind it (white on white, dark on a dark box), or see-through
    "tiny_font",  # drawn under 3 pt, or squeezed to nothing
    "off_page",  # outside the media or crop box
    "invisible_render_mode",  # render mode 3 or 7 away from any image (over one: a scan's OCR layer)
    "covered",  # under an opaque box drawn after it, or a picture (smaller than a scan) showing none of it
    "clipped",  # outside the clipping path in force where it is drawn
    "hidden_run",  # Word: a run marked hidden (w:vanish), shown only with formatting marks on
    "hidden_layer",  # in optional content (a layer) the rendered page does not show
    "overprinted",  # PDF: drawn over other text (letters over other letters, or a pile on one spot), a smudge
    "annotation",  # PDF: held by an annotation or a form field, outside the page's own text
)


@dataclass(frozen=True)
class Limits:
    timeout_s: float = 30.0  # wall clock per file
    memory_bytes: int = 1024**3  # RLIMIT_AS of the child
    max_pages: int = 30
    child_max_files: int = 50  # files of one owner a warm sandbox child reads before it is replaced


@dataclass(frozen=True)
class HiddenSpan:
    reason: str  # one of HIDDEN_REASONS
    text: str  # normalised
    page: int  # 1-based


@dataclass(frozen=True)
class Extraction:
    text: str  # visible text only, normalised
    page_count: int  # pages in the file (the page tree's /Count when truncated)
    hidden: tuple[HiddenSpan, ...]
    truncated_pages: bool = False  # only the first max_pages pages were read


class ExtractionFailed(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(code, message)
        self.code = code
        self.message = message

    @classmethod
    def of(cls, code: str) -> ExtractionFailed:
        return cls(code, MESSAGES[code])


def non_space(text: str) -> int:
    return len(text) - sum(map(str.isspace, text))  # ~3x faster than a generator per character


def cap_hidden(spans: list[HiddenSpan]) -> list[HiddenSpan]:
    """Keep at most MAX_HIDDEN_SPANS spans and MAX_HIDDEN_CHARS characters of hidden text."""
    kept: list[HiddenSpan] = []
    budget = MAX_HIDDEN_CHARS
    for span in spans[:MAX_HIDDEN_SPANS]:
        if budget <= 0:
            break
        kept.append(HiddenSpan(span.reason, span.text[:budget], span.page))
        budget -= len(span.text)
    return kept


def finish(page_texts: list[str], hidden: list[HiddenSpan], page_count: int, truncated: bool) -> Extraction:
    """Join and clean the pages' text; raise no_text_layer when neither visible nor hidden text is there."""
    text = normalise("\n\n".join(page_texts))[:MAX_TEXT_CHARS]
    kept = cap_hidden(hidden)
    if non_space(text) + sum(non_space(span.text) for span in kept) < MIN_TEXT_CHARS:
        raise ExtractionFailed.of("no_text_layer")
    return Extraction(text, page_count, tuple(kept), truncated)


# --- normalisation ----------------------------------------------------------------------------------------

_CID = re.compile(r"\(cid:\d+\)")
# Zero-width and direction marks (Unicode format characters) show as nothing: inside a word ("Ig\u2060nore")
# they only hide it from the checks that read the text.
_UNWANTED = re.compile(
    r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\xad\ufeff\ufffe\uffff\u200b-\u200f"
    r"\u202a-\u202e\u2060-\u2064\u2066-\u206f\u180e]"
)
_HSPACE = re.compile(r"[^\S\n]+")  # any whitespace but newline: \t, \r, \xa0, thin spaces...
_LETTER_SPACED = re.compile(r"(?<!\S)(?:[^\W\d_] ){3,}[^\W\d_](?!\S)")
_BLANK_LINES = re.compile(r"\n{3,}")


def normalise(text: str) -> str:
    """Clean extracted text: NFKC (ligatures), no (cid:N), no control or icon characters, tidy whitespace."""
    text = _CID.sub("", unicodedata.normalize("NFKC", text))
    text = _UNWANTED.sub("", text.replace("\r\n", "\n"))
    lines = (_LETTER_SPACED.sub(_unspace, _HSPACE.sub(" ", line)).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _unspace(match: re.Match[str]) -> str:
    return match.group(0).replace(" ", "")
