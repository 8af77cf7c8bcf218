"""Blind-mode rules for family and marital status: parents, children, partners, pregnancy and leave.

What a CV says of the candidate's family ("mother of two", "my husband", "married", "maternity leave") goes,
as it may be held against them; a parent that is a thing ("parent company", "Son of a Preacher" as a band's
name) stays. These are the first family rules; redaction_prose, redaction_languages, redaction_status and
redaction_intl add others, and redaction_groups sets the order they run in.
"""

from __future__ import annotations

import re

from jobs.scoring.redaction_gate import fragments
from jobs.scoring.redaction_rules import Rule

_IM = re.IGNORECASE | re.MULTILINE
_NUMBER_WORD = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|twins|a)\b"
_PARENT = r"mother|father|mum|mom|dad|daddy|mummy|mommy|parent|grandmother|grandfather|grandma|grandpa|granny"
_PROUD = (
    r"proud|busy|devoted|loving|doting|new|first[ \t-]time|hands[ \t-]on|working|full[ \t-]time|single"
    r"|stay[ \t-]at[ \t-]home"
)
_CHILDREN = r"children|kids|boys|girls|sons?|daughters?|toddlers?|bab(?:y|ies)|teenagers?|twins|newborn"
_OFFSPRING = rf"{_CHILDREN}|little ones|child"
# "A new parent company", "the parent process": a parent that is a thing.
_NOT_KIN = (
    r"compan|process|node|class|element|director|folder|organi[sz]|entit|brand|group|window|theme|record|task"
)
FAMILY_RULES = (
    Rule(
        "family",
        re.compile(
            r"\b(?:(?:single|stay[ \t-]at[ \t-]home|full[ \t-]time|proud|devoted|loving)[ \t]+)?(?:mother"
            r"|father|mum|mom|dad|parent|grandmother|grandfather|grandparent)"
            rf"[ \t-]+(?:of|to)[ \t-]+(?:\w+[ \t]+)?{_NUMBER_WORD}(?:[ \t]+(?:young|small|wonderful|beautiful"
            r"|lovely|grown-up|teenage))?"
            r"(?:[ \t]+(?:children|kids|boys|girls|sons|daughters|teenagers|toddlers|little ones))?"
            r"|(?:(?<=\bhave )|(?<=\bhas )|(?<=\bwith )|(?<=\band )|(?<=, )"
            rf"|(?<=^))(?:{_NUMBER_WORD})[ \t]+(?:young[ \t]+|small[ \t]+|grown(?:-up)?[ \t]+)?"
            r"(?:children|kids|sons|daughters|grandchildren|child|son|daughter)\b"
            r"|\b(?:my|our|his|her|their)[ \t]+(?:(?:elderly|late|young|little)[ \t]+)?(?:wife|husband|spouse"
            r"|children|kids|sons?|daughters?|baby|babies|family|fianc[e\u00e9]e?|twins|newborn|brothers?"
            r"|sisters?|mother|father|mum|mom|dad|parents|grandchildren|boyfriend|girlfriend)\b"
            r"|\bmy[ \t]+partner\b"
            r"|\bmarried\b(?![ \t]+to[ \t]+(?:the|my|our|this)[ \t]+(?:job|work|mission|cause|craft|role"
            r"|brand|vision)\b)"
            r"|\b(?:divorced|widowed|widow|widower|newlywed|husband|wife|spouse|fianc[e\u00e9]e?"
            r"|grandchildren|grandsons?|granddaughters?|stepchildren|stepsons?|stepdaughters?|toddlers?"
            r"|grand(?:mother|father|parent)s?)\b"
            # A son in lower case, or opening a line or an item; capitalised inside a line it is a title or a
            # firm ("the band Son of a Preacher", "Dombey and Son"), and so is "Son of a ..." opening an item.
            r"|\b(?-i:sons?|daughters?)\b|(?:^|(?<=[:|(\u2022\u00b7,;])|(?<=[:|(\u2022\u00b7,;][ \t]))"
            r"(?-i:Sons?|Daughters?|SONS?|DAUGHTERS?)\b"
            r"(?![ \t]+(?i:of)[ \t]+(?i:a|an)\b)"
            r"|\b(?:single|stay[ \t-]at[ \t-]home|working)[ \t]+(?:mother|father|mum|mom|dad|parent)\b"
            r"|\b(?:maternity|paternity|parental|adoption)[ \t]+leave\b|\bpregnan(?:t|cy)\b"
            r"|\bfamily[ \t]+(?:man|woman)\b|\bhomemaker\b|\bnewly[ \t-]?weds?\b"
            # A parent saying so: "proud dad", "mum to twin boys", "daddy of two girls", "I'm a working mom"
            rf"|\b(?:{_PROUD})[ \t]+(?:{_PARENT})\b(?![ \t-]+(?:{_NOT_KIN}))"
            rf"|\b(?:{_PARENT})[ \t]+(?:of|to)[ \t]+(?:(?:a|an|my|our|twin|\w+)[ \t]+)?(?:{_OFFSPRING})\b"
            rf"|\b(?:i[ \t]+am|i['\u2019]m)[ \t]+a[ \t]+(?:(?:{_PROUD})[ \t]+)?(?:{_PARENT})\b"
            rf"(?![ \t-]+(?:{_NOT_KIN}))"
            r"|\b(?:mothers|mums|moms|fathers|dads|parents)['\u2019]?[ \t]+(?:union|group|network|club"
            r"|meetup)\b"
            r"|\b(?:to|for)[ \t]+(?:raise|raising|care[ \t]+for|caring[ \t]+for|look[ \t]+after"
            r"|looking[ \t]+after|bring[ \t]+up"
            r"|bringing[ \t]+up)[ \t]+(?:my|our|two|three|young)?[ \t]*(?:\w+[ \t]+)?(?:children|kids|family"
            r"|son|daughter|baby|parents?)\b",
            _IM,
        ),
        "[family]",
        guarded=True,  # a midwife's "pregnancy care" stays when a criterion asks for it
        gate=fragments(
            "mother father mum mom dad parent child kid son daughter wife husband spouse bab famil fianc"
            " twins newborn brother sister friend partner married divorced widow newlywed toddler leave"
            " pregnan homemaker grandma grandpa granny newly"
        ),
    ),
    # What goes with a family word is one too: "Father and [family]", "a devoted [family] and mother".
    Rule(
        "family",
        re.compile(
            rf"(?:(?<=\[family\] and )|(?<=\[family\], )|(?<=\[family\] & ))(?:{_PARENT}|husband|wife)\b"
            rf"|\b(?:{_PARENT}|husband|wife)(?=[ \t]*(?:,|and|&)[ \t]*\[family\])",
            _IM,
        ),
        "[family]",
        guarded=True,
        gate=("[family]",),
    ),
)
