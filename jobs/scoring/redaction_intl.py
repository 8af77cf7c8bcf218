"""Blind-mode rules for what CVs in other conventions carry: ID numbers, maiden names, signature lines,
veteran status, and family, faith and disability written in German, French or Spanish prose.

Found by planting personal data into real corpus CV layouts (jobs/tests/blind_cvs.py, the layouts test): the
labelled forms ("Familienstand:", "Nacionalidad:") were already caught by the label rules; these are what
still reached the scorer. Each rule keeps its line and replaces within it.
"""

from __future__ import annotations

import re

from jobs.scoring.redaction_rules import Rule

_I = re.IGNORECASE
_IM = re.IGNORECASE | re.MULTILINE

# Identity documents and numbers: a national ID, a passport or a social-security number identifies the person
# and often the country. The value must hold five digits, so "PAN India" or a degree ("BSN") stays.
_ID_LABELS = (
    r"DNI|NIE|NIF|passport[ \t]*(?:no\.?|number|nr\.?|#)|pasaporte|n[uú]mero[ \t]+de[ \t]+pasaporte"
    r"|reisepass(?:nummer)?|personalausweis(?:nummer)?|ausweis(?:nummer|[ \t]*nr\.?)"
    r"|carte[ \t]+d['\u2019]identit[eé]"
    r"|CNI|SSN|social[ \t]+security[ \t]*(?:number|no\.?|#)?|national[ \t]+insurance[ \t]*(?:number|no\.?)?"
    r"|NI[ \t]+number|NINO|aadhaa?r(?:[ \t]*(?:no\.?|number|card))?|PAN[ \t]*(?:no\.?|number|card)|CPF|CURP"
    r"|PESEL|codice[ \t]+fiscale|steuer-?id|tax[ \t]+id|PPSN?[ \t]*(?:no\.?|number)?|TFN|NRIC|SIN[ \t]+number"
    r"|tax[ \t]+file[ \t]+number|emirates[ \t]+id|personnummer|BSN[ \t]+number"
    r"|n[uú]mero[ \t]+de[ \t]+(?:la[ \t]+)?seguridad[ \t]+social"
    r"|num[eé]ro[ \t]+de[ \t]+s[eé]curit[eé][ \t]+sociale|sozialversicherungsnummer"
    r"|driv(?:ing|er'?s)[ \t]+licen[cs]e[ \t]*(?:no\.?|number|#)"
)


def _gate(words: str) -> tuple[str, ...]:
    """Lower-case ASCII pieces one of which every match of a rule holds (see redaction_gate)."""
    return tuple(words.split())


ID_RULES = (
    Rule(
        "id_number",
        re.compile(
            rf"(?<![\w\[])((?i:{_ID_LABELS}))([ \t]*[:.#\-\u2013]?[ \t]*)"
            r"(?=(?:[A-Z .\-/]*\d){5})[A-Z0-9](?:[A-Z0-9]|[ .\-/](?=[A-Z0-9])){4,20}"
        ),
        r"\1\2[id]",
        gate=_gate(
            "dni nie nif passport pasaporte reisepass ausweis identit cni ssn social insurance number nino"
            " aadha pan cpf curp pesel fiscale steuer tax seguridad sociale sozial driv pps tfn nric sin"
            " emirates personnummer bsn"
        ),
    ),
)

_COUNT = r"(?:\d|un[oa]?|une|dos|tres|cuatro|deux|trois|quatre|zwei|drei|vier|ein(?:em|en)?)"
FAMILY_RULES = (
    Rule(
        "family",
        re.compile(
            rf"\b(?:madre|padre|m[eè]re|p[eè]re|mutter|vater)[ \t]+(?:de|d['\u2019]"
            rf"|von)[ \t]*(?:\w+[ \t]+)?{_COUNT}"
            r"[ \t]+(?:hij[oa]s|ni[nñ][oa]s|enfants|kindern?)\b"
            rf"|\b{_COUNT}[ \t]+(?:hij[oa]s|enfants|kinder)\b"
            r"|\b(?:un|une|un[oa]|eine?)[ \t]+(?:enfant|hij[oa]|kind)\b"
            r"|\b(?:m[eè]re|p[eè]re)[ \t]+de[ \t]+famille\b|\b(?:madre|padre)[ \t]+de[ \t]+familia\b"
            r"|\bfamilien(?:vater|mutter)\b"
            r"|\b(?:casad[oa]|divorciad[oa]|viud[oa]|solter[oa]|mari\u00e9e?|divorc\u00e9e?|veu(?:f|ve)"
            r"|c[ée]libataire|verheiratet|geschieden|verwitwet|ledig|pacs[ée]e?)\b"
            r"|\b(?:elternzeit|mutterschutz|cong[ée][ \t]+(?:de[ \t]+)?(?:maternit[ée]|paternit[ée]|parental)"
            r"|baja[ \t]+(?:por[ \t]+)?(?:maternidad|paternidad)"
            r"|excedencia[ \t]+por[ \t]+cuidado[ \t]+de[ \t]+hijos)\b"
            r"|\b(?:ehefrau|ehemann|hausfrau|hausmann|femme[ \t]+au[ \t]+foyer|ama[ \t]+de[ \t]+casa)\b",
            _I,
        ),
        "[family]",
        guarded=True,  # "garde de deux enfants" is a nanny's work when a criterion asks for it
        gate=_gate(
            "madre padre mutter vater enfant hij kind famil casad divorc viud solter mari veu libataire"
            " verheiratet geschieden verwitwet ledig pacs elternzeit cong baja excedencia ehefrau ehemann"
            " hausfrau hausmann foyer casa"
        ),
    ),
)

_BRANCHES = r"USMC|USN|USAF|USCG|RAF|IDF|ADF|CAF"
IDENTITY_RULES = (
    # "38 Jahre alt", "34 años de edad" ("depuis 15 ans" is a duration, so French "ans" alone stays).
    Rule("age", re.compile(r"\b\d{2}[ \t]+(?:jahre[ \t]+alt|a[ñn]os[ \t]+de[ \t]+edad)\b", _I), "[age]"),
    # A maiden name: "Claire Dubois, née Martin", "geb. Weber" ("née le 3 mai" is a birth date).
    Rule(
        "name",
        re.compile(r"\b(?:n[ée]e|geb\.|geborene)[ \t]+(?!le\b|am\b|in\b|en\b)[A-Z][\w'\u2019-]+"),
        "[name]",
    ),
    # US veteran status is protected; "industry veteran" is a figure of speech and stays.
    Rule(
        "veteran",
        re.compile(
            r"\b(?:U\.?S\.?[ \t]+)?(?:military|army|navy|naval|air[ \t]+force|marines?"
            r"|marine[ \t]+corps|armed[ \t]+forces"
            r"|U\.?S\.?|war|combat|(?:service-)?disabled|protected|gulf|iraq|afghanistan"
            rf"|vietnam|{_BRANCHES})[ \t]+veterans?\b"
            # "Veteran (USMC)", "Veteran - US Army": the branch said after the word.
            rf"|\bveterans?[ \t]*(?:\(|[-\u2013,][ \t]*)(?:U\.?S\.?[ \t]+)?(?:{_BRANCHES}|army|navy"
            r"|air[ \t]+force|marines?|marine[ \t]+corps|coast[ \t]+guard|national[ \t]+guard)\b\)?"
            r"|\bveteran(?:s['\u2019]?)?[ \t]+(?:status|of[ \t]+the[ \t]+\w+|preference)\b"
            r"|^[ \t\u2022*-]*(?:U\.?S\.?[ \t]+)?veteran[ \t]*$|\bveteranos?[ \t]+de[ \t]+guerra\b",
            _IM,
        ),
        "[military status]",
        gate=("veteran",),
    ),
    Rule(
        "religion",
        re.compile(
            # German adjectives inflect: "in der evangelischen Gemeinde".
            r"\b(?:r[öo]misch-katholisch(?:e[nmrs]?)?|katholisch(?:e[nmrs]?)?|evangelisch(?:e[nmrs]?)?"
            r"|catholique[ \t]+pratiquante?|cat[óo]lic[oa]"
            r"[ \t]+practicante|musulman[ae]?[ \t]+pratiquante?|konfessionslos)\b",
            _I,
        ),
        "[religion]",
        guarded=True,
        gate=_gate("katholisch evangelisch catholique practicante musulman konfessionslos"),
    ),
    Rule(
        "disability",
        re.compile(
            r"\b(?:schwerbehindert\w*|GdB[ \t]*\d{2,3}|RQTH|travailleur[ \t]+handicap[ée]e?|handicap[ée]e?"
            r"|en[ \t]+situation[ \t]+de[ \t]+handicap|discapacidad(?:[ \t]+(?:del[ \t]+)?\d{2}[ \t]*%)?"
            r"|minusval[íi]a|persona[ \t]+con[ \t]+discapacidad)\b",
            _I,
        ),
        "[disability]",
        guarded=True,
        gate=_gate("schwerbehindert gdb rqth handicap discapacidad minusval"),
    ),
    Rule(
        "nationality",
        re.compile(
            r"\bde[ \t]+nationalit[ée][ \t]+\w+|\bde[ \t]+nacionalidad[ \t]+\w+"
            r"|\b(?:deutsche[rn]?|[öo]sterreichische[rn]?|schweizer(?:ische[rn]?)?)"
            r"[ \t]+staatsb[üu]rger(?:in)?\b",
            _I,
        ),
        "[nationality]",
        gate=_gate("nationalit nacionalidad staatsb"),
    ),
    Rule(
        "gender",
        re.compile(
            r"\bM[äa]dchen(?:gymnasium|schule|realschule)\w*|\bKnabenschule\w*"
            r"|\b(?i:lyc[ée]e[ \t]+de[ \t]+jeunes[ \t]+filles)\b"
            r"|\b(?i:colegio[ \t]+de[ \t]+se[ñn]oritas)\b|\b(?:Madame|Monsieur|Mme|Mlle|Herr|Frau|Se[ñn]ora"
            r"|Se[ñn]orita"
            r"|Se[ñn]or|Sra|Srta|Sr)\.?(?=[ \t]+\[name\])",
            0,
        ),
        "[gender]",
        gate=_gate("dchen knaben filles colegio name"),  # a title is gated on the "[name]" after it
    ),
)
# A saint's name after a school's says a faith school: "Gymnasium St. Ursula", "Colegio San José".
SCHOOL_RULES = (
    Rule(
        "school",
        re.compile(
            r"((?:Gymnasiums?|Schule|Lyc[ée]e|Coll[èe]ge|School|\[gender\]|\[school\])[ \t]+)"
            r"(?:S(?:ankt|aint|ainte|t)\.?|Notre-Dame)[ \t]+[A-Z][\w\u00c0-\u00ff-]+"
            r"|((?:Colegio|Instituto)[ \t]+)(?:San|Santa"
            r"|Nuestra[ \t]+Se[ñn]ora)[ \t]+[A-Z][\w\u00c0-\u00ff-]+"
        ),
        r"\1\2[school]",
    ),
)
# French and Spanish subject pronouns before a verb, made neutral: "Elle a dirigé" -> "Iel a dirigé".
# Gated on the pronoun itself: ungated, each scanned the whole text at every position (~0.3-0.9 ms a CV).
PRONOUN_RULES = (
    Rule(
        "pronouns",
        re.compile(r"\bElle(?=[ \t]+(?:a|est|était|avait|sera|fut|dirige|gère)\b)"),
        "Iel",
        gate=("elle",),
    ),
    Rule(
        "pronouns",
        re.compile(r"\belle(?=[ \t]+(?:a|est|était|avait|sera|fut|dirige|gère)\b)"),
        "iel",
        gate=("elle",),
    ),
    Rule(
        "pronouns",
        re.compile(r"\bElla(?=[ \t]+(?:ha|es|fue|era|dirigi[óo]|lider[óo]|gestion[óo])\b)"),
        "Elle",
        gate=("ella",),
    ),
)
# A signature line: "Köln, den 01.02.2024", "Fait à Lyon, le 3 mai 2024": the town is where one lives.
_DATE = r"\d{1,2}(?:[./]\d{1,2}[./]\d{2,4}|\.?[ \t]+[^\W\d_]+[ \t]+\d{4})"
SIGNATURE_RULES = (
    Rule(
        "address",
        re.compile(
            r"^([ \t]*(?:(?:Fait|Hecho|Done)[ \t]+(?:à|a|en|in"
            r"|at)[ \t]+)?)[A-Z\u00c0-\u00de][\w\u00c0-\u00ff-]+"
            rf"(?:[ \t]+[A-Z][\w\u00c0-\u00ff-]+)?(?=,[ \t]*(?:(?:den|le|el|am|on|the)[ \t]+)?{_DATE}"
            r"(?:[ \t,]*\[+name\]+)*[ \t]*$)",
            re.MULTILINE,
        ),
        r"\1[address]",
    ),
    # The declaration's "Place: Rohtak" (and "Date: ...  Place: Pune") in South Asian CVs: where one lives.
    # Only as a label opening its line or cell: "1st Place: Hackathon" is a prize.
    Rule(
        "address",
        re.compile(
            r"((?:^|(?<=[ \t]{2})|(?<=\t)|(?<=\|))[ \t]*(?:Place|PLACE)[ \t]*[:\-\u2013][ \t]*)"
            r"[A-Z\u00c0-\u00de][\w\u00c0-\u00ff'\u2019-]*"
            r"(?:,?[ \t]+[A-Z\u00c0-\u00de][\w\u00c0-\u00ff'\u2019-]*){0,2}"
            r"(?=[ \t]*(?:$|[|;\t]|[ \t]{2}))",
            re.MULTILINE,
        ),
        r"\1[address]",
        guarded=True,
        gate=("place",),
    ),
)
# Run after names (titles and signatures look for "[name]") and after the English family and faith rules.
LATE_RULES: tuple[Rule, ...] = (
    *FAMILY_RULES,
    *IDENTITY_RULES,
    *SCHOOL_RULES,
    *SIGNATURE_RULES,
    *PRONOUN_RULES,
)
