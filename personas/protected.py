"""Find text that selects on a protected attribute: "only men", "under 30", "native English speaker".

Mentioning is not selecting: "we do not discriminate on the basis of age or religion", "React Native",
"cloud-native", "a young company" and "Senior" pass. Text is normalised first (NFKC, Latin lookalikes from
Greek and Cyrillic, small capitals, zero-width characters, accents, letter-spaced words), so "under 30 years
of age" written with a Latin alpha is read as plain text. Pure: no Django, no ORM.
"""

from __future__ import annotations

import re
import unicodedata

from personas import protected_intl, protected_proxies

# Characters that look like Latin letters; NFKC leaves them alone.
_CONFUSABLES = str.maketrans(
    "аАвВеЕкКмМнНоОрРсСтТуУхХѕЅіІјЈԁһӏ"  # Cyrillic
    "αΑβΒεΕζΖηΗιΙκΚμΜνΝοΟρΡτΤυΥχΧ"  # Greek
    "ɑɩıȷℓɛɡʏᴀʙᴄᴅᴇɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡᴢ",  # Latin lookalikes and small capitals
    "aAbBeEkKmMhHoOpPcCtTyYxXsSiIjJdhlaAbBeEzZnHiIkKuMvNoOpPtTuYxXaiijlegyabcdeghijklmnoprstuvwz",
)
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]"
)
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "@": "a", "$": "s"}
# Letter-spaced words: "m e n  o n l y", "m.e.n o.n.l.y", "m-e-n", "u n d e r 3 0". A single space between
# letters joins them; a wider gap, or a space where the letters were joined by dots or dashes, stays a gap.
_SPACED = re.compile(r"(?<![\w.-])(?:[a-z0-9] ){2,}[a-z0-9](?![\w.-])")
_DOTTED = re.compile(r"(?<![\w.-])(?:[a-z0-9]([.-])){2,}[a-z0-9](?:\1)?(?![\w-])")
_NUMBER_WORDS = {
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70,
}  # fmt: skip
_NUMBER_WORD = re.compile(
    r"\b(twenty|thirty|forty|fifty|sixty|seventy)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?\b"
    r"|\b(sixteen|seventeen|eighteen|nineteen)\b"
)
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


def _number(match: re.Match[str]) -> str:
    tens, unit, teen = match.groups()
    return str(_NUMBER_WORDS[teen] if teen else _NUMBER_WORDS[tens] + _UNITS.get(unit or "", 0))


def normalise(text: str) -> str:
    """Fold text for matching: NFKC, lookalikes to Latin, no accents or invisible characters, lower case."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).translate(_CONFUSABLES)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()
    text = re.sub(r"(?<=\d)o|o(?=\d)", "0", text)  # "3O" written with a letter O
    text = re.sub(r"(?<=[a-z])[01345@$](?=[a-z])", lambda m: _LEET[m.group(0)], text)  # "y0ung", "f3male"
    text = re.sub(r"(?<=[a-z])_+(?=[a-z])", " ", text)  # "men_only"
    text = _DOTTED.sub(lambda m: re.sub(r"[.-]", "", m.group(0)), text)
    text = _SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)
    text = re.sub(r"[ \t]+", " ", re.sub(r"(?<![\w.-])(\d) (\d)(?![\w.-])", r"\1\2", text))  # "3 0"
    text = _NUMBER_WORD.sub(_number, text)  # "under thirty-five" is "under 35"
    return re.sub(r"[\u2019`]", "'", re.sub(r"\s+", " ", text))


_LANGUAGES = (
    "english|french|german|spanish|italian|portuguese|dutch|polish|russian|arabic|chinese|mandarin|cantonese"
    "|japanese|korean|hindi|turkish|swedish|norwegian|danish|finnish|greek|hebrew|czech|romanian|hungarian"
)
_DEMONYMS = (
    "american|british|english|scottish|irish|welsh|canadian|australian|indian|pakistani|chinese|japanese"
    "|korean|french|german|spanish|portuguese|italian|dutch|belgian|swiss|austrian|polish|czech|romanian"
    "|bulgarian|greek|turkish|russian|ukrainian|swedish|norwegian|danish|finnish|irish|mexican|brazilian"
    "|nigerian|kenyan|south african|egyptian|moroccan|filipino|vietnamese|thai|indonesian|malaysian"
    "|singaporean|israeli|saudi|emirati|local|foreign|eu|eea|us|u\\.s\\.|uk|non-eu"
)
_GENDER = r"men|women|males?|females?|man|woman|guys?|girls?|boys?|ladies|lady|gentlem[ae]n|blokes?"
_AGE = (
    r"young(?:er)?|youthful|old(?:er)?|elderly|millennials?|gen[ -]?z|digital natives?"
    r"|recent (?:college |university )?grad(?:uate)?s?|fresh (?:grad(?:uate)?s?|blood|faces)"
)
_FAITH = r"christians?|muslims?|jews|jewish|hindus?|sikhs?|buddhists?|catholics?|protestants?|atheists?"
_FAMILY = (
    r"married|single(?! (?:point|page|source|sign|responsib|digit|thread|file|instance|region|tenant|server"
    r"|node|unit|owner|team|product|codebase|repo))|unmarried|childless|mothers?|fathers?|parents?|pregnant"
)
_BODY = r"able[- ]bodied|disabled|handicapped"
_RACE = (
    r"(?:white|black)(?![- ](?:box|belt|list|board|paper|hat|label|space|screen|hole|swan))"
    r"|asian|caucasian|hispanic|latin[oa]s?|arabs?|africans?|slav(?:ic|s)?|anglo-saxons?|orientals?"
)
_ORIGIN = (
    rf"(?:{_DEMONYMS}) (?:nationals?|citizens?|passport holders?|citizenship|born)"
    r"|nationals|citizens|natives|locals"
)
_TRAIT = rf"(?:{_GENDER}|{_AGE}|{_FAITH}|{_FAMILY}|{_BODY}|{_RACE}|straight|heterosexual|{_ORIGIN})"
_PEOPLE = (
    r"candidates?|applicants?|hires?|employees?|staff|workers?|people|persons?|individuals?|engineers?"
    r"|developers?"
)
_A = r"(?:an? |some )?"

_SELECTION = re.compile(
    rf"\bonly (?:(?:hire|hiring|accept|accepting|consider|considering|want|recruit|recruiting|employ) )?{_A}"
    rf"(?:\w+ )?{_TRAIT}\b"
    rf"|\b{_TRAIT}(?: (?:{_PEOPLE}))?(?: need apply)? only\b"
    rf"|\b(?:must|should|has to|have to|needs? to|required to|shall|will) be {_A}(?:(?:very|quite"
    rf"|practi[sc]ing|devout|observant|committed|born-again|good) )?{_TRAIT}\b"
    rf"|\b(?:prefer(?:ably|red|ence for|ence given to| to hire)?|ideally|priority (?:to|for)) {_A}{_TRAIT}\b"
    rf"|\b{_TRAIT}(?: (?:{_PEOPLE}))? (?:preferred|required|wanted|needed|welcome only|desired)\b"
    rf"|\b(?:looking for|seeking|searching for|we want|we need|hire|hiring|recruit|recruiting|employ) {_A}"
    rf"(?:\w+ )?(?:{_GENDER}|{_AGE}|{_FAITH}|married|single|unmarried|childless|{_BODY}|{_RACE}|{_ORIGIN})\b"
    rf"|\b(?:male|female|young|younger|older|mature|married|childless|christian|muslim|jewish|hindu|white)"
    rf" (?:{_PEOPLE})\b"
    r"|\bno (?:women|men|females|males|girls|boys|foreigners|immigrants|expats|disabled|disabilities|kids"
    r"|children|pregnant|mothers|parents|older|old|muslims|christians|jews|hindus|sikhs|gays?)\b"
    r"|\b(?:not|never) (?:pregnant|married|disabled|old|older|foreign)\b"
    r"|\b(?:must|should) not (?:have|be) (?:any )?(?:kids|children|pregnant|married|disabled|a parent)\b"
    rf"|\bideal(?:ly)?(?: candidate| applicant| hire| person)?(?: is| would be| will be| ?:) {_A}{_TRAIT}\b"
    r"|\b(?:male|female)(?= ?(?:$|[,;)]|(?:candidates?|applicants?|nurses?|teachers?|drivers?|assistants?"
    r"|receptionists?|secretar(?:y|ies)|carers?|cleaners?|models?|staff|workers?|hires?|associates?)\b))"
    r"|[\w ]{0,30}\bneed not apply\b"
    rf"|\b(?:must|should|required to|needs? to) (?:hold|have|possess) {_A}(?:{_DEMONYMS})"
    r" (?:passport|citizenship"
    r"|nationality)\b|\b(?:must|should) (?:have been |be )?born (?:in|after|before)\b"
    r"|\bwithout (?:kids|children|disabilit(?:y|ies)|family commitments)\b"
)
_AGE_LIMIT = re.compile(
    r"\b(?:under|below|over|above|younger than|older than|not older than|no older than|max(?:imum)?"
    r"|at most|up to|less than|more than)\s(\d{2})\b(?:\s?(years?|yrs?|y/?o)\b)?(?:\s(\w+)(?:\s(\w+))?)?"
)
_AGE_PHRASE = re.compile(
    r"\baged? ?:? ?\d{2}\b|\baged (?:between|from|under|over)\b|\bage (?:limit|range|requirement|bracket"
    r"|cap)\b"
    r"|\b(?:max(?:imum)?|min(?:imum)?) age\b|\b\d{2} ?(?:-|to|and) ?\d{2} (?:years? old|years? of age|y/?o)\b"
    r"|\bborn (?:after|before|in|between) (?:19|20)\d{2}\b|\b\d{2} years? old\b|\bof age\b"
    r"|\b(?:under|over)[- ]\d0s\b|\b\d{2}[- ]years?[- ]olds?\b"
    r"|\b(?:under|below|over|above) the age of \d{2}\b"
    r"|\b\d{2} ?(?:years?|yrs?)(?: old)? (?:max(?:imum)?|at most|or (?:younger|less|under|below))\b"
    r"|\bable[- ]bodied\b"  # only ever said to select: the lawful form names the task ("lift 25 kg")
    r"|\b(?:be|only|candidates?|applicants?|people|persons?|preferably|ideally|hires?) (?:of"
    r"|from) (?:an? )?\w+"
    r" (?:origin|descent|heritage|ethnicity|extraction)\b"
    r"|\b(?:be|aged?) between \d{2} and \d{2}\b"
)
_YOUNG = re.compile(
    r"\b(?:young(?:er)?|youthful|digital natives?)\b(?! (?:and )?(?:company|companies|startup|start-up"
    r"|business"
    r"|brand|organi[sz]ation|firm|agency|product|industry|field|market|technology|technologies|project"
    r"|community|country|sector|audience|team's product)\b)"
)
_YOUNG_MENTION = re.compile(
    r"\b(?:with|for|support|supporting|supported|mentor|mentoring|teach|teaching|help|helping|serve|serving"
    r"|coach|coaching|engage|engaging|protect|protecting) (?:\w+ )?young (?:people|children|adults|learners"
    r"|persons|offenders|carers|patients|students|women|men)\b"
)
_NATIVE = re.compile(
    rf"\bnative[ -](?:(?:{_LANGUAGES})[ -])?speak(?:er|ers|ing)\b|\bnative (?:{_LANGUAGES})\b(?![ -](?:level"
    r"|like))"
    rf"|\bnative (?:language|tongue)\b|\bmother[ -]tongue\b|\bnative speakers? of\b"
)
# A nationality said of the person, ending its clause ("must be Polish", "should be Indian or Pakistani"); a
# language ("Polish-speaking"), a place ("UK-based", "local") or a body ("American Board certified") is none.
_PLACES = ("local", "eu", "eea", "us", "u\\.s\\.", "uk", "non-eu")
_PEOPLES = "|".join(word for word in _DEMONYMS.split("|") if word not in _PLACES)
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
    r"|welcome|all qualified|divers|inclusi|underrepresented|protected (?:characteristic|attribute)"
    rf"|on the basis of|{protected_intl.EEO}"
)
_STRONG = re.compile(rf"\bonly\b|\bmust be\b|\bno (?:women|men|foreigners)\b|{protected_intl.STRONG}")
# "Mother tongue not required", "native-speaker level": the attribute is named to say it is not asked for.
_NEGATED = re.compile(
    r"\bnot (?:required|necessary|needed|a requirement|expected)\b|\bno need\b|\bnicht (?:erforderlich"
    r"|notwendig)"
    r"|\bpas (?:necessaire|requis|exige)|\bno (?:es )?(?:necesari|requerid|imprescindible)|\bno se requiere"
)
_LEVEL = re.compile(r"\bnative[- ]speaker[- ]level\b|\blevel of (?:a )?native speakers?\b")
_NOT_AGE_UNITS_TEXT = (
    "experience exp in with as of working professional industry relevant hands-on commercial"
)
_NOT_AGE_UNITS = frozenset(_NOT_AGE_UNITS_TEXT.split())


def _age_limits(sentence: str) -> list[str]:
    found = []
    for match in _AGE_LIMIT.finditer(sentence):
        number, unit, word, after = match.group(1), match.group(2), match.group(3), match.group(4)
        if not 16 <= int(number) <= 99:
            continue
        if unit and word in _NOT_AGE_UNITS and not (word == "of" and after == "age"):
            continue  # "over 10 years of experience"
        if not unit and word and word not in ("old", "age"):
            continue  # "under 30 minutes", "over 50 clients"
        found.append(match.group(0).strip())
    return found


def _sentence_selections(sentence: str) -> list[str]:
    if (_EEO.search(sentence) or _NEGATED.search(sentence)) and not _STRONG.search(sentence):
        return []
    sentence = _LEVEL.sub(
        " ", _YOUNG_MENTION.sub(" ", sentence)
    )  # "supporting young people" is the job, not the hire
    found = [m.group(0) for m in _SELECTION.finditer(sentence)]
    found += _age_limits(sentence) + [m.group(0) for m in _AGE_PHRASE.finditer(sentence)]
    found += [m.group(0) for m in _NATIVE.finditer(sentence)]
    found += [m.group(0) for m in (*_NATIONALITY.finditer(sentence), *_FIRST_LANGUAGE.finditer(sentence))]
    found += [m.group(0) for m in _BARE_RANGE.finditer(sentence) if 16 <= int(m[1]) < int(m[2]) <= 70]
    found += [m.group(0) for m in _YOUNG.finditer(sentence)]
    return found + protected_intl.selections(sentence) + protected_proxies.selections(sentence)


def find_protected_selection(text: str) -> list[str]:
    """Return the phrases (normalised) with which the text selects on a protected attribute; [] if none."""
    found: list[str] = []
    # Sentences end after a word, not after "U.S." or "3.11".
    for sentence in re.split(r"(?<=[a-z]{2}[.!?;])\s+|\n|\s+-\s+", normalise(text)):
        found += _sentence_selections(sentence)
    return list(dict.fromkeys(phrase.strip() for phrase in found))
