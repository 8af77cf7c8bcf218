"""Blind-mode rules for the personal status lines a probe of 24 CVs (4 December) found reaching the scorer.

- Family status in the languages the rules already read, in the forms they missed: Swedish, Norwegian and
  Danish ("Sambo, 2 barn", "gift, tre barn", "föräldraledig"), Portuguese ("solteira", "2 filhos", "união
  estável"), and "no children" or cohabiting in German, French, Spanish, Italian and Dutch. Guarded, as
  everywhere: a criterion naming the word keeps it. Bare Swedish "gift" is English "gift" too, so it goes
  only before children ("Gift, 2 barn"); "3 barn conversions" is an architect's work, so children end
  their item.
- Turkish personal-details labels (date and place of birth, marital status, sex, nationality) and the
  military-service status line: a status ("Military service: exempt", "Askerlik: tamamland\u0131", "completed
  national service") says the candidate's sex and nationality by law and goes; military service listed as
  work ("Signals technician (mandatory service), armed forces") is evidence and stays.
- Labels of origin and descent met in the probe: a Chinese hukou, a Māori iwi.
- Malaysian and Indonesian ("No. 12, Jalan Bukit Bintang 3/2") and Turkish ("Bağdat Cad. No: 123 D: 5")
  street addresses, which start or end with a street word the other rules do not know.
- The years of a school-leaving certificate ("Class XII (CBSE), 2014", "High School Diploma, 2008",
  "Abitur 2008") give the candidate's age within a year; outside the experience section, and on a line that
  is no job, they go. A degree's years stay: they are evidence of a qualification's recency.
"""

from __future__ import annotations

import dataclasses
import re

from jobs.scoring import sections
from jobs.scoring.redaction_gate import fragments
from jobs.scoring.redaction_rules import Rule, label_rule

_I = re.IGNORECASE
_IM = re.IGNORECASE | re.MULTILINE
# Where a list's item starts: a line's start, or after a separator or a label's colon.
_ITEM_START = r"(?:^|(?<=[:|(\u2022\u00b7,;])|(?<=[:|(\u2022\u00b7,;])[ \t])"
_ITEM_END = r"(?=[ \t]*(?:$|[,.;|\u2022\u00b7)]))"

LABEL_RULES = (
    dataclasses.replace(label_rule("do[g\u011f]um_tarihi", "date_of_birth", "[dob]"), gate=("tarihi",)),
    dataclasses.replace(
        label_rule("do[g\u011f]um_yeri hukou", "nationality", "[birthplace]"), gate=("yeri", "hukou")
    ),
    label_rule("medeni_hal[i\u0131] medeni_durum(?:u)?", "family", "[family]"),
    label_rule("cinsiyet(?:i)?", "gender", "[gender]"),
    dataclasses.replace(label_rule("uyru[g\u011f]u? uyruk", "nationality", "[nationality]"), gate=("uyru",)),
    label_rule("iwi hap[u\u016b]", "ethnicity", "[ethnicity]"),
    dataclasses.replace(
        label_rule(
            "f[\u00f6o]delsedatum f[\u00f6o]dels[e\u00e5]r f[\u00f8o]dselsdato f[\u00f8o]dsels[a\u00e5]r",
            "date_of_birth",
            "[dob]",
        ),
        gate=("delsedatum", "dels\u00e5r", "delsear", "dselsdato", "dsels\u00e5r", "dselsar"),
    ),
)

# A status, not a service: what a "Military service:" label holds when it says no more than that.
_MILITARY_LABEL = (
    r"military[ \t]+(?:service|status|obligations?)|national[ \t]+service|askerlik(?:[ \t]+durumu)?"
    r"|wehrdienst|zivildienst|service[ \t]+militaire|servicio[ \t]+militar|servi[c\u00e7]o[ \t]+militar"
    r"|s\u0142u\u017cba[ \t]+wojskowa"
)
_MILITARY_STATUS = (
    r"completed|complete|done|fulfilled|finished|served|exempt(?:ed)?|exemption|deferred|postponed"
    r"|not[ \t]+(?:applicable|required|done|completed)|n/?a|none|discharged|honou?rably[ \t]+discharged"
    r"|tamamland[\u0131i]|yap\u0131ld\u0131|yapildi|muaf|tecilli|abgeleistet|geleistet|befreit|ausgemustert"
    r"|effectu[\u00e9e]|exempt[\u00e9e]|cumplido|exento|dispensado|conclu[\u00edi]do|odbyta|odbyty"
)
MILITARY_RULES = (
    Rule(
        "veteran",
        re.compile(
            rf"\b(?:{_MILITARY_LABEL})[ \t]*[:\-\u2013][ \t]*(?:{_MILITARY_STATUS})\b"
            r"(?:[ \t]*\([^)\n]{0,30}\)|[ \t,]+(?:in[ \t]+)?(?:19|20)\d\d\b)?"
            r"|\b(?:completed|fulfilled|exempt(?:ed)?[ \t]+from)[ \t]+"
            r"(?:(?:my|the|compulsory|mandatory)[ \t]+)?(?:military|national)[ \t]+service\b"
            r"|\b(?:military|national)[ \t]+service[ \t]+"
            r"(?:completed|fulfilled|done|exempt(?:ed)?|deferred)\b",
            _I,
        ),
        "[military status]",
        gate=(
            *fragments("military national askerlik wehrdienst zivildienst militaire militar"),
            "s\u0142u\u017cba",
        ),
    ),
)

_NORDIC_COUNT = r"\d{1,2}|ett|en|ei|et|tv\u00e5|tva|tre|fyra|fem|to|fire"
_PT_COUNT = r"\d{1,2}|um|uma|dois|duas|tr[\u00eae]s|quatro"
FAMILY_RULES = (
    Rule(
        "family",
        re.compile(
            r"\b(?:sambo|samboer|s\u00e4rbo|sarbo|ogift|ugift|fr\u00e5nskild|fr\u00e5nskilt|f\u00f6rlovad|forlovet"
            r"|\u00e4nka|\u00e4nkling|enkemand|enkemann"
            r"|f\u00f6r\u00e4ldraledig(?:het)?|mammaledig|pappaledig|foreldrepermisjon|barselpermisjon"
            r"|barselsorlov|for\u00e6ldreorlov|ouderschapsverlof|zwangerschapsverlof"
            r"|solteir[oa]|vi\u00fav[oa]|uni\u00e3o[ \t]+est\u00e1vel|sem[ \t]+filhos"
            r"|verlobt|getrennt[ \t]+lebend|(?:eingetragene[ \t]+)?lebenspartnerschaft"
            r"|lebensgef\u00e4hrt(?:e|in)"
            r"|keine[ \t]+kinder|kinderlos|en[ \t]+couple|concubinage|union[ \t]+libre|sans[ \t]+enfants?"
            r"|pareja[ \t]+de[ \t]+hecho|uni\u00f3n[ \t]+libre|sin[ \t]+hijos|convivente|senza[ \t]+figli"
            r"|nessun[ \t]+figlio|alleenstaand(?:e)?|ongetrouwd|geregistreerd[ \t]+partnerschap"
            r"|geen[ \t]+kinderen|inga[ \t]+barn|ingen[ \t]+barn)\b"
            rf"|\b(?:{_PT_COUNT})[ \t]+(?:filhos?|filhas?)\b|\b1[ \t]+(?:enfant|hij[oa]|figli[oa])\b"
            # Separated, as a list's whole item ("Séparée, 1 enfant"): in a sentence it is anything apart.
            rf"|{_ITEM_START}(?:s\u00e9par\u00e9e?|separe[e]?|separad[oa]|separat[oa]|skild){_ITEM_END}"
            # Swedish "gift" is married only before children; children end their list item ("2 barn").
            rf"|{_ITEM_START}gift"
            rf"(?=[ \t]*(?:,|och|og|med)[ \t]*(?:{_NORDIC_COUNT})[ \t]+(?:barn|b\u00f8rn)\b)"
            rf"|\b(?:{_NORDIC_COUNT})[ \t]+(?:barn|b\u00f8rn){_ITEM_END}",
            _IM,
        ),
        "[family]",
        guarded=True,
        gate=(
            *fragments("sambo samboer ogift ugift forlovet mammaledig pappaledig foreldrepermisjon"),
            *fragments("barselpermisjon barselsorlov ouderschapsverlof zwangerschapsverlof solteir filh"),
            *fragments("verlobt getrennt lebenspartnerschaft lebensgef keine kinderlos couple concubinage"),
            *fragments("libre enfant pareja hijos convivente figli figlio alleenstaand ongetrouwd"),
            *fragments("partnerschap kinderen barn separad separat skild"),
            "s\u00e4rbo",
            "sarbo",
            "fr\u00e5nskil",
            "f\u00f6rlovad",
            "\u00e4nk",
            "enkema",
            "ldraledig",
            "ldreorlov",
            "vi\u00fav",
            "uni\u00e3o",
            "b\u00f8rn",
            "s\u00e9par",
            "separe",
        ),
    ),
)

_STREET_AFTER = r"Cad\.|Caddesi|Cd\.|Sok\.|Soka[k\u011f]\u0131?|Sk\.|Bulvar\u0131|Blv\.|Mah\.|Mahallesi"
_TURKISH_WORD = r"[A-Z\u00c7\u011e\u0130\u00d6\u015e\u00dc][\w\u00c0-\u017f]*"
ADDRESS_RULES = (
    Rule(
        "address",
        re.compile(
            r"\b(?:No\.?[ \t]*\d+[A-Za-z]?(?:-\d+)?,?[ \t]*)?(?:Jalan|Jln\.?|Lorong|Lrg\.?|Persiaran|Jl\.)"
            r"[ \t]+[A-Z][\w'.-]*(?:[ \t]+[A-Z0-9][\w'./-]*){0,4}"
            # "Ataturk Mah. 1203 Sok. No:7 Daire 3, Karsiyaka/Izmir": a quarter, then a numbered street.
            rf"|\b(?:(?:{_TURKISH_WORD}|\d{{1,5}})(?:[ \t]+{_TURKISH_WORD})?[ \t]+(?:{_STREET_AFTER})(?!\w)"
            r"[ \t]*,?[ \t]*)+"
            r"(?:(?:No|Kat|D|Daire)[ \t]*[:.]?[ \t]*\d+[A-Za-z]?[ \t]*,?[ \t]*)*"
            rf"(?:{_TURKISH_WORD}/{_TURKISH_WORD})?"
        ),
        "[address]",
        gate=(
            "jalan",
            "jln",
            "lorong",
            "lrg",
            "persiaran",
            "jl.",
            "cad",
            "cd.",
            "sok",
            "sk.",
            "bulvar",
            "blv.",
            "mah",
        ),
    ),
)

_SCHOOL_LEAVING = re.compile(
    r"\b(?:high[ \t-]school|secondary[ \t]+(?:school|education|certificate)|senior[ \t]+secondary"
    r"|higher[ \t]+secondary|class[ \t]+(?:x|xii|10|12)(?:th)?|(?:10|12)th[ \t]+(?:grade|standard|std|class)"
    r"|ssc|hsc|sslc|hssc|i?gcses?|[ao][ \t-]levels?|abitur|matura|maturit[\u00e0a]|baccalaur[\u00e9e]at"
    r"|bachillerato|matric(?:ulation)?|wassce|waec|neco|kcse|leaving[ \t]+cert(?:ificate)?"
    r"|grammar[ \t]+school"
    r"|gymnasium|lyc[\u00e9e]e|liceo|ensino[ \t]+m[\u00e9e]dio|ged)\b",
    _I,
)
# A school line that is a job: a teacher's years at a high school are experience.
_JOB_WORDS = re.compile(
    r"\b(?:teach\w*|taught|tutor\w*|instructor|lecturer|coach|counsel+or|principal|head[ \t]+of|staff"
    r"|work\w*|employ\w*|assistant|intern\w*|manager|officer|coordinator|librarian|nurse|administrator)\b",
    _I,
)
_YEAR = re.compile(r"(?<![\w\[])(?:19|20)\d\d(?!\w)")


def redact_school_years(text: str) -> tuple[str, int]:
    """Replace the years on a school-leaving certificate's line with [year], outside experience."""
    if not _SCHOOL_LEAVING.search(text):
        return text, 0
    lines = text.split("\n")
    section: str | None = None
    count = 0
    for number, line in enumerate(lines):
        heading = sections.heading_section(line)
        if heading is not None:
            section = heading
            continue
        if section in ("experience", "projects") or not _SCHOOL_LEAVING.search(line):
            continue
        if _JOB_WORDS.search(line):
            continue
        lines[number], found = _YEAR.subn("[year]", line)
        count += found
    return ("\n".join(lines), count) if count else (text, 0)
