"""Blind-mode rules: one pattern per kind of personal detail, each with its category and placeholder.

Rules replace within a line and never remove a newline. Decisions that are not obvious:
- Right to work stays ("eligible to work in the UK", "no sponsorship needed"): it is a lawful job requirement
  and says nothing of origin. Citizenship, nationality, place of birth and immigration status (visa types,
  green card, refugee) go: they reveal national origin.
- Spoken languages stay, "native" included: a criterion may ask for them. The exception is the language
  named like a declared nationality ("Nationality: Polish" ... "Polish (native)"), unless a criterion or the
  skills vocabulary needs the word.
- Gendered job titles become their neutral form ("Chairwoman" -> "chair"), so the role still counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jobs.scoring.alternation import prefix_tree
from jobs.scoring.redaction_gate import DIGITS, fragments
from jobs.scoring.redaction_words import DEMONYMS, STREET_WORDS

_I = re.IGNORECASE
_IM = re.IGNORECASE | re.MULTILINE
_COLON = "[:\uff1a]"
# A value starts with a character that is not a space ("| D.O.B | 1994 |": the cell's rule ends the label).
# A value ends at a sentence's full stop, not at a German day's ("4. Juli 1979").
_VALUE = (
    rf"[ \t]*{_COLON}[ \t]*[^\s|\u2022\u00b7;][^\n|\u2022\u00b7;\t]*?"
    r"(?=[ \t]{2,}|[|\u2022\u00b7;\t]|(?<![ \t]\d)(?<![ \t]\d\d)\.[ \t]+[A-Z]|$)"
)
# An address may hold "St. Albans": its value runs to the end of its segment.
_ADDRESS_VALUE = (
    rf"[ \t]*{_COLON}[ \t]*[^\s|\u2022\u00b7;][^\n|\u2022\u00b7;\t]*?(?=[ \t]{{2,}}|[|\u2022\u00b7;\t]|$)"
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"


def any_of(spec: str) -> str:
    """Regex alternation of space-separated alternatives, longest first; "_" stands for a space."""
    words = sorted((w.replace("_", r"[ \t-]") for w in spec.split()), key=len, reverse=True)
    return prefix_tree(words)  # the same matches as "|".join(words), a letter at a time


@dataclass(frozen=True)
class Rule:
    category: str
    pattern: re.Pattern[str]
    placeholder: str
    # Guarded rules leave a match alone when it holds a word a criterion or the skills vocabulary needs.
    guarded: bool = False
    # Fragments (lower case) one of which every match holds, or DIGITS: only lines holding one are searched.
    gate: tuple[str, ...] | re.Pattern[str] = ()


def label_rule(
    labels: str, category: str, placeholder: str, *, colon_optional: bool = False, gate: tuple[str, ...] = ()
) -> Rule:
    value = _ADDRESS_VALUE if category == "address" else _VALUE
    # "Religion/Caste:", "Marital Status - Single", and with `colon_optional` "D.O.B 01/02/1990" (a space or
    # two after the label: "Date of birth    2019 - 2024" is another column's role, not a birth date).
    optional = r"|(?=[ ]{1,2}[^ \t])" if colon_optional else ""
    separator = rf"(?:[ \t]*/[ \t]*-?\w+)?(?:[ \t]*{_COLON}|[ \t]+[-\u2013](?=[ \t]){optional})"
    value = value.replace(rf"[ \t]*{_COLON}", separator, 1)
    pattern = re.compile(rf"(?<!\[)\b(?:{any_of(labels)})(?!\w){value}", _IM)
    return Rule(category, pattern, placeholder, gate=gate or fragments(labels))


_BIRTH_DATE_LABELS = (
    r"date_of_birth year_of_birth birth_?year birth_?date d\.?o\.?b\.? birthday geburtsjahr"
    r" date_de_naissance n[e\u00e9]e?_le"
    r" fecha_de_nacimiento fecha_nac\.? nacid[oa]_el geburtsdatum geboren_am geb\. data_di_nascita"
)
# The initials and "née le" give the fragments "d" and "le", which most lines hold: each spelling of the
# initials, and "le" after the space, tab or dash before it, hold on far fewer.
_BIRTH_DATE_GATE = (
    *(fragment for fragment in fragments(_BIRTH_DATE_LABELS) if fragment not in ("d", "le")),
    *("dob", "d.ob", "do.b", "d.o.b", " le", "\tle", "-le"),
)

LABEL_RULES = (
    label_rule(_BIRTH_DATE_LABELS, "date_of_birth", "[dob]", colon_optional=True, gate=_BIRTH_DATE_GATE),
    label_rule(
        "place_of_birth birthplace lieu_de_naissance lugar_de_nacimiento geburtsort",
        "nationality",
        "[birthplace]",
    ),
    label_rule("gender sex sexe sexo geschlecht genre pronouns", "gender", "[gender]"),
    label_rule(
        r"marital_status civil_status [e\u00e9]tat_civil situation_familiale estado_civil familienstand"
        r" children kids dependants dependents spouse number_of_children enfants hijos kinder",
        "family",
        "[family]",
    ),
    label_rule(
        r"nationality nationalities citizenship citizenships citizenship_status residency_status"
        r" residence_permit nationalit[e\u00e9] nacionalidad"
        r" staatsangeh[o\u00f6]rigkeit staatsb[u\u00fc]rgerschaft nationalit[a\u00e4]t citoyennet[e\u00e9]"
        r" ciudadan[i\u00ed]a passport visa visa_status immigration_status aufenthaltstitel"
        r" aufenthaltserlaubnis permis_de_s[e\u00e9]jour titre_de_s[e\u00e9]jour permiso_de_residencia",
        "nationality",
        "[nationality]",
    ),
    label_rule(
        r"religion faith religious_affiliation denomination konfession religi[o\u00f3]n caste",
        "religion",
        "[religion]",
    ),
    label_rule("ethnicity ethnic_origin race", "ethnicity", "[ethnicity]"),
    label_rule("disability disabilities health_status medical_conditions?", "disability", "[disability]"),
    label_rule(
        r"address home_address postal_address street adresse direcci[o\u00f3]n domicilio anschrift residence"
        r" location wohnort indirizzo",
        "address",
        "[address]",
    ),
)

ADDRESS_RULES = (
    Rule(
        "address",
        re.compile(
            # "12 Harbour View Road", and a numbered street after a word: "350 W 42nd St" ("2021 2nd Place"
            # is a prize).
            rf"\b\d{{1,5}}[A-Za-z]?,?[ \t]+[A-Z][\w'.-]*[ \t]+"
            r"(?:(?:[A-Z][\w'.-]*|\d{1,3}(?:st|nd|rd|th))[ \t]+){0,3}"
            rf"(?:{STREET_WORDS})\b\.?"
            r"|\b\d{1,4}(?:bis|ter)?,?[ \t]+(?:rue|avenue|av\.|boulevard|bd|chemin|all[e\u00e9]e|impasse"
            r"|place"
            r"|quai|cours)[ \t]+[^\n,|;]+"
            # "Calle de Alcalá 45", "Via Roma 12", "ul. Długa 12": a street word, capitalised names, a number.
            r"|\b(?:[Cc]alle|C/|Avenida|Avda\.?|Av\.|Paseo|Plaza|Carrer|Rua|Travessa|Alameda|Via|Viale|Piazza"
            r"|Corso|ul\.|Ulica|Aleja|Plac)"
            r"(?:[ \t]+(?:de|del|la|las|los|da|das|do|dos|di|dei|della|delle|degli)){0,2}"
            r"(?:[ \t]+[A-Z\u00c0-\u00de][\w\u00c0-\u00ff'.-]*){1,4},?[ \t]+\d{1,4}[a-zA-Z]?\b"
            r"(?:/\d{1,4}[a-zA-Z]?(?:[ \t]+m\.[ \t]*\d{1,4})?\b)?"  # Polish "10/12 m. 5": house, flat
            # "Hauptstraße 15", "Storgatan 12", "Keizersgracht 123": one word with a street ending.
            r"|(?:\b[A-Z\u00c0-\u00de\u0100-\u017f][a-z\u00df-\u00ff\u0100-\u017f]*(?:stra(?:ss|\u00df)e|str\."
            r"|weg|gasse|platz|allee|gatan|v\u00e4gen|vej|veien|katu|straat|laan|gracht|plein|kade|gade|gata"
            r"|gate|gaten|vei|vegen|torv|plads|plass|str\u00e6de|tie|polku|kuja)"
            # "Karl Johans gate 12": the Nordic street word apart from the name.
            r"|(?:(?:\[name\]|\b[A-Z\u00c0-\u00de\u0100-\u017f][\w'.-]*)[ \t]+){1,3}(?:gate|gata|gade|vei"
            r"|veien|vej|vegen|all\u00e9|plass|plads|torv))[ \t]+\d{1,4}[a-z]?\b"
            # After the house number: a Dutch floor or suffix ("221-III", "12-hs", "7bis") and a Danish
            # floor and side ("112, 3. tv.", "4, st. th.").
            r"(?:-(?:I{1,3}|IV|hs|bis|[A-Z]|\d{1,3})\b)?"
            r"(?:,?[ \t]*(?:\d{1,2}\.|st\.)[ \t]*(?:tv|th|mf|sal)\.?)?",
            0,
        ),
        "[address]",
        gate=DIGITS,
    ),
    Rule(
        "address",
        re.compile(
            r"\b(?:Apt|Apto|Apartment|Suite|Ste|Flat|Unit|Unidad|Piso|Bloque|Villa|Block|Building|Bldg|Plot"
            r"|House[ \t]+No|H\.[ \t]?No|Door[ \t]+No|Sector)"
            # An address goes on after the number ("Flat 3B, 14 MG Road", "Unit 5 Riverside Park") or ends
            # there; "Block 5 of the curriculum" and "Unit 8200." are a course and a military unit.
            r"\.?[ \t]*#?[ \t]*\d+[A-Za-z]?\b(?=[ \t]*(?:[,/#\u2013-]|\n|$)|[ \t]+(?:\d|[A-Z]|\[))"
            r"|\b(?:Street|Road|Avenue|Lane)[ \t]+\d+\b"
            r"|\bP\.?[ \t]?O\.?[ \t]?Box[ \t]+\d+|\b\d{1,2}[\u00ba\u00b0\u00aa][ \t]?[A-Za-z]?\b"
            r"|(?<=\[address\] )#\d{1,4}[A-Za-z]?\b"
        ),
        "[address]",
        gate=DIGITS,
    ),
    Rule(
        "address",
        re.compile(
            # UK postcodes; US "ST 12345"; continental "12345 City" and "75011 Paris".
            r"\b[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[ABD-HJLNP-UW-Z]{2}\b|\b[A-Z]\d[A-Z][ \t]?\d[A-Z]\d\b"
            # Indian PIN "Bengaluru - 560001", Dutch "1012 AB Amsterdam".
            r"|\b[A-Z][a-z]+[ \t]*[-\u2013]?[ \t]*\d{6}\b|\b\d{4}[ \t]?[A-Z]{2}[ \t]+[A-Z][a-z]+"
            r"|\b(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]"
            r"|T[NX]|UT|V[TA]|W[AVIY])[ \t]+\d{5}(?:-\d{4})?\b"
            r"|(?:(?<=, )|(?<=\[address\] ))(?!(?:19|20)\d\d\b)(?:\d{4,5}|\d{3}[ \t]\d{2}|\d{4}-\d{3}"
            r"|\d{2}-\d{3})[ \t]+[A-Z\u00c0-\u00de\u0100-\u017f][\w-]+(?:[ \t]+[A-Z\u00d8]{1,2}(?!\w))?"
        ),
        "[address]",
        gate=DIGITS,
    ),
)

DATE_AGE_RULES = (
    Rule(
        "date_of_birth",
        re.compile(
            rf"\b(?:born|b\.)[ \t]*:?[ \t]*(?:(?:on|in)[ \t]+)?(?:\d{{1,2}}(?:st|nd|rd"
            rf"|th)?[ \t./-]+)?(?:{_MONTH}[ \t]+)?"
            rf"(?:\d{{1,2}}(?:st|nd|rd|th)?,?[ \t./-]+)?(?:19"
            rf"|20)\d{{2}}\b(?:[ \t]+in[ \t]+[A-Z][\w-]+(?:,[ \t]*[A-Z][\w-]+)?)?",
            _I,
        ),
        "[dob]",
        gate=DIGITS,
    ),
    Rule(
        "age",
        re.compile(
            r"\b(?:age|aged|edad|[a\u00e2]ge|alter|et[a\u00e0]|idade|leeftijd)"
            rf"[ \t]*{_COLON}?[ \t]*\(?\d{{2}}\b\)?(?:[ \t]*(?:years|yrs|ans|a\u00f1os|jahre|anos|jaar))?"
            r"|\b\d{2}[ \t-]*(?:years?|yrs?)[ \t-]*old\b|\b\d{2}[ \t]*y(?:/|\.[ \t]?)?o\b\.?"
            r"|\bin[ \t]+(?:my|their|his|her)[ \t]+(?:early|mid|late)?[ \t-]*(?:twenties|thirties|forties"
            r"|fifties|sixties|[2-6]0s)\b",
            _I,
        ),
        "[age]",
    ),
    # "[name] (34)", "[name], 34": an age written after the name.
    Rule("age", re.compile(r"(?<=\[name\])(?:[ \t]*\(\d{2}\)|,[ \t]*\d{2}\b(?![\d./:-]))"), " [age]"),
)

_DEMONYM = any_of(DEMONYMS)
NATIONALITY_RULES = (
    Rule(
        "nationality",
        re.compile(
            rf"\b(?i:(?:{_DEMONYM})[ \t]+(?:and[ \t]+(?:{_DEMONYM})[ \t]+)?(?:citizens?|citizenship"
            r"|nationals?|nationality"
            r"|passport(?:[ \t]+holder)?|born|by[ \t]+birth))\b"
            r"|\b(?:US|U\.S\.|UK|EU|EEA)[ \t]+(?i:citizens?|citizenship|nationals?"
            r"|passport(?:[ \t]+holder)?)\b"
            r"|\b(?:dual|double)[ \t]+(?:citizenship|nationality)\b(?:[ \t]*\([^)\n]*\))?"
            r"|\b[A-Z][\w-]+[ \t]+by[ \t]+birth\b"  # "Francophone by birth"
            r"|\bcitizen(?:ship)?[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w-]+"
            r"(?:[ \t]+(?:and[ \t]+)?[A-Z][\w-]+){0,3}"
            r"|\b(?i:green[ \t]+card(?:[ \t]+holder)?|permanent[ \t]+resident(?:[ \t]+card)?"
            r"|refugee(?:[ \t]+status)?|asylum(?:[ \t]+seeker)?"
            r"|H-?1B(?:[ \t]+visa)?|(?:Tier|Skilled[ \t]+Worker)[ \t]+\d?[ \t]*visa|(?:work|student|spousal"
            r"|dependant|dependent|employment|residence|residency|resident|investor|golden|family|visit"
            r"|tourist|freelance|business|spouse)[ \t]+visa(?:[ \t]+holder)?"
            r"|naturali[sz]ed(?:[ \t]+citizen)?|work[ \t]+permit[ \t]+holder)\b"
            # Visa types by name: an EU Blue Card, Singapore's passes.
            r"|\b(?:EU[ \t]+)?Blue[ \t]+Card(?:[ \t]+(?i:holder))?\b"
            r"|\b(?:Employment|Dependant|Dependent|Student)[ \t]+Pass(?:[ \t]+(?i:holder))?\b",
            0,
        ),
        "[nationality]",
        gate=(
            *fragments("citizen national passport birth born"),
            *fragments("green permanent refugee asylum visa naturali permit blue pass"),
            *("h1b", "h-1b"),  # as fragments(), "h1b" would give "h": nearly every line holds one
        ),
    ),
    # Where someone comes from; guarded, as "moved from Java to Kotlin" is a career, not an origin.
    Rule(
        "nationality",
        re.compile(
            r"\b(?i:born|raised|grew[ \t]+up|brought[ \t]+up)(?:[ \t]+and[ \t]+(?i:raised|bred))?"
            r"[ \t]+in[ \t]+"
            r"(?:(?i:the|rural|urban|small-town)[ \t]+)?"
            r"(?!(?:Series|Seed|Round|Q[1-4]|FY\d*|H[12])\b)"  # funds raised in a round are no origin
            r"[A-Z][\w-]+(?:,?[ \t]+[A-Z][\w-]+){0,2}"
            r"|\b(?i:originally|originating)[ \t]+from[ \t]+(?:the[ \t]+)?"
            r"[A-Z][\w-]+(?:,?[ \t]+[A-Z][\w-]+){0,2}"
            r"|\b(?i:immigrated|emigrated|relocated|moved)[ \t]+(?:to[ \t]+[A-Z][\w-]+[ \t]+)?from[ \t]+"
            r"(?:the[ \t]+)?[A-Z][\w-]+"
        ),
        "[nationality]",
        guarded=True,
        gate=fragments("born raised grew brought origin migrated relocated moved"),
    ),
)
