"""Find an age asked for: "under 30", "aged 25-35", "over-50s need not apply", "born after 1990".

A number is an age only when it is said of the person, not counted of things: "under 30 minutes", "a team
of up to 25", "over 10 years of experience" and "codebases older than 20 years" pass. A floor of 16 or 18,
or a higher one up to 25 that the sentence gives a law, licence or insurer for ("21+ to serve alcohol"), is
lawful and passes; a ceiling never does. Runs on folded sentences (`protected_text`); `protected` gathers
it with the others. Pure: no Django.
"""

from __future__ import annotations

import re

from personas import protected_served
from personas.protected_groups import NOT_PEOPLE

_AGE_LIMIT = re.compile(
    r"\b(?:under|below|over|above|younger than|older than|not older than|no older than|max(?:imum)?\.?"
    r"|at most|up to|less than|more than|at least|no less than|not less than|no younger than"
    r"|not younger than)\s(\d{2})\b(?![.,]\d|%)"  # "over 99.9%" is no age
    r"(?:\s?(years?|yrs?|y/?o|y\.o)\b)?(?:\s(\w+)(?:\s(\w+))?)?"
)
_AGE_PHRASE = re.compile(
    rf"\baged? ?:? ?{protected_served.ABOUT}\d{{2}}\b|\baged (?:between|from|under|over)\b"
    r"|\bage (?:limit|range|requirement|bracket|cap)\b"
    r"|\b(?:max(?:imum)?|min(?:imum)?) age\b|\bage ?(?:[<>\u2264\u2265]=?|=<) ?\d{2}\b"
    r"|\b\d{2} ?(?:-|to|and) ?\d{2} ?(?:years? old|years? of age|y/?o)\b"
    r"|\bbetween the ages of \d{2} and \d{2}\b"
    r"|\b(?:be|candidates?|applicants?|hires?|someone|ideally|preferably) (?:in|from|within) the"
    r" \d{2} ?(?:-|to) ?\d{2} age (?:group|bracket|range)\b"
    r"|\bborn (?:after|before|in|between) (?:19|20)\d{2}\b|\b\d{2} years? old\b|\bof age\b"
    # "Under-30s", "the over 50s", "under 25s only"; "builds in under 30s" are seconds.
    # A noun after them makes a class or a market: "the over-60s fitness classes".
    r"|\b(?:the )?(?:under|over)-\d{2}s\b(?=$|[^\w ]| (?:only|wanted|preferred|need|welcome|please|candidates"
    r"|applicants|apply|are|will|should)\b)"
    rf"|\bthe (?:under|over) \d{{2}}s\b{NOT_PEOPLE}"
    r"|\b(?:under|over) \d{2}s (?:only|wanted|preferred|need|welcome|candidates|applicants)\b"
    r"|\b\d{2}[- ]years?[- ]olds?\b"
    r"|\b(?:under|below|over|above) the age of \d{2}\b"
    r"|\b\d{2} ?(?:years?|yrs?)(?: old)? (?:max(?:imum)?|at most|or (?:younger|less|under|below))\b"
    # "Must be 30+", "candidates 45+ only"; "10+ years of experience" counts years.
    r"|\b(?:be|aged?|candidates?|applicants?|hires?|someone|people|persons?|ideally|preferably)"
    r" \d{2}\+(?!\w| ?y)"
    r"|\b\d{2}\+ (?:only|preferred|required|wanted|candidates|applicants|need|welcome only)\b"
    r"|\bable[- ]bodied\b"  # only ever said to select: the lawful form names the task ("lift 25 kg")
    r"|\b(?:be|only|candidates?|applicants?|people|persons?|preferably|ideally|hires?) (?:of"
    r"|from) (?:an? )?\w+"
    r" (?:origin|descent|heritage|ethnicity|extraction)\b"
    r"|\b(?:be|aged?|candidates?|applicants?|someone|anyone|males?|females?|m[ae]n|wom[ae]n|guys|girls|boys"
    r"|ladies) between \d{2} and \d{2}\b"
)
_NOT_AGE_UNITS_TEXT = (
    "experience exp in with as of working professional industry relevant hands-on commercial"
)
_NOT_AGE_UNITS = frozenset(_NOT_AGE_UNITS_TEXT.split())
# The ages of leaving school and of majority, asked as a floor for licensing, alcohol or machinery.
_LEGAL_AGES = frozenset(("16", "18"))
# A higher floor passes when the sentence names the law or licence that sets it: "21+ to serve alcohol
# (state law)", "over 21 for an HGV licence", "25+ for insurance" (an insurer may lawfully price by age; the
# employer cannot cover younger drivers). A ceiling never does: no law makes anyone too old for such a post.
# Nor does a floor above 25: no licence or motor insurer sets one (alcohol, firearms, HGV and bus licences
# and the strictest fleet policies stop at 25), so "over 40 for insurance reasons" is the insurer named to
# cover an age preference.
_HIGHEST_LEGAL_FLOOR = 25
_LEGAL_REASON = re.compile(
    r"\b(?:law|laws|legal(?:ly)?|licen[cs]\w*|statutory|statute|regulat\w*|federal|insur\w*|legislation"
    r"|required by|alcohol|liquor|gambling|gaming|firearms?)\b"
)
_CEILING = re.compile(
    r"\b(?:under|below|younger than|max(?:imum)?|at most|up to|no older|not older|less than|between|or"
    r" (?:younger|less|under|below))\b|\d{2} ?(?:-|to) ?\d{2}"
)
_FLOOR_WORDS = ("at least", "no less than", "not less than", "no younger", "not younger")
_AGE_GOES_ON = frozenset(
    ("old", "age", "and", "or", "only", "please", "preferred", "ideally", "who", "due", "because", "owing")
)
# "To" and "for" go on from an age said of a person ("must be under 30 to apply", "candidates over 40 for this
# role"), and from a count said of anything else ("keep it under 30 to stay in budget").
_PERSON_GOES_ON = frozenset(("to", "for"))
_QUANTITY_BEFORE = frozenset(("of", "by", "to", "from", "at", "with"))
_PERSON_BEFORE_TEXT = (
    "be is are being not no anyone someone nobody one you who candidate candidates applicant applicants"
    " people person persons staff hire hires individual individuals worker workers ideally preferably"
)
_PERSON_BEFORE = frozenset(_PERSON_BEFORE_TEXT.split())


def selections(sentence: str) -> list[str]:
    """Return the phrases of a folded sentence that ask for an age, lawful floors left out."""
    ages = _age_limits(sentence) + [m.group(0) for m in _AGE_PHRASE.finditer(sentence)]
    return _without_legal_floor(ages, sentence)


def _age_limits(sentence: str) -> list[str]:
    found = []
    # The words read after a limit may hold the next one ("over 18 and under 30"): resume after the number.
    match = _AGE_LIMIT.search(sentence)
    while match:
        if _is_age_limit(sentence, match):
            found.append(match.group(0).strip())
        match = _AGE_LIMIT.search(sentence, match.end(1))
    return found


def _is_age_limit(sentence: str, match: re.Match[str]) -> bool:
    number, unit, word, after = match.group(1), match.group(2), match.group(3), match.group(4)
    counted = unit or (None if word in _AGE_GOES_ON else word)  # "a team of up to 25 and growing"
    if not 16 <= int(number) <= 99 or _of_a_thing(sentence[: match.start()], match.group(0), counted):
        return False
    if match.group(0).startswith(_FLOOR_WORDS) and not _said_of_a_person(sentence[: match.start()]):
        return False  # "must score at least 80": a floor is an age only when said of the person
    if unit and word in _NOT_AGE_UNITS and not (word == "of" and after == "age"):
        return False  # "over 10 years of experience"
    if not unit and word in _PERSON_GOES_ON:  # but "under 30 to 60 minutes" is a range
        return _said_of_a_person(sentence[: match.start()]) and not (after or "").isdigit()
    # "Under 30 minutes", "over 50 clients" count things; "under 30 and hungry" is still the person.
    return not (not unit and word and word not in _AGE_GOES_ON)


def _said_of_a_person(before: str) -> bool:
    previous = (before.split() or [""])[-1]
    return previous in ("", *_PERSON_BEFORE)


def _of_a_thing(before: str, limit: str, unit: str | None) -> bool:
    """Tell if a limit counts things, not a person's years: "a team of up to 25", "code older than 20"."""
    previous = (before.split() or [""])[-1]
    if not unit and previous in _QUANTITY_BEFORE:
        return True  # "a team of up to 25", "cut costs by over 50"
    # "Older than" compares its subject: "candidates older than 40", but "codebases older than 20 years".
    return limit.startswith(("older than", "younger than")) and previous not in ("", *_PERSON_BEFORE)


def _without_legal_floor(phrases: list[str], sentence: str) -> list[str]:
    """Drop the ages if they are 16 or 18, or a floor the sentence gives a law or licence for."""
    ages = set(re.findall(r"(?<![\d.,])\d{2}(?![\d%]|[.,]\d)", sentence))
    reason = _LEGAL_REASON.search(sentence) and not _CEILING.search(sentence)
    legal = ages <= _LEGAL_AGES or (reason and max(int(age) for age in ages) <= _HIGHEST_LEGAL_FLOOR)
    if not ages or not legal:
        return phrases
    return [phrase for phrase in phrases if not re.search(r"\d|\bof age\b", phrase)]
