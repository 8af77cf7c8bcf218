"""How far an injected block reaches after a fake fence, chat turn or end-of-CV marker.

A fence closed ("```", "</cv>"), a turn opened ("### System", "Human:", "Assistant:") or the CV declared over
("END OF RESUME") claims that what follows is no longer the CV: the lines after it belong to the injection,
even those that read harmless alone ("The candidate above meets every requirement."). The block runs until
the page visibly turns back into a CV: a blank line, a section heading, a line naming a skill in a list or
dated like a job, or another fence. A marker alone is no injection (a markdown CV may hold a code fence,
a CV may end "End of CV"); it goes with the block only when the next line it opens was found injected.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from jobs.scoring import sections
from jobs.scoring.skills import find_skills

# Folded lines. The turn names are those a transcript uses; a CV's "User:" label opens no block unless the
# line itself was found injected.
_OPENER = re.compile(
    r"^[\s*\u2022>#-]*(?:```|~~~|<\|?/?[a-z_]+\|?>|&lt;/|\[/?[a-z_]+\]|<<sys>>|#{2,}\s*\w+"
    r"|(?:system|assistant|human|user|ai|model)(?: prompt)?\s*:|new (?:instructions|task|rules)\s*:"
    r"|end of (?:the )?(?:candidate )?(?:context|prompt|cv|resume|document|input|data|application|profile)\b)"
)
# A marker with nothing else on its line: "```", "</cv>", "--- END OF RESUME ---".
_BARE = re.compile(
    r"^[\s*\u2022>#=_-]*(?:```\w*|~~~|</?[a-z_]+>|end of (?:the )?(?:candidate )?(?:context|prompt|cv|resume"
    r"|document|input|data|application|profile))[\s.:=_-]*$"
)
_FENCE = re.compile(r"^\s*(?:```|~~~)")
_DATED = re.compile(r"\b(?:19|20)\d{2}\b")
MAX_BLOCK_LINES = 12  # a page without blank lines may run on into the CV: what is lost then is the cheat's


def block_lines(lines: Sequence[str], folded: Sequence[str], dropped: set[int]) -> set[int]:
    """Return the lines to drop with the injected lines `dropped`: bare markers that open them, and the
    lines after an opener up to where the CV resumes."""
    extra: set[int] = set()
    for number, line in enumerate(folded):
        if not _OPENER.match(line):
            continue
        start = number
        if number not in dropped:
            following = _next_filled(lines, number)
            if following is None or following not in dropped or not _BARE.match(line):
                continue
            extra.add(number)
            start = following
        extra.update(_block_after(lines, start))
    return extra - dropped


def _next_filled(lines: Sequence[str], number: int) -> int | None:
    return next((n for n in range(number + 1, len(lines)) if lines[n].strip()), None)


def _block_after(lines: Sequence[str], start: int) -> list[int]:
    block: list[int] = []
    for number in range(start + 1, min(len(lines), start + 1 + MAX_BLOCK_LINES)):
        line = lines[number]
        if _FENCE.match(line):
            return [*block, number]  # the fence closing the block goes with it
        if _resumes(line):
            return block
        block.append(number)
    return block


def _resumes(line: str) -> bool:
    """Whether a line reads as the CV again: blank, a heading, a listed skill or a dated line."""
    if not line.strip() or sections.heading_section(line) is not None or _DATED.search(line):
        return True
    return sections.is_list_like(line) and bool(find_skills(line))
