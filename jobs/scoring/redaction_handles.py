"""E-mail addresses, links and handles: the rules that replace them, and the name parts they spell.

A CV whose header gives no name may still spell it in "jane.doe@" or "linkedin.com/in/jane-doe", and write it
out elsewhere (a footer, a signature). These parts confirm a header name and, when the text also writes them
capitalised, are the name.
"""

from __future__ import annotations

import re

from jobs.scoring.redaction_gate import fragments, lines_holding
from jobs.scoring.redaction_rules import Rule
from jobs.scoring.redaction_words import GENERIC_MAILBOX
from jobs.scoring.skills import fold

_COLON = "[:\uff1a]"
_PROFILE_LABELS = """linkedin github gitlab twitter skype telegram instagram facebook mastodon bluesky discord
    kaggle leetcode medium behance dribbble portfolio website handle wechat weixin"""
# Top-level domains of an address with a path ("github.com/jane") and of a bare site ("jane.dev").
_PATH_DOMAINS_TEXT = "com io dev me org net co uk fr es de in ai page site"
_SITE_DOMAINS_TEXT = "com io dev me org design app blog site online studio info"
_PATH_DOMAINS = _PATH_DOMAINS_TEXT.split()
_SITE_DOMAINS = _SITE_DOMAINS_TEXT.split()
CONTACT_RULES = (
    # Gated like the long alternations: these scan every word of the text to find none on most lines.
    Rule("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "[email]", gate=("@",)),
    Rule(
        "url",
        re.compile(
            rf"\bhttps?://\S+|\bwww\.\S+|\b[\w-]+\.(?:{'|'.join(_PATH_DOMAINS)})/\S+"
            rf"|\b[\w-]+(?:\.[\w-]+)*\.(?-i:{'|'.join(_SITE_DOMAINS)})\b",
            re.IGNORECASE,
        ),
        "[url]",
        gate=("http", "www.", *dict.fromkeys(f".{domain}" for domain in (*_PATH_DOMAINS, *_SITE_DOMAINS))),
    ),
    Rule(
        "url",
        re.compile(
            rf"\b({'|'.join(_PROFILE_LABELS.split())})([ \t]{{0,3}}{_COLON}[ \t]{{0,3}})"
            r"(?:/+[ \t]*)?(?!\[)\S+",
            re.IGNORECASE,
        ),
        r"\1\2[url]",
        gate=fragments(_PROFILE_LABELS),
    ),
    Rule("url", re.compile(r"(?<![\w.@])@[A-Za-z0-9_]{3,30}\b(?!\.)"), "[url]", gate=("@",)),
)

EMAIL = re.compile(r"([\w.+-]+)@[\w-]+(?:\.[\w-]+)+")
# The slug of a LinkedIn profile: "linkedin.com/in/inigo-villanueva-83b2".
PROFILE_SLUG = re.compile(r"linkedin\.com/in/([A-Za-z\u00c0-\u017f][\w\u00c0-\u017f-]*)", re.IGNORECASE)


def spelled_parts(text: str) -> set[str]:
    """The folded name parts of the CV's e-mail local parts and LinkedIn slugs."""
    # `EMAIL` tried at every position of the text backtracked through each word: only "@" lines can match.
    parts: set[str] = set()
    for match in (found for line in lines_holding(text, "@") for found in EMAIL.finditer(line)):
        local = fold(match.group(1))
        pieces = [p for p in re.split(r"[._+\-\d]+", local) if len(p) >= 2 and p not in GENERIC_MAILBOX]
        parts |= set(pieces)
        if len(pieces) == 1 and len(pieces[0]) >= 5:  # "jdoe", "janed": initial and name run together
            parts |= {pieces[0][1:], pieces[0][:-1]}
    return parts | _slug_parts(text)


def _slug_parts(text: str) -> set[str]:
    # A slug's first two words, given and family name: "jane-doe-4821", never "uk" or "dev" after them
    # ("jane-doe-uk" would make every "UK" a name). A slug of one word is a brand as often as a name
    # ("linkedin.com/in/rendercv" in a template): it spells nothing.
    parts: set[str] = set()
    for line in lines_holding(text, "/"):
        for match in PROFILE_SLUG.finditer(line):
            pieces = fold(match.group(1)).split("-")[:2]
            if len(pieces) == 2 and all(
                p.isalpha() and len(p) >= 3 and p not in GENERIC_MAILBOX for p in pieces
            ):
                parts |= set(pieces)
    return parts
