"""Find text that selects on a protected attribute: "only men", "under 30", "native English speaker".

Mentioning is not selecting: "we do not discriminate on the basis of age or religion", "React Native",
"cloud-native", "a young company" and "Senior" pass. Text is folded first (`protected_text.normalise`:
NFKC, lookalike letters, invisible characters, accents, letter-spaced words), so "under 30 years of age"
written with a Latin alpha is read as plain text. Pure: no Django, no ORM.
"""

from __future__ import annotations

import re

from personas import (
    protected_ages,
    protected_asked,
    protected_exclusions,
    protected_groups,
    protected_intl,
    protected_proxies,
    protected_served,
    protected_text,
    protected_titles,
)
from personas.protected_text import normalise as normalise  # the one folding, reused by rubric and drafting

_LANGUAGES = protected_groups.LANGUAGES
_DEMONYMS = protected_groups.DEMONYMS
_GENDER = (
    r"men|women|males?|females?|man|woman|guys?|girls?|boys?|ladies|lady|gentlem[ae]n|blokes?"
    r"|cisgender|transgender|non-binary|cis (?:men|women)|masculine|feminine"
)
_AGE_FIT = (
    r"young(?:er)?|youngsters?|youthful|old(?:er)?|elderly|middle-aged|retired|millennials?|gen[ -]?z"
    r"|digital natives?|fresh (?:blood|faces)"
)
# "Recent graduates only" makes a level a condition; "suitable for recent graduates" names a level that a
# graduate of any age meets, so graduates are not among the people a role is said to suit.
_AGE = rf"{_AGE_FIT}|recent (?:college |university )?grad(?:uate)?s?|fresh grad(?:uate)?s?"
_FAITH = (
    r"christians?|muslims?|jews?|jewish|hindus?|sikhs?|buddhists?|catholics?|protestants?|atheists?"
    r"|church-?goers?|believers?(?! in\b)"  # "a believer in TDD" is a conviction, not a faith
)
_FAMILY = (
    r"married|single(?!-| (?:point|page|source|sign|responsib|digit|thread|file|instance|region|tenant|server"
    r"|node|unit|owner|team|product|codebase|repo))|unmarried|childless|child-?free|mothers?|fathers?"
    r"|parents?|pregnant|family (?:m[ae]n|wom[ae]n|guy)"
)
_NOT_PEOPLE = protected_groups.NOT_PEOPLE
_BODY = r"able[- ]bodied|disabled|handicapped|neuro-?typical"
_RACE = (
    r"(?:(?:white|black)(?!-| (?:box|belt|list|board|paper|hat|label|space|screen|hole|swan))"
    r"|asian|caucasian|hispanic|latin[oa]s?|arabs?|africans?|slav(?:ic|s)?|anglo-saxons?|orientals?"
    r"|(?:fair|light|dark|pale|brown|olive)[- ]skin(?:ned)?|people of colou?r|ethnic minorit(?:y|ies)"
    # Caste is descent, read as race (UK Equality Act s.9(5), India's constitution art. 15).
    r"|brahmins?|dalits?|kshatriyas?|vaishyas?|shudras?|(?:upper|lower|high|low|same|forward)[- ]caste)"
    + _NOT_PEOPLE
)
_ORIGIN = (
    rf"(?:{_DEMONYMS}) (?:nationals?|citizens?|passport holders?|citizenship|born)"
    rf"|nationals|citizens|natives|locals|green card holders|{protected_groups.NATIONS}"
)
_ORIENTATION = r"gays?|lesbians?|homosexuals?|bisexuals?|queer|heterosexuals|straights"
_TRAIT = (
    rf"(?:{_GENDER}|{_AGE}|{_FAITH}|{_FAMILY}|{_BODY}|{_RACE}|straight(?!-)|heterosexual|{_ORIENTATION}"
    rf"|{_ORIGIN})"
)
# Every trait but parenthood: "ideal for parents" offers part-time hours, it turns no one away.
_FIT = (
    rf"(?:{_GENDER}|{_AGE_FIT}|{_FAITH}|married|single|unmarried|{_RACE}|{_ORIGIN}|mums?|moms?"
    r"|housewi(?:fe|ves))"
)
_PEOPLE = (
    r"candidates?|applicants?|hires?|employees?|staff|workers?|people|persons?|individuals?|engineers?"
    r"|developers?"
)
_A = r"(?:an? |some )?"
# Jobs a trait is put before when it is asked for: "a Hindu cook preferred", "lady receptionist required".
_ROLE = (
    r"cooks?|chefs?|nann(?:y|ies)|nurses?|carers?|cleaners?|housekeepers?|maids?|drivers?|receptionists?"
    r"|secretar(?:y|ies)|assistants?|tutors?|teachers?|doctors?|guards?|waiters?|bartenders?|cashiers?"
    r"|clerks?|accountants?|managers?|salespe(?:rson|ople)|labou?rers?|porters?"
)  # not "servers", "hosts" or "models": "older servers required" are machines
# The kind of such a job, between the trait and the job ("male security guard"); none that could be a
# thing the trait names ("Catholic school", "gay bar", "elderly care", "parent company").
_KIND = (
    r"security|live-in|personal|private|night|shop|sales|delivery|van|taxi|lorry|truck|kitchen|house|office"
)

_SELECTION = re.compile(
    rf"\bonly (?:(?:hire|hiring|accept|accepting|consider|considering|want|recruit|recruiting|employ) )?{_A}"
    rf"(?:\w+ )?{_TRAIT}\b"
    rf"|\b{_TRAIT}(?: \w+)?(?: (?:{_PEOPLE}))?(?: need apply)? only\b"
    rf"|\b(?:must|should|has to|have to|needs? to|required to|shall|will) be {_A}(?:(?:very|quite"
    rf"|practi[sc]ing|devout|observant|committed|born-again|good|real|proper|true) )?{_TRAIT}\b"
    rf"|\b(?:prefer(?:ably|red|ence for|ence given to| to hire)?|ideally|priority (?:to|for)) {_A}{_TRAIT}\b"
    # Said as a fit or a refusal: "would suit a retired gentleman", "brown skin not accepted".
    rf"|\b(?:suits?|suited to|suitable for|(?:perfect|ideal|great)(?: job| role)? for|best for|made for) {_A}"
    rf"(?:[\w-]+ )?{_FIT}\b"
    rf"|\b{_FIT} (?:would be|are|is) (?:best|better|ideal|preferable|preferred|more suitable|(?:better|best)"
    r" suited)\b"
    rf"|\b(?:role|job|position|post|vacancy|opening) is (?:only |strictly )?for {_A}{_FIT}\b"
    # Kept for a group of people: "position reserved for men", "only open to heterosexual applicants"; but
    # "access limited to a single region", "support restricted to older versions" keep things.
    rf"|\b(?:(?:only|solely|exclusively|strictly) (?:open|available)|reserved|restricted|limited)"
    rf" (?:only |solely |exclusively |strictly )?(?:for|to) {_A}(?:[\w-]+ )?(?:{_FIT}|{_ORIENTATION}"
    rf"|heterosexual)\b(?= ?(?:$|[,.;:!)]|(?:{_PEOPLE}|only|and|or|with|who|in|from|aged|under|over)\b))"
    rf"|\b{_TRAIT}(?: (?:{_PEOPLE}))? (?:are |is )?not (?:accepted|allowed|welcome|considered|permitted)\b"
    rf"|\b{_TRAIT}(?: (?:(?:{_KIND}) )?(?:{_PEOPLE}|{_ROLE})"
    r"| (?:presence|touch|perspective|figure|face|energy))?"
    r"(?: (?:is|are|(?:will|would|shall) be))?"
    r" (?:preferred|required|wanted|needed|welcome only|desired)\b"
    rf"|\b{_FIT}(?: (?:{_PEOPLE}))? (?:will be |are |is )?(?:given |get )?(?:priority|preference"
    r"|precedence)\b"
    rf"|\b(?:looking for|seeking|searching for|we want|we need|hire|hiring|recruit|recruiting|employ):? {_A}"
    rf"(?:\w+ )?(?:{_GENDER}|{_AGE}|{_FAITH}|married|single|unmarried|childless|{_BODY}|{_RACE}|{_ORIGIN})\b"
    rf"|\b(?:male|female|young|younger|older|mature|married|childless|christian|muslim|jewish|hindu|white)"
    rf" (?:{_PEOPLE})\b"
    r"|\bno (?:women|men|females|males|girls|boys|foreigners|immigrants|expats|disabled|disabilities|kids"
    r"|children|pregnant|mothers|parents|older|old|muslims|christians|jews|hindus|sikhs|gays?)\b"
    r"|\b(?:not|never) (?:pregnant|married|disabled|old|older|foreign)\b"
    r"|\b(?:must|should) not (?:have|be) (?:any )?(?:kids|children|pregnant|married|disabled|a parent)\b"
    rf"|\b(?:must|should|can|may) not be {_A}{_TRAIT}\b"
    rf"|\b(?:must|should|has to|have to|needs? to|required to) (?:identify|present) as {_A}(?:{_GENDER}"
    rf"|{_ORIENTATION}|straight|heterosexual)\b"
    # Said of one more person: "the team needs another guy".
    r"|\b(?:needs?|wants?|requires?) (?:another|one more|an?) (?:\w+ )?(?:m[ae]n|wom[ae]n|guys?|girls?|boys?"
    r"|lad(?:y|ies)|gentlem[ae]n|blokes?)\b"
    # An ethnicity said of the hire: "must be ethnically Chinese"; "an ethnically diverse team" passes.
    r"|\b(?:be|is|are|candidates?|applicants?) (?:ethnically|racially) (?!diverse|mixed|inclusive)\w+"
    rf"|\bideal(?:ly)?(?: candidate| applicant| hire| person)?(?: is| would be| will be| ?:) {_A}{_TRAIT}\b"
    r"|\b(?:male|female)(?= ?(?:$|[,;.)]|(?:candidates?|applicants?|nurses?|teachers?|drivers?|assistants?"
    r"|receptionists?|secretar(?:y|ies)|carers?|cleaners?|models?|staff|workers?|hires?|associates?)\b))"
    r"|[\w ]{0,30}\bneed not apply\b"
    rf"|\b(?:must|should|required to|needs? to) (?:hold|have|possess) {_A}(?:{_DEMONYMS})"
    r" (?:passport|citizenship"
    r"|nationality)\b|\b(?:must|should) (?:have been |be )?born (?:in|after|before)\b"
    r"|\bwithout (?:kids|children|disabilit(?:y|ies)|family commitments)\b"
)
_YOUNG = re.compile(
    # "Young's Brewery" is a name; "a young, fast-growing startup" an organisation.
    r"\b(?:young(?:er)?|youthful|fresh-faced|digital natives?)\b(?!')(?!,? (?:and )?(?:[\w-]+,? ){0,2}?"
    r"(?:company|companies|startup|start-up|business|enterprises?|ventures?"
    r"|brand|organi[sz]ation|firm|agency|product|industry|field|market|technology|technologies|project"
    r"|community|country|sector|audience|team's product)\b)"
)
_NATIVE = re.compile(
    rf"\bnative[ -](?:(?:{_LANGUAGES})[ -])?speak(?:er|ers|ing)\b|\bnative (?:{_LANGUAGES})\b(?![ -](?:level"
    r"|like))"
    rf"|\bnative (?:language|tongue)\b|\bmother[ -]tongue\b|\bnative speakers? of\b"
)
# A nationality said of the person, ending its clause ("must be Polish", "should be Indian or Pakistani"); a
# language ("Polish-speaking"), a place ("UK-based", "local") or a body ("American Board certified") is none.
_PEOPLES = protected_groups.PEOPLES
_NATIONALITY = re.compile(
    rf"\b(?:must|should|has to|have to|needs? to|required to) be {_A}(?:{_PEOPLES})"
    r"(?= ?(?:$|[,.;:!)]|(?:and|or|only|by birth)\b))"
)
_FIRST_LANGUAGE = re.compile(
    rf"\b(?:{_LANGUAGES}) as (?:a|an|your|their|the|his|her) (?:first|native|mother) (?:language|tongue)\b"
    rf"|\bfirst[ -]language (?:{_LANGUAGES})(?: speakers?)?\b"
)
# "Candidates must be 18-25": a bracket of ages with no unit after it ("10-15 people", "20-30 minutes").
_BARE_RANGE = re.compile(
    r"\b(?:must|should|to|will) be (?:between )?(\d{2}) ?(?:-|to|and) ?(\d{2})\b(?! ?[\w%$£€])"
)
# An equal-opportunity statement names attributes to say they are not used.
_EEO = re.compile(
    r"discrimin|regardless|without regard|irrespective|equal opportunit|equal employment|encourage"
    r"|(?<!not )(?<!un)welcome|all qualified|divers|inclusi|underrepresented"  # "not welcome" refuses
    r"|protected (?:characteristic|attribute)|equality"
    rf"|on the basis of|{protected_intl.EEO}"
)
_STRONG = re.compile(rf"\bonly\b|\bmust be\b|\bno (?:women|men|foreigners)\b|{protected_intl.STRONG}")
# "Mother tongue not required", "native-speaker level": the attribute is named to say it is not asked for.
_NEGATED = re.compile(
    r"\bnot (?:required|necessary|needed|a requirement|expected)\b|\bno need\b|\bnicht (?:erforderlich"
    r"|notwendig)"
    r"|\bpas (?:necessaire|requis|exige)|\bno (?:es )?(?:necesari|requerid|imprescindible)|\bno se requiere"
)
# A level of proficiency, however it is reached: "mother-tongue level (C2)", "mother tongue or equivalent".
_LEVEL = re.compile(
    r"\bnative[- ]speaker[- ]level\b|\blevel of (?:a )?native speakers?\b|\bmother[- ]tongue[- ]level\b"
    r"|\b(?:native|mother[- ]tongue) or (?:an )?equivalent\b"
)


def only_mentions(sentence: str) -> bool:
    """Tell if a folded sentence names attributes only to say they are not used (or not asked for)."""
    return bool(_EEO.search(sentence) or _NEGATED.search(sentence)) and not _STRONG.search(sentence)


def _sentence_selections(sentence: str) -> list[str]:
    if only_mentions(sentence):
        return []
    sentence = _LEVEL.sub(" ", protected_served.without_people_served(sentence))
    found = [m.group(0) for m in _SELECTION.finditer(sentence)]
    found += protected_ages.selections(sentence)
    found += [m.group(0) for m in _NATIVE.finditer(sentence)]
    found += [m.group(0) for m in (*_NATIONALITY.finditer(sentence), *_FIRST_LANGUAGE.finditer(sentence))]
    found += [m.group(0) for m in _BARE_RANGE.finditer(sentence) if 16 <= int(m[1]) < int(m[2]) <= 70]
    found += [m.group(0) for m in _YOUNG.finditer(sentence)]
    found += protected_exclusions.selections(sentence)
    found += protected_titles.selections(sentence)
    found += protected_asked.selections(sentence)
    return found + protected_intl.selections(sentence) + protected_proxies.selections(sentence)


def find_protected_selection(text: str) -> list[str]:
    """Return the phrases (normalised) with which the text selects on a protected attribute; [] if none."""
    found: list[str] = []
    for folded in protected_text.readings(text):
        # Sentences end after a word, not after "U.S." or "3.11", nor before a number ("max. 35 Jahre"); a
        # spaced dash between numbers is a range ("18 - 25"), not a break.
        for sentence in re.split(r"(?<=[a-z]{2}[.!?;])\s+(?!\d)|\n|\s+-\s+(?!\d)|(?<!\d)\s+-\s+", folded):
            found += _sentence_selections(sentence)
    return list(dict.fromkeys(phrase.strip() for phrase in found))
