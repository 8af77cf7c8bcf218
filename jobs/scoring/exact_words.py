"""Short skill names that are also ordinary words ("Go", "R", "C", "Spring"): which mention is the word.

"Go above and beyond", "ready to Go", "Go Live support", "Spring 2020", "R&D": the word, not the language or
the framework. "in Go", "Go, Rust", "Go (Golang)": the language. A recruiter tells them by what follows
(a particle or an object a verb takes, a year, a hyphen) and, for a verb, by what comes before ("willing to
Go"). A name followed by "and" is a tool only after "in", "using", "with" or "Languages:" ("services in Go
and Python"); elsewhere it is left unread as before ("Go and see"; "Spring and Java EE", a criterion's name
for one thing to show in full, read as two changed how Java criteria are met).
"""

from __future__ import annotations

import re

_AFTER = re.compile(
    r"\s*[-&]|\s+(?i:to|live|ahead|on|of|is|above|beyond|the|through|over|back|out|into|further|extra"
    r"|forward|home|up|down|off|get)\b|\s+(?:19|20)\d\d|\.\s*[A-Z]"
)
_BEFORE = re.compile(
    r"\b(?:ready|willing|want|wants|wanted|able|need|needs|let's|lets|free|good|way|time|have|has|had|got|how"
    r"|eager|keen|prepared)\s+to\s+$",
    re.IGNORECASE,
)
_AND = re.compile(r"\s+and\b")
# "written in Go and Python", "services using Go and Kafka": after "in", "using" or "with" it is a tool named.
_TOOL_BEFORE = re.compile(r"\b(?:in|using|with|languages?:?)\s+$", re.IGNORECASE)
_REACH = 24  # characters before a mention that the verb's lead-in fits in ("always willing to ")


def ordinary(text: str, start: int, end: int) -> bool:
    """Whether the case-sensitive name at text[start:end] is used as an ordinary word there."""
    before = text[max(0, start - _REACH) : start]
    if _AND.match(text, end) is not None:
        return _TOOL_BEFORE.search(before) is None
    return _AFTER.match(text, end) is not None or _BEFORE.search(before) is not None
