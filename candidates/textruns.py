"""Turn a document's runs into lines and hidden spans, for the Word, .odt and RTF readers.

Pure. A reader resolves each run's properties into a `RunProps` (the Word reader's shape) and what lies behind
it; the verdict, the merging of hidden runs into spans and the final checks are the same for every format, so
the manipulation checks downstream see one kind of span whatever the file was.
"""

from __future__ import annotations

from collections.abc import Mapping

from candidates.extraction import (
    MAX_TEXT_CHARS,
    MIN_TEXT_CHARS,
    Extraction,
    ExtractionFailed,
    HiddenSpan,
    cap_hidden,
    non_space,
    normalise,
)
from candidates.wordstyle import RunProps, near

TINY_HALF_POINTS = 6  # w:sz counts half-points: under 3 pt, as for PDFs


def hidden_reason(props: RunProps, background: str | None) -> str | None:
    """Why a run cannot be seen (a HIDDEN_REASONS code), or None; `background` None means unknown."""
    if props.vanish:
        return "hidden_run"
    if props.half_points is not None and props.half_points < TINY_HALF_POINTS:
        return "tiny_font"
    if props.highlight not in (None, "none"):
        background = props.highlight
    elif props.shade not in (None, "auto"):
        background = props.shade
    if props.color in (None, "auto") or background is None:
        return None  # "auto" text is drawn to contrast with whatever is behind it
    return "white_text" if near(str(props.color), background) else None


class Line:
    """One paragraph's visible text and its hidden runs, merged by reason as the Word reader merges them."""

    def __init__(self) -> None:
        self.visible: list[str] = []
        self.runs: list[tuple[str, str]] = []

    def add(self, text: str, reason: str | None) -> None:
        if reason is None or not any(char.isalnum() for char in text):
            # Kept in the text: a hidden space or bullet adds nothing, and dropping it would glue words.
            self.visible.append(text)
            if reason is not None and self.runs and self.runs[-1][0] == reason:
                self.runs[-1] = (reason, self.runs[-1][1] + text)  # nor glue the words of a hidden span
        elif self.runs and self.runs[-1][0] == reason:
            self.runs[-1] = (reason, self.runs[-1][1] + text)
        else:
            self.runs.append((reason, text))

    def spans(self) -> list[HiddenSpan]:
        return [HiddenSpan(reason, normalise(text), 1) for reason, text in self.runs]

    def text(self) -> str:
        return "".join(self.visible)


def extraction(
    lines: list[Line], page_count: int, messages: Mapping[str, str], *, truncated: bool = False
) -> Extraction:
    """Join the lines into an Extraction; raise no_text_layer, in `messages`' words, when nothing is read."""
    text = normalise("\n".join(line.text() for line in lines))[:MAX_TEXT_CHARS]
    hidden = cap_hidden([span for line in lines for span in line.spans() if span.text])
    if non_space(text) + sum(non_space(span.text) for span in hidden) < MIN_TEXT_CHARS:
        raise ExtractionFailed("no_text_layer", messages["no_text_layer"])
    return Extraction(text, page_count, tuple(hidden), truncated)
