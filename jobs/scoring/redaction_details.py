"""Blind-mode rules for labelled personal details the first label rules (redaction_rules) do not read.

- Personal-details blocks in Portuguese, Italian and Dutch ("Naturalidade:", "Stato civile:", "Burgerlijke
  staat:"), and the labels CVs of some countries add: a parent's occupation, a hometown or "State of Origin",
  a tribe, an emergency contact or next of kin (another person's name, relation and phone).
- Physical details: height, weight, blood group and a stated state of health are data about the body a
  screener must not see. The value must look like one ("180 cm", "75 kg", "O+", "excellent"): "Working at
  Height: IPAF certified" is a skill, and "Health: NHS trusts" a sector.
- A salutation given as a label ("Title: Mrs"): only a salutation goes, as "Title: Senior Engineer" is a job.
- An e-mail address written to dodge scrapers ("jane [at] example [dot] com", "jane dot doe at mail dot com").
"""

from __future__ import annotations

import re

from jobs.scoring.redaction_gate import AT_ADDRESS, DIGITS, fragments, subn_lines
from jobs.scoring.redaction_rules import Rule, label_rule

_I = re.IGNORECASE

LABEL_RULES = (
    label_rule(
        r"data_de_nascimento data_nasc\.? geboortedatum geboren_op data_urodzenia",
        "date_of_birth",
        "[dob]",
        colon_optional=True,
    ),
    label_rule(
        r"naturalidade local_de_nascimento luogo_di_nascita geboorteplaats miejsce_urodzenia hometown"
        r" home_town native_place native_town place_of_origin state_of_origin lga_of_origin lga domicile",
        "nationality",
        "[birthplace]",
    ),
    label_rule(
        r"stato_civile burgerlijke_staat stan_cywilny filhos figli kinderen civilst[a\u00e5]nd sivilstand"
        r" father['\u2019]?s_occupation mother['\u2019]?s_occupation parents['\u2019]?_occupations?"
        r" father['\u2019]?s_profession mother['\u2019]?s_profession guardian['\u2019]?s_occupation"
        r" emergency_contact next_of_kin father mother father['\u2019]?s_name mother['\u2019]?s_name"
        r" guardian",
        "family",
        "[family]",
    ),
    label_rule(
        r"nacionalidade nazionalit[a\u00e0] cittadinanza nationaliteit obywatelstwo",
        "nationality",
        "[nationality]",
    ),
    label_rule(r"religi[a\u00e3]o religione godsdienst geloof", "religion", "[religion]"),
    label_rule(r"sesso geslacht", "gender", "[gender]"),
    label_rule(r"tribe", "ethnicity", "[ethnicity]"),
    label_rule(r"sexual_orientation", "sexual_orientation", "[orientation]"),
    label_rule(
        r"medical_history health_conditions? medical_information allergies", "disability", "[disability]"
    ),
)

_SEP = r"[ \t]*(?:[:\uff1a]|[-\u2013](?=[ \t]))?[ \t]*"
_HEIGHT = r"height|k[öo]rpergr[öo](?:ß|ss)e|gr[öo](?:ß|ss)e|altezza|estatura|altura|taille|lengte"
_WEIGHT = r"weight|gewicht|peso|poids"
_BLOOD = (
    r"blood[ \t]+(?:group|type)|blutgruppe|groupe[ \t]+sanguin|grupo[ \t]+sangu[íi]neo"
    r"|gruppo[ \t]+sanguigno|tipo[ \t]+sangu[íi]neo|bloedgroep"
)
_HEALTH = (
    r"(?:state[ \t]+of[ \t]+)?health|gesundheit(?:szustand)?|[ée]tat[ \t]+de[ \t]+sant[ée]"
    r"|estado[ \t]+de[ \t]+salud"
)
_HEALTH_VALUE = (
    r"excellent|very[ \t]+good|good|fine|fit|sound|robust|no[ \t]+(?:known[ \t]+)?(?:health[ \t]+)?(?:issues"
    r"|problems|conditions|illnesses|restrictions)|none|sehr[ \t]+gut|gut|bonne|excelente|buena|buono|ottimo"
)
_HEIGHT_VALUE = (
    r"\d{1,3}(?:[.,]\d{1,2})?[ \t]*(?:cm|m|ft|feet|foot|'|\u2019)"
    r"(?:[ \t]*\d{1,2}[ \t]*(?:in|inches|\"|\u201d|''))?(?![\w'])"
)
_WEIGHT_VALUE = (
    r"\d{2,3}(?:[.,]\d)?[ \t]*(?:kgs?|kilos?|lbs?|pounds|st(?:one)?)\b(?:[ \t]*\d{1,2}[ \t]*lbs?\b)?"
)
PHYSICAL_RULES = (
    Rule(
        "physical",
        re.compile(
            # "Height/Weight: 160 cm / 55 kg": one label for both, the values in the same order.
            rf"\b(?:{_HEIGHT})[ \t]*(?:/|&|and)[ \t]*(?:{_WEIGHT}){_SEP}"
            rf"{_HEIGHT_VALUE}[ \t]*[/,&][ \t]*{_WEIGHT_VALUE}"
            rf"|\b(?:{_HEIGHT}){_SEP}{_HEIGHT_VALUE}|\b(?:{_WEIGHT}){_SEP}{_WEIGHT_VALUE}"
            rf"|\b(?:{_BLOOD}){_SEP}(?:AB|A|B|O|0)"
            r"(?:[ \t]*(?:[+-]|pos(?:itive)?|neg(?:ative)?|Rh[ \t]*[+-]?))?(?![\w+-])"
            rf"|(?:^|(?<=[|\u2022\u00b7;\t]))[ \t]*(?:{_HEALTH})[ \t]*[:\uff1a\-\u2013][ \t]*"
            rf"(?:{_HEALTH_VALUE})\b",
            re.IGNORECASE | re.MULTILINE,
        ),
        "[physical]",
        gate=(
            *fragments("height gr altezza estatura altura taille lengte weight gewicht peso poids"),
            *fragments("blood blutgruppe sanguin sangu bloedgroep health gesundheit sant salud"),
        ),
    ),
    Rule(
        "gender",
        re.compile(
            r"\b((?:title|salutation|anrede|civilit[ée]|tratamiento|aanhef)[ \t]*[:\uff1a\-\u2013][ \t]*)"
            r"(?:Mr|Mrs|Ms|Miss|Mx|Mister|Madam|Herr|Frau|M|Mme|Mlle|Madame|Monsieur|Sr|Sra|Srta|Se[ñn]or"
            r"|Se[ñn]ora|Dhr|Mevr|Mevrouw)\b\.?",
            _I,
        ),
        r"\1[gender]",
        gate=fragments("title salutation anrede civilit tratamiento aanhef"),
    ),
)

_AT = r"[ \t]*[\[({<]at[\])}>][ \t]*"
_DOT = r"[ \t]*[\[({<]dot[\])}>][ \t]*"
CONTACT_RULES = (
    Rule(
        "email",
        re.compile(
            rf"[\w.+-]+{_AT}[\w-]+(?:(?:{_DOT}|\.)[\w-]+)+"
            rf"|\b[\w+-]+(?:[ \t]+dot[ \t]+[\w+-]+)*[ \t]+at[ \t]+[\w-]+(?:[ \t]+dot[ \t]+[\w-]+)+\b",
            _I,
        ),
        "[email]",
        gate=("at]", "at)", "at}", "at>", "dot"),
    ),
)

# "São Paulo/SP", "Rio de Janeiro - RJ": a Brazilian town and its state, with the district before it and the
# CEP after it. Only on a line whose street is already redacted: "Marketing/PR" elsewhere is a job.
_WORD = r"[A-Z\u00c0-\u00de][\w\u00c0-\u00ff'-]*"
_UF = r"AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO"
_STATE_TOWN = re.compile(
    rf"(?:\b{_WORD}(?:[ \t]+{_WORD})?,[ \t]*)?"
    rf"\b{_WORD}(?:[ \t]+(?:de|do|da|dos|das)?[ \t]*{_WORD}){{0,3}}"
    rf"[ \t]*(?:/|[ \t]-)[ \t]*(?:{_UF})\b"
    r"(?:,?[ \t]*(?:CEP[ \t]*:?[ \t]*)?(?:\d{5}-?\d{3}\b|\[phone\]|\[address\]))?"
)


def redact_state_towns(text: str) -> tuple[str, int]:
    """Replace a Brazilian "Town/UF" (district and CEP with it) on a line holding a redacted address."""
    return subn_lines(_STATE_TOWN, "[address]", text, AT_ADDRESS)


# "S/O Tariq Mehmood", "D/O Late Sh. Ram Nath", "Wife of Mr. Okafor": South Asian and Nigerian CVs name the
# candidate by a parent or husband. The relation says the candidate's gender, the name is another person's.
# It runs before the name rules, so the relative's name is not read as the candidate's own.
_RELATIVE_TITLE = r"(?:(?:Mr|Mrs|Shri|Sh|Sri|Smt|Late|Dr|Alhaji|Chief|Mallam|Engr)\.?[ \t]+)*"
RELATION_RULES = (
    Rule(
        "family",
        re.compile(
            r"(?<![\w/.])(?:[SDW](?:/O|\.O\.)(?!\w)|(?i:son|daughter|wife)[ \t]+of(?=[ \t]+[A-Z]))"
            rf"[ \t]*[:\-\u2013]?[ \t]*{_RELATIVE_TITLE}"
            r"[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,3}"
        ),
        "[family]",
        gate=("/o", ".o.", "son of", "daughter of", "wife of"),
    ),
)

# A Philippine address: "Blk 5 Lot 12, Phase 2, Camella Homes, Bacoor, Cavite", "Brgy. San Isidro, Antipolo".
# A block and lot (or a barangay) open it; the subdivision, town and province follow to the segment's end.
_SEGMENT_REST = r"[^\n|\u2022\u00b7;]*"
PHILIPPINE_ADDRESS_RULES = (
    Rule(
        "address",
        re.compile(
            r"\b(?:(?:Blk|Block)\.?[ \t]*\d+[A-Z]?,?[ \t]+Lot\.?[ \t]*\d+[A-Z]?"
            rf"|Lot\.?[ \t]*\d+[A-Z]?,?[ \t]+(?:Blk|Block)\.?[ \t]*\d+[A-Z]?)\b{_SEGMENT_REST}",
            _I,
        ),
        "[address]",
        gate=DIGITS,
    ),
    Rule("address", re.compile(rf"\bBrgy\.?[ \t]+[A-Z]{_SEGMENT_REST}"), "[address]", gate=("brgy",)),
)
