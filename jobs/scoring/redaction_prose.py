"""Blind-mode rules for personal details said in a sentence, in shapes the word lists alone do not reach.

- A health condition the candidate discloses ("I have type 2 diabetes", "I live with epilepsy"): only in the
  first person, as "supporting people living with HIV" or "I have cancer nursing experience" is work.
- A place of worship named in full ("Al-Noor Mosque", "Sri Venkateswara Temple", "Temple Beth Shalom"): its
  name says the faith as much as the word "Mosque" does. "Temple" alone stays ("Inner Temple" is an Inn of
  Court, "Temple University" a school): only a Hindu, Sikh, Jain or Buddhist name before it, or a Hebrew one
  after it, makes it a place of worship.
- Greek letters naming a fraternity or sorority ("Alpha Phi Alpha fraternity"): the chapter's name says the
  gender (and often the community) the word "fraternity" was neutralised for. "Phi Beta Kappa" with no
  "fraternity" after it is an honour society and stays.
- A spouse's or partner's name after a redacted family word ("married to Keisha", "my wife Sarah and I").
- A birthplace told in Spanish, Portuguese, Italian, French or German prose ("Natural de Valencia", "nato a
  Napoli", "originaire de Lyon", "geboren in Dresden"); French "née le ... à Lyon" is the birth-date label's.
"""

from __future__ import annotations

import re

from jobs.scoring.redaction_gate import fragments
from jobs.scoring.redaction_rules import Rule

_CONDITIONS = (
    r"diabetes|diabetic|epilepsy|epileptic|asthma|asthmatic|arthritis|multiple[ \t]+sclerosis"
    r"|alcoholism|(?:an?[ \t]+)?(?:alcohol[ \t]+|drug[ \t]+)?addiction|an[ \t]+eating[ \t]+disorder"
    r"|crohn['\u2019]?s(?:[ \t]+disease)?|colitis|cancer|depression|an[ \t]+anxiety[ \t]+disorder|anxiety"
    r"|bipolar(?:[ \t]+disorder)?|lupus|fibromyalgia|migraines?|a[ \t]+heart[ \t]+condition"
    r"|heart[ \t]+disease"
    r"|tinnitus|sickle[ \t]+cell(?:[ \t]+(?:disease|ana?emia))?|cystic[ \t]+fibrosis|tourette['\u2019]?s"
    r"(?:[ \t]+syndrome)?|(?:a[ \t]+)?(?:physical|learning|hidden|invisible)[ \t]+(?:disability|difficulty)"
    r"|a[ \t]+disability|a[ \t]+chronic[ \t]+(?:illness|condition|pain[ \t]+condition)|chronic[ \t]+pain"
    r"|long[ \t]+covid|c[oe]eliac(?:[ \t]+disease)?|parkinson['\u2019]?s|dementia|schizophrenia|psoriasis"
)
# In capitals only: "I have ME" is a condition, "I am me" is not. Not "MS": "I have an MS in Physics".
_ABBREVIATIONS = r"HIV|OCD|ME|CFS|PTSD"
# Work about a condition is not a disclosure of one: "I have cancer nursing experience".
_WORK_AFTER = (
    r"patients?|care|carers?|nursing|nurse|services?|research|unit|ward|teams?|clinics?|prevention|screening"
    r"|awareness|charity|support|trials?|experience|management|medication|education|specialist|pathways?"
    r"|centre|center|charities|programmes?|programs?|projects?|studies|clients?|sufferers|medicine"
)
_HEALTH_EVENTS = (
    r"stroke|heart[ \t]+attack|cardiac[ \t]+arrest|cancer[ \t]+(?:diagnosis|treatment)"
    r"|diagnosis(?=[ \t]*[,.;)])"
    r"|chemo(?:therapy)?"
    r"|(?:kidney|liver|heart|lung|bone[ \t]+marrow)[ \t]+transplant|transplant|amputation"
    r"|(?:nervous[ \t]+)?breakdown|brain[ \t]+injury|spinal[ \t]+(?:cord[ \t]+)?injury"
)
DISCLOSURE_RULES = (
    Rule(
        "disability",
        re.compile(
            r"(\b(?i:I[ \t]+(?:am|have|live[ \t]+with|manage|suffer[ \t]+from|was[ \t]+born[ \t]+with"
            r"|was[ \t]+diagnosed[ \t]+with)|I['\u2019]m|I['\u2019]ve[ \t]+(?:got|had))[ \t]+)"
            r"(?:(?i:living[ \t]+with|in[ \t]+recovery[ \t]+from|an?|mild|severe"
            r"|well[ \t-]+(?:controlled|managed)|type[ \t]+[12]|stage[ \t]+[1-4])[ \t]+)*"
            rf"(?:(?i:{_CONDITIONS})|{_ABBREVIATIONS})"
            rf"(?![\w'\u2019-])(?![ \t]+(?i:{_WORK_AFTER})\b)"
            r"|\b(?i:non-(?:diabetic|asthmatic|epileptic))\b"
            # A health event of one's own: "after my stroke", "since my cancer diagnosis".
            r"|(\b(?i:(?:after|since|following|despite|through|during)[ \t]+my)[ \t]+)"
            rf"(?i:{_HEALTH_EVENTS})\b"
            rf"(?![ \t]+(?i:{_WORK_AFTER}|rotations?|placements?|planning|plans?)\b)",
            0,
        ),
        r"\1\2[disability]",
        guarded=True,
        # The apostrophe may be a curly one ("I\u2019m"): it has no case, so lower() keeps it as it is.
        gate=(
            "i am",
            "i have",
            "i live",
            "i manage",
            "i suffer",
            "i was",
            "i'm",
            "i\u2019m",
            "i've",
            "i\u2019ve",
            "non-",
            "my",
        ),
    ),
)

_CAP = r"[A-Z\u00c0-\u00de][\w'\u2019\u00c0-\u00ff-]*"
_NOT_A_NAME = r"(?!(?:The|At|In|Of|And|For|With|From|To|A|An|Volunteer|Volunteered|Attended|Member|Leader)\b)"
_WORSHIP = r"Mosque|Masjid|Synagogue|Gurdwara|Mandir|Cathedral|Church|Chapel|Abbey|Minster|Shul"
_DENOMINATION = (
    r"Baptist|Methodist|Catholic|Anglican|Pentecostal|Evangelical|Orthodox|Lutheran|Presbyterian|Islamic"
    r"|Hindu|Sikh|Jewish|Reform|Liberal|United|Free|Community|Central|Grand|Jamia|Jama|Parish|Memorial"
)
WORSHIP_RULES = (
    Rule(
        "religion",
        re.compile(
            rf"\b(?:{_NOT_A_NAME}{_CAP}\.?[ \t]+){{1,3}}(?:(?:{_DENOMINATION})[ \t]+)*(?:{_WORSHIP})\b"
            r"(?![ \t]+(?:Street|St|Road|Rd|Lane|Hill|End|Way|Avenue|Ave|Green|Close|Walk|Square|Row)\b)"
            rf"|\b(?:Sri|Shri|Shree|Hindu|Sikh|Jain|Buddhist|BAPS|ISKCON)(?:[ \t]+{_CAP}){{0,3}}[ \t]+"
            r"(?:Temple|Mandir|Vihara|Gurdwara|Gurudwara)\b"
            r"|\bTemple[ \t]+(?:Beth|Emanu-?[Ee]l|Israel|Sinai|Shalom|Rodef|B['\u2019]nai)"
            rf"(?:[ \t]+{_CAP}){{0,2}}",
            0,
        ),
        "[religion]",
        guarded=True,
        gate=fragments(
            "mosque masjid synagogue gurdwara gurudwara mandir cathedral church chapel abbey minster shul"
            " temple vihara"
        ),
    ),
)

_GREEK = (
    r"Alpha|Beta|Gamma|Delta|Epsilon|Zeta|Eta|Theta|Iota|Kappa|Lambda|Mu|Nu|Xi|Omicron|Pi|Rho|Sigma|Tau"
    r"|Upsilon|Phi|Chi|Psi|Omega"
)
GREEK_LETTER_RULES = (
    Rule(
        "gender",
        re.compile(rf"\b(?:(?:{_GREEK})[ \t]+){{2,4}}(?=(?i:fraternity|fraternities|sorority|sororities)\b)"),
        "",
        gate=fragments("fraternit sororit"),
    ),
)

# After the family rules: "[family] to Keisha", "[family] Sarah and I".
PARTNER_RULES = (
    Rule(
        "name",
        re.compile(
            r"(?<=\[family\])(?:[ \t]+to)?[ \t]+(?!I\b)[A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z][a-z'\u2019-]+)?"
            r"(?=[ \t]*(?:[,.;:)|\u2022\u00b7]|$|and\b|&))",
            re.MULTILINE,
        ),
        " [name]",
        guarded=True,
        gate=("[family]",),
    ),
)

BIRTHPLACE_RULES = (
    Rule(
        "nationality",
        re.compile(
            r"\b(?i:natural[ \t]+d[ae]|nacid[oa][ \t]+en|nascid[oa][ \t]+em|nat[oa][ \t]+a"
            r"|geboren[ \t]+in|originaire[ \t]+d[e'\u2019]|oriund[oa][ \t]+de|originari[oa][ \t]+d[ie])"
            rf"[ \t]*{_CAP}(?:[ \t]+(?:(?:de|del|da|di)[ \t]+)?{_CAP}){{0,2}}"
            # and the date that often follows: "Nacida en Sevilla el 3 de mayo de 1990".
            r"(?:,?[ \t]+(?:el|le|em|il|am|on)[ \t]+\d{1,2}(?:[./]\d{1,2}[./]\d{2,4}"
            r"|\.?[ \t]+(?:de[ \t]+)?[^\W\d_]+[ \t]+(?:de[ \t]+)?\d{4}))?",
            0,
        ),
        "[birthplace]",
        guarded=True,
        gate=fragments("natural nacid nascid nat originaire oriund originari geboren"),
    ),
)

# "expecting our first child", "had a baby in 2020": family news with no family word the other rules read.
FAMILY_RULES = (
    Rule(
        "family",
        re.compile(
            r"\b(?:expecting|welcomed|had|adopted)[ \t]+(?:(?:a|our|my|their)[ \t]+)?"
            r"(?:(?:first|second|third|fourth|new)[ \t]+)?(?:baby|child|grandchild|twins)\b(?!-)"
            # the familiar words for grandparents the family rules do not hold: "proud grandad of four".
            r"|\b(?:proud[ \t]+)?(?:grand(?:ad|dad|pa|ma|mum|mom)|granny)s?\b"
            r"(?:[ \t]+(?:of|to)[ \t]+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\b)?"
            r"|\b(?:mother|father|mum|mom|dad|parent)s?-to-be\b",
            re.IGNORECASE,
        ),
        "[family]",
        guarded=True,
        gate=(*fragments("baby child twins grand granny"), "-to-be"),
    ),
)
