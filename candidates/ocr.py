"""Read scans and photos of CVs with Tesseract: image-only PDF pages and PNG/JPEG/TIFF/WebP uploads.

Pure and unsandboxed: `candidates.readers` runs it inside the sandbox child, whose limits (memory, processes,
time) also bind the `tesseract` processes pytesseract starts. Photos are turned upright (EXIF orientation,
then Tesseract's orientation detection for quarter turns), straightened (a few small angles tried on a
thumbnail), and their uneven lighting flattened (each pixel divided by the local paper brightness) before
Tesseract reads them. The result carries Tesseract's mean word confidence (0-100), so that callers can say
the text came from OCR and how sure it is.
"""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass

import numpy as np
import pypdfium2
import pytesseract
from PIL import Image, ImageFilter, ImageOps

LANGUAGES = ("eng", "spa", "fra", "deu")  # those with Debian packages installed by .ci/run and the Dockerfile
RENDER_DPI = 300
MAX_PIXELS = 64_000_000  # a 48 MP phone photo fits; a decompression bomb does not
WORKING_LONG_SIDE = 3_500  # photos are downscaled to ~300 dpi on A4: more pixels only slow Tesseract down
MIN_WORD_CONFIDENCE = 0  # Tesseract gives -1 to layout boxes that are not words
_SKEW_ANGLES = tuple(a / 2 for a in range(-12, 13))  # -6° to +6° in half degrees
_SKEW_THUMB = 900
_TESSERACT_CONFIG = "--psm 3"  # automatic page segmentation: CVs mix columns, headings and lists
_UPRIGHT_CONFIDENCE = 60.0


class OcrUnavailable(Exception):
    """Tesseract is not installed on this machine."""


class OcrTimeout(Exception):
    """The deadline passed before Tesseract finished."""


@dataclass(frozen=True)
class OcrPage:
    text: str
    confidences: tuple[float, ...]  # one per word


@dataclass(frozen=True)
class OcrResult:
    pages: tuple[OcrPage, ...]
    page_count: int  # in the file; more than len(pages) when only the first pages were read

    @property
    def text(self) -> str:
        return "\n\n".join(page.text for page in self.pages)

    @property
    def confidence(self) -> float:
        """Return the mean confidence over every word read (0 when none was)."""
        words = [c for page in self.pages for c in page.confidences]
        return round(sum(words) / len(words), 1) if words else 0.0


def _limit_threads() -> None:
    """Keep Tesseract to one thread: its OpenMP threads only fight over the cores with other workers."""
    os.environ["OMP_THREAD_LIMIT"] = "1"


def tesseract_available() -> bool:
    return shutil.which(pytesseract.pytesseract.tesseract_cmd) is not None


def languages() -> str:
    """Return the Tesseract language argument: the supported languages that are installed, English first."""
    if not tesseract_available():
        raise OcrUnavailable
    installed = set(pytesseract.get_languages(config=""))
    return "+".join(lang for lang in LANGUAGES if lang in installed) or "eng"


def read_image(path: str, deadline: float) -> OcrResult:
    """OCR one image file; `deadline` is a time.monotonic() value that Tesseract must not run past."""
    _limit_threads()
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS  # past twice that, Pillow refuses to open the file at all
    with Image.open(path) as image:
        if image.width * image.height > MAX_PIXELS:  # between 1x and 2x Pillow only warns: refuse here
            raise Image.DecompressionBombError(f"{image.width}x{image.height} pixels")
        image.seek(0)  # the first frame of a multi-page TIFF or an animated image
        upright = ImageOps.exif_transpose(image).convert("L")
    return OcrResult((recognise(prepare(upright), languages(), deadline),), 1)


def read_pdf(path: str, max_pages: int, deadline: float) -> OcrResult:
    """OCR the first `max_pages` pages of an image-only PDF, rendered at RENDER_DPI."""
    _limit_threads()
    lang = languages()
    pdf = pypdfium2.PdfDocument(path)
    try:
        pages = []
        for index in range(min(len(pdf), max_pages)):
            page = pdf[index]
            width, height = page.get_size()
            # A hostile page may claim to be metres wide: never render more than MAX_PIXELS / 4 of it.
            scale = min(RENDER_DPI / 72, (MAX_PIXELS / 4 / max(width * height, 1.0)) ** 0.5)
            bitmap = page.render(scale=scale, grayscale=True)
            pages.append(recognise(prepare(bitmap.to_pil().convert("L")), lang, deadline))
        return OcrResult(tuple(pages), len(pdf))
    finally:
        pdf.close()


def prepare(image: Image.Image) -> Image.Image:
    """Make a grey photo or scan easy for Tesseract: working size, even lighting, straight lines."""
    longest = max(image.size)
    if longest > WORKING_LONG_SIDE:
        factor = WORKING_LONG_SIDE / longest
        image = image.resize(
            (round(image.width * factor), round(image.height * factor)), Image.Resampling.LANCZOS
        )
    return straighten(flatten_lighting(image))


def flatten_lighting(image: Image.Image) -> Image.Image:
    """Divide out the paper's brightness, estimated as a blurred local maximum (text is darker than paper)."""
    small = image.reduce(8) if min(image.size) >= 64 else image
    paper = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(4)).resize(image.size)
    pixels = np.asarray(image, dtype=np.float32)
    background = np.maximum(np.asarray(paper, dtype=np.float32), 1.0)
    flat = np.clip(pixels * 255.0 / background, 0, 255).astype(np.uint8)
    return ImageOps.autocontrast(Image.fromarray(flat), cutoff=1)


def straighten(image: Image.Image) -> Image.Image:
    """Rotate by the small angle that makes text lines most horizontal (sharpest row profile)."""
    thumb = image.copy()
    thumb.thumbnail((_SKEW_THUMB, _SKEW_THUMB))
    ink = ImageOps.invert(thumb)
    best = max(
        _SKEW_ANGLES, key=lambda angle: _row_sharpness(ink.rotate(angle, resample=Image.Resampling.BILINEAR))
    )
    if best == 0:
        return image
    return image.rotate(best, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)


def _row_sharpness(ink: Image.Image) -> float:
    rows = np.asarray(ink, dtype=np.float64).sum(axis=1)
    return float(np.square(np.diff(rows)).sum())


def recognise(image: Image.Image, lang: str, deadline: float) -> OcrPage:
    """Read a page's words; if they make little sense, ask Tesseract whether the page lies sideways."""
    page = _read_words(image, lang, deadline)
    if page.confidences and sum(page.confidences) / len(page.confidences) >= _UPRIGHT_CONFIDENCE:
        return page  # orientation detection costs ~1.5 s a page: only for pages that read badly
    turns = _quarter_turns(image, deadline)
    if turns == 0:
        return page
    return _read_words(image.rotate(-turns * 90, expand=True, fillcolor=255), lang, deadline)


def _read_words(image: Image.Image, lang: str, deadline: float) -> OcrPage:
    try:
        data = pytesseract.image_to_data(
            image, lang=lang, config=_TESSERACT_CONFIG, output_type=pytesseract.Output.DICT,
            timeout=_remaining(deadline),
        )  # fmt: skip
    except pytesseract.TesseractError:
        raise
    except RuntimeError as exc:  # pytesseract kills tesseract at its timeout and raises a bare RuntimeError
        raise OcrTimeout from exc
    return _page_from_data(data)


def _quarter_turns(image: Image.Image, deadline: float) -> int:
    try:
        osd = pytesseract.image_to_osd(image, config="--psm 0", output_type=pytesseract.Output.DICT,
                                       timeout=_remaining(deadline))  # fmt: skip
    except pytesseract.TesseractError:
        return 0  # too little text to tell: read it as it is
    except RuntimeError as exc:
        raise OcrTimeout from exc
    rotate = int(osd.get("rotate", 0))
    return rotate // 90 if float(osd.get("orientation_conf", 0)) >= 2.0 else 0


def _remaining(deadline: float) -> float:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise OcrTimeout
    return remaining


def _page_from_data(data: dict[str, list[object]]) -> OcrPage:
    lines: dict[tuple[int, int, int], list[str]] = {}
    confidences: list[float] = []
    for index, word in enumerate(data["text"]):
        confidence = float(str(data["conf"][index]))
        if confidence < MIN_WORD_CONFIDENCE or not str(word).strip():
            continue
        key = (
            int(str(data["block_num"][index])),
            int(str(data["par_num"][index])),
            int(str(data["line_num"][index])),
        )
        lines.setdefault(key, []).append(str(word).strip())
        confidences.append(confidence)
    text_lines: list[str] = []
    previous_block: tuple[int, int] | None = None
    for (block, paragraph, _line), words in lines.items():
        if previous_block is not None and previous_block != (block, paragraph):
            text_lines.append("")  # a blank line between Tesseract's paragraphs, as between PDF text boxes
        text_lines.append(" ".join(words))
        previous_block = (block, paragraph)
    return OcrPage("\n".join(text_lines), tuple(confidences))
