"""Blind-mode rules for personal details in Polish, Italian and Dutch, and birth told in several languages.

Found by acting as blind mode's outside checker (jobs/tests/blind_cvs_adversarial.py): the German, French and
Spanish forms were in redaction_intl; these are what still reached the scorer.
- Personal-details labels ("Wiek:", "Płeć:", "Narodowość:", "Wyznanie:", "Jahrgang 1987"), and a nationality
  given with no colon ("cittadinanza italiana", "Spaanse nationaliteit").
- Marital status and children in Italian, Polish and Dutch ("sposata, due figli", "żonaty, dwoje dzieci",
  "getrouwd, twee kinderen"), each guarded: a criterion naming the word keeps it.
- Birth with a year in French, Italian, Spanish, Polish or German prose ("Né en 1989 à Lyon", "Nata il
  12/03/1990 a Torino", "Urodzony 5 maja 1991 r. w Gdańsku"). The year is required, so "née Martin" is the
  maiden-name rule's and "NATO" is nobody's birth.
- An age standing alone between separators ("34 jaar · ..."): inside a sentence "10 jaar ervaring" is a
  duration, and stays.
- Titles of other languages before a redacted name ("Dott.ssa", "Sig.ra", "Dña.", "Pani"), and immigration
  statuses that say where someone comes from ("Indefinite leave to remain", "pre-settled status"), and a
  nationality made a gendered noun ("a proud Irishman"; "English teacher" stays a language). Right to
  work stays, as in redaction_rules.
"""

from __future__ import annotations

import dataclasses
import re

from jobs.scoring.redaction_gate import fragments
from jobs.scoring.redaction_rules import Rule, label_rule

_I = re.IGNORECASE
_IM = re.IGNORECASE | re.MULTILINE

LABEL_RULES = (
    label_rule("wiek", "age", "[age]"),
    # "Płeć" starts with a letter the ASCII gate cannot hold: its lines are found by the letters after it.
    dataclasses.replace(
        label_rule("p\u0142e\u0107 plec", "gender", "[gender]"), gate=("\u0142e\u0107", "plec")
    ),
    label_rule("narodowo[s\u015b][c\u0107]", "nationality", "[nationality]"),
    label_rule("wyznanie", "religion", "[religion]"),
    label_rule(
        "jahrgang geboortejaar rok_urodzenia anno_di_nascita",
        "date_of_birth",
        "[dob]",
        colon_optional=True,
    ),
    label_rule("geboren", "date_of_birth", "[dob]"),  # with its colon: "geboren in Köln" is a birthplace
    label_rule("adres", "address", "[address]"),
)

_COUNT = (
    r"\d|un[oa]?|due|tre|quattro|jedno|dwoje|dw\u00f3jka|troje|tr\u00f3jka|czworo|dw\u00f3ch|trzech|een"
    r"|\u00e9\u00e9n|twee|drie|vier"
)
_CHILDREN = (
    r"figli|figlie|figlio|figlia|bambini|dzieci|dziecko|syn\u00f3w|c\u00f3rki|c\u00f3rek|kinderen|kind"
)
FAMILY_RULES = (
    Rule(
        "family",
        re.compile(
            r"\b(?:sposat[oa]|coniugat[oa]|nubile|celibe|divorziat[oa]|vedov[oa]|\u017conaty|zam\u0119\u017cna"
            r"|rozwiedzion[ya]|wdow(?:a|iec)|kawaler|getrouwd|gehuwd|ongehuwd|gescheiden|weduwe|weduwnaar"
            r"|samenwonend)\b"
            rf"|\b(?:{_COUNT})[ \t]+(?:{_CHILDREN})\b",
            _I,
        ),
        "[family]",
        guarded=True,
        gate=(
            *fragments("sposat coniugat nubile celibe divorziat vedov rozwiedzion wdow kawaler getrouwd"),
            *fragments("gehuwd gescheiden weduw samenwonend figl bambini dzieci dziecko kind"),
            "onaty",
            "m\u0119\u017cna",
            "syn\u00f3w",
            "c\u00f3r",
        ),
    ),
)

# "3 mai 1991", "12/03/1990", "the 3rd of April, 1989", "en 1989": a day and month, or neither, then the year.
_YEAR_DATE = (
    r"(?:(?:the[ \t]+)?\d{1,2}(?:er|st|nd|rd|th|\u00ba)?[ \t./-]+(?:(?:de|of)[ \t]+)?"
    r"(?:[^\W\d_]{3,}\.?(?:[ \t]+de)?,?[ \t]+|\d{1,2}[ \t./-]+)"
    r"|[^\W\d_]{3,}[ \t]+(?:de[ \t]+)?)?(?:19|20)\d{2}\b"
)
_AGE_UNITS = "jaar|ans|anni|lat|a\u00f1os|jahre|anos"
DATE_RULES = (
    Rule(
        "date_of_birth",
        re.compile(
            r"\b(?:[Nn]\u00e9e?|[Nn]acid[oa]|[Nn]at[oa]|[Uu]rodzon[ya]|[Gg]eboren|[Bb]orn|[Ff]\u00f6dd"
            r"|[Ff]\u00f8dt|[Ff]\u00f8dd)[ \t]+"
            r"(?:(?:en|in|on|il|le|el|am|em|w|dnia|op|nel|den)[ \t]+)?"
            rf"{_YEAR_DATE}(?:[ \t]*r\.)?"
            r"(?:,?[ \t]+(?:\u00e0|a|in|en|em|w|te|i)[ \t]+"
            r"[A-Z\u00c0-\u00de\u0141\u015a\u017b][\w\u00c0-\u017f-]+)?"
        ),
        "[dob]",
        # Not DIGITS: most CV lines hold a digit. "nato " with its space, as "coordinator" holds "nato".
        gate=(
            "n\u00e9",
            "nacid",
            "nato ",
            "nata ",
            "urodzon",
            "geboren",
            "born",
            "\u00f6dd",
            "\u00f8dt",
            "\u00f8dd",
        ),
    ),
    # "Born: 3 April 1989, Cork" is "[dob], Cork" once a date rule is done: the town ending it goes too, also
    # before another column ("Born: 1983, Zürich      Python"). Guarded: "Born 1980, Python." keeps a skill.
    Rule(
        "nationality",
        re.compile(
            r"(?<=\[dob\]),[ \t]*[A-Z\u00c0-\u00de][\w\u00c0-\u00ff'\u2019-]+"
            r"(?:[ ][A-Z\u00c0-\u00de][\w\u00c0-\u00ff'\u2019-]+)?"  # "Cape Town", not "Zürich      Julia"
            r"(?=[ \t]*(?:$|[.;|\u00b7\u2022\t])|[ \t]{2})",
            re.MULTILINE,
        ),
        "",
        guarded=True,
        gate=("[dob]",),
    ),
    Rule(
        "age",
        re.compile(
            rf"((?:^|(?<=[\u00b7\u2022,;]))[ \t]*)\d{{2}}[ \t]+(?:{_AGE_UNITS})"
            r"(?:[ \t]+(?:oud|alt))?(?=[ \t]*(?:$|[\u00b7\u2022,;]))",
            _IM,
        ),
        r"\1[age]",
        gate=tuple(f"{gap}{unit}" for unit in _AGE_UNITS.split("|") for gap in " \t"),
    ),
)

NATIONALITY_RULES = (
    Rule(
        "nationality",
        re.compile(
            r"\b(?:indefinite[ \t]+leave[ \t]+to[ \t]+remain|(?:pre-)?settled[ \t]+status)\b"
            r"(?:[ \t]*\(ILR\))?"
            r"|\b[A-Z][a-z]+e[ \t]+nationaliteit\b"
            # a nationality made a gendered noun: "a proud Irishman", "Welshwoman".
            r"|\b(?:Irish|English|French|Scots|Welsh|Dutch|Cornish|Manx)(?:man|woman|men|women)\b"
            r"|\b(?:nazionalit[\u00e0a]|cittadinanza|obywatelstw[oa]|narodowo[s\u015b][c\u0107]|nationaliteit)"
            r"[ \t]+[a-z\u00e0-\u017f]+",
            _I,
        ),
        "[nationality]",
        gate=(
            *fragments("leave settled nationaliteit nazionalit cittadinanza obywatelstw narodowo"),
            *fragments("irish english french scots welsh dutch cornish manx"),
        ),
    ),
)

RELIGION_RULES = (
    Rule(
        "religion",
        re.compile(
            r"\b(?:rzymskokatolick\w*|katolick\w*|prawos\u0142awn\w*|ewangelick\w*|cattolic[oaie]|ortodoss[oaie]"
            r"|musulman[oaie]|cat[o\u00f3]lic[oa]s?|evang[e\u00e9]lic[oa]s?|musulm[a\u00e1]n(?:a|es|as)?)\b",
            _I,
        ),
        "[religion]",
        guarded=True,
        gate=(
            *fragments("rzymskokatolick katolick prawos ewangelick cattolic ortodoss musulm evang"),
            "olic",
            "\u00f3lic",
        ),
    ),
)

# Run after names: a title is found by the "[name]" after it.
TITLE_RULES = (
    Rule(
        "gender",
        re.compile(
            r"\b(?:Dott\.ssa|Dottoressa|Sig\.ra|Sig\.na|Signora|Signorina|Signor|Sig|D\u00f1a|Dna|Do\u00f1a|Pani"
            r"|Pan)\.?(?=[ \t]+\[name\])"
        ),
        "[gender]",
        gate=("[name]",),
    ),
)
