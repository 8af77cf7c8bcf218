"""Turn a text PDF into what a recruiter also receives: an image-only scan, and a phone photo of the print."""

from __future__ import annotations

import io

import numpy as np
import pypdfium2
from PIL import Image, ImageFilter

EXIF_ORIENTATION = 0x0112
ROTATE_90_CLOCKWISE = 6  # EXIF: the stored pixels must be turned 90° clockwise to display upright


def render_page(pdf_path: str, dpi: int) -> Image.Image:
    pdf = pypdfium2.PdfDocument(pdf_path)
    try:
        return pdf[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    finally:
        pdf.close()


def scanned_pdf(pdf_path: str, dpi: int = 150) -> bytes:
    """Page 1 of a PDF as a one-page image-only PDF, as a flatbed scanner without OCR makes it."""
    buffer = io.BytesIO()
    render_page(pdf_path, dpi).save(buffer, "PDF", resolution=dpi)
    return buffer.getvalue()


def phone_photo(pdf_path: str, dpi: int = 200, degrees: float = 3.5) -> bytes:
    """Page 1 photographed: turned a few degrees on a dark desk, lit from one side, noisy, slightly soft,
    saved sideways as phone cameras do, with the EXIF orientation tag that turns it upright."""
    page = render_page(pdf_path, dpi).convert("RGB")
    photo = page.rotate(degrees, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(90, 80, 70))
    rows, cols = np.mgrid[0 : photo.height, 0 : photo.width]
    light = 0.55 + 0.45 * (cols / photo.width) * (0.6 + 0.4 * rows / photo.height)
    noise = np.random.default_rng(1).normal(0, 8, (photo.height, photo.width, 3))
    pixels = np.asarray(photo, dtype=np.float32) * light[..., None] + noise
    photo = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))
    exif = Image.Exif()
    exif[EXIF_ORIENTATION] = ROTATE_90_CLOCKWISE
    buffer = io.BytesIO()
    photo.rotate(90, expand=True).save(buffer, "JPEG", quality=80, exif=exif)
    return buffer.getvalue()
