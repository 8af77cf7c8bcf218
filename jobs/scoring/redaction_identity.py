"""Blind-mode rules for who someone is: faith, disability, orientation, ethnicity, gender, schools, photos.

Each is guarded: a match holding a word the criteria or the skills vocabulary need stays ("Women's health").
"""

from __future__ import annotations

import re

from jobs.scoring.redaction_gate import fragments, register
from jobs.scoring.redaction_rules import Rule, any_of
from jobs.scoring.redaction_words import (
    DISABILITY_WORDS,
    ETHNICITY_WORDS,
    FAITH_WORDS,
    GENDERED_TITLES,
    ORIENTATION_WORDS,
    SINGLE_SEX_COLLEGES,
)

_I = re.IGNORECASE
_IM = re.IGNORECASE | re.MULTILINE
_GENDER_GROUP = r"women|woman|girls?|ladies|lady|men|boys?|gentlemen|female|male|females|males"
_PEOPLE_WORD = r"(?:\[nationality\]|[A-Z][\w'\u2019-]+)"  # a people, written out or already redacted
WORD_RULES = (
    Rule(
        "religion",
        re.compile(
            r"\bS(?:ain)?t\.?[ \t]+[A-Z][a-z]+(?:['\u2019]s|s)?(?=[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:Catholic"
            r"|Anglican|Orthodox|Church|Parish|Cathedral|Chapel"
            r"|Convent|School|College|Academy|High|Grammar|Primary|Secondary|Girls|Boys))"
            # A hospital a faith founded ("Riverside Methodist Hospital", "Baptist Health") employs anyone.
            rf"|(?<![\w-])(?:{any_of(FAITH_WORDS)})(?![\w-])(?![ \t]+(?:hospitals?|medical|health|healthcare"
            r"|hospice|clinic)\b)|\bconvent\b|\bchurch[ \t]+choir\b",
            _I,
        ),
        "[religion]",
        guarded=True,
        gate=fragments(
            "catholic anglican orthodox church parish cathedral chapel convent school college academy high"
            f" grammar primary secondary girls boys {FAITH_WORDS}"
        ),
    ),
    Rule(
        "disability",
        re.compile(
            rf"\b(?:{any_of(DISABILITY_WORDS)})\b|\bdiagnosed[ \t]+with[ \t]+(?:an?[ \t]+)?[\w-]+", _I
        ),
        "[disability]",
        guarded=True,
        gate=fragments(f"{DISABILITY_WORDS} diagnosed"),
    ),
    Rule(
        "sexual_orientation",
        re.compile(rf"(?<![\w-])(?:{any_of(ORIENTATION_WORDS)})(?![\w-])", _I),
        "[orientation]",
        guarded=True,
        gate=fragments(ORIENTATION_WORDS),
    ),
    Rule(
        "ethnicity",
        re.compile(rf"\b(?:{any_of(ETHNICITY_WORDS)})\b", _I),
        "[ethnicity]",
        guarded=True,
        gate=fragments(ETHNICITY_WORDS),
    ),
    Rule(
        "school",
        re.compile(rf"\b(?:{any_of(SINGLE_SEX_COLLEGES)})(?:[ \t]+College)?\b", _I),
        "[school]",
        gate=fragments(SINGLE_SEX_COLLEGES),
    ),
    Rule(
        "gender",
        re.compile(
            rf"\b(?:{_GENDER_GROUP})(?:['\u2019]s|s['\u2019]|['\u2019])?(?=[ \t]+(?:school|college|grammar"
            r"|high|academy|institute"
            r"|university|prep|boarding|seminary|hall|society|club|team|network|association|group|chapter"
            r"|rugby|football"
            r"|soccer|basketball|hockey|cricket|netball|volleyball|rowing|choir|in[ \t]+\w+|who[ \t]+code"
            r"|engineers?|developers?|leaders?|founders?|entrepreneurs?|scholars?"
            r"|mentors?|only|mentoring|employee|brigade|guides|scouts|league|union|squad|chorus|corps|circle|forum"
            r"|council|federation))"
            r"|\b(?:female|male|feminine|masculine)\b|\b(?:as|being)[ \t]+an?[ \t]+(?:woman|man|girl|boy"
            r"|mother|father)\b"
            r"|\b((?:society|association|network|conference|school|college|academy|institute)[ \t]+(?:of"
            r"|for)[ \t]+)"
            r"(?:women|girls|men|boys|ladies|young ladies)\b",
            _I,
        ),
        r"\1[gender]",
        guarded=True,
    ),
    # A colour before a nationality the rules above took ("Black British"), and a people named as descent.
    Rule(
        "ethnicity",
        re.compile(
            r"\b(?:black|white|brown|mixed[ \t-]race|bi-?racial|multi-?racial)[ \t]+\[nationality\]"
            rf"|\b(?-i:of[ \t]+{_PEOPLE_WORD}(?:[ \t]+{_PEOPLE_WORD})?[ \t]+"
            r"(?:heritage|descent|ancestry|extraction))\b",
            _I,
        ),
        "[ethnicity]",
        guarded=True,
        gate=("[nationality]", "heritage", "descent", "ancestry", "extraction"),
    ),
    # An age said in passing: "At 55, still coding", "retired early at 50", "by the age of 30".
    Rule(
        "age",
        re.compile(
            r"(?:^|(?<=[.;!?][ \t]))at[ \t]+\d{2},"
            r"|\bretired[ \t]+(?:early[ \t]+)?at[ \t]+\d{2}\b"
            r"|\b(?:at|by)[ \t]+the[ \t]+age[ \t]+of[ \t]+\d{1,2}\b",
            _I | re.MULTILINE,
        ),
        "[age]",
        gate=("at ", "retired", "age of"),
    ),
)

# A school's own name says where and how someone grew up; "High School" itself stays.
SCHOOL_NAME = re.compile(
    r"\b(?:[A-Z][\w'\u2019.-]*[ \t]+){1,4}(?=(?:(?:Girls|Boys)['\u2019]?[ \t]+)?(?:High|Grammar|Secondary"
    r"|Comprehensive|Primary|Prep|Preparatory|Middle|Elementary|Convent)[ \t]+School\b"
    r"|School[ \t]+for[ \t]+(?:Girls|Boys|Young[ \t]+Ladies)\b)"
)
GENDERED_TITLE_GATE = fragments(" ".join(title.replace(" ", "_") for title in GENDERED_TITLES))
register(GENDERED_TITLE_GATE)
GENDERED_TITLE_RE = re.compile(rf"\b(?:{'|'.join(sorted(GENDERED_TITLES, key=len, reverse=True))})\b", _I)
PHOTO_RULES = (
    Rule(
        "photo",
        re.compile(
            r"^(?![ \t]*\[image\])[ \t]*[\[(<]?[ \t]*(?:(?:insert|add|place|your)[ \t]+)?"
            r"(?:profile[ \t]+|passport[ \t]+|portrait[ \t]+)?(?:photo|zdj[e\u0119]cie"
            # "Bewerbungsfoto", "Passbild", "Photo d'identité"; "Image processing" is a skill, no caption.
            r"|photograph|picture|pic|headshot|portrait|[a-z]*foto|[a-z]*bild|avatar|image)\b"
            r"(?![ \t]+(?:editing|processing|recognition|retouching|manipulation|classification|segmentation"
            r"|generation|analysis|restoration|journalism|studio|lab|optimi[sz]ation|compression)\b)"
            r"(?:[ \t]*[\])>])?(?:[ \t]*(?::|of|showing|-)[^\n]*|(?:[ \t]+[\w'\u2019]+){1,3})?"
            r"[ \t]*[\])>]?[ \t]*$",
            _IM,
        ),
        "[image]",
        guarded=True,
    ),
    Rule(
        "photo",
        re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)|\b[\w-]+\.(?:jpe?g|png|gif|webp|heic|bmp)\b", _I),
        "[image]",
        gate=("![", ".jp", ".png", ".gif", ".webp", ".heic", ".bmp"),
    ),
)
