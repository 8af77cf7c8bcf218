"""Selecting by shutting a group out, or by stating the attribute asked for: "no wheelchair users", "not
suitable for disabled people", "candidates with disabilities will not be considered", "Religion: Hindu",
"holders of a German passport only", "must be a citizen of Spain".

A group here is people named by a protected attribute; a bare adjective ("blind", "deaf", "gay") needs a
person after it, so "no blind spots" passes. "Must hold a valid work permit" and "right to work in the UK"
name no nationality and pass: they are lawful conditions of the post. Runs on folded text
(`protected_text.normalise`). Pure: no Django.
"""

from __future__ import annotations

import re

from personas.protected_groups import COUNTRIES, DEMONYMS, NATIONS, PEOPLES

_PERSON = (
    r"people|persons|candidates|applicants|staff|workers|employees|hires|individuals|women|men|mothers"
    r"|parents|guys|girls|boys|ones"
)
_ADJECTIVE = (
    r"deaf|blind|disabled|handicapped|pregnant|transgender|trans|gay|lesbian|bisexual|muslim|christian"
    r"|jewish|hindu|sikh|catholic|black|white|asian|hispanic|foreign|immigrant|elderly|older|queer"
    r"|non-binary|lgbt\w*|expectant|divorced|widowed|unmarried|married|single|autistic|neurodiverse"
    r"|neurodivergent|dyslexic|epileptic|diabetic|dark-skinned|light-skinned|fair-skinned|brown-skinned"
)
_NOUN = (
    r"women|men|females|males|girls|boys|ladies|blacks|whites|asians|hispanics|latin[oa]s|arabs|africans"
    r"|gypsies|roma|foreigners|immigrants|migrants|expats|refugees|non-natives|muslims|christians|jews"
    r"|hindus|sikhs|buddhists|catholics|atheists|gays|lesbians|homosexuals|bisexuals|transgenders?|lgbt\w*"
    r"|amputees|wheelchair users|wheelchairs|stammerers|stutterers"
    r"|(?:(?:new|single|working|young|married) )?(?:mothers|mums|moms|parents|fathers|dads)|dependants"
    r"|dependents|pensioners|retirees|the disabled|the elderly"
    rf"|people of colou?r|ethnic minorities|(?:non-)?\w+ (?:nationals|citizens)|{NATIONS}"
)
_HAVING = (
    r"disabilit(?:y|ies)|a disability|impairments?|(?:an? |any )?(?:mental |physical |chronic )?(?:health"
    r" |medical )?conditions?|children|kids|young families|a family"
    r"|accents?|foreign qualifications|adhd|autism|dyslexia|epilepsy|diabetes|depression|anxiety|hiv"
    r"|(?:a )?mental illness"
    r"|a history of (?:mental )?(?:illness|\w+ illness|depression|\w+ disorders?)"
)
_GROUP = (
    rf"(?:(?:{_ADJECTIVE})(?: or (?:{_ADJECTIVE}))? (?:{_PERSON})|{_NOUN}"
    rf"|(?:{_PERSON}|candidates?|applicants?|anyone|those|one) (?:with|who have|having) (?:any )?"
    rf"(?:{_HAVING})"
    r"|(?:candidates?|applicants?|people|anyone) (?:over|above|aged) \d{2}\+?"
    rf"|(?:{_PERSON}|candidates?|applicants?|anyone|those|one) from (?:{COUNTRIES})"
    rf"|(?:{_PERSON}|those|anyone) who (?:are|is) (?:{_ADJECTIVE}|married|single|over \d{{2}})"
    # A birthplace: "candidates born outside the UK", "anyone born abroad".
    rf"|(?:{_PERSON}|candidates?|applicants?|anyone|those|one) (?:who (?:were|was|are|is) )?born"
    rf" (?:abroad|overseas|(?:in|outside|outside of) (?:{COUNTRIES})))"
)
_SHUT_OUT = (
    rf"\bno (?:(?:practi[sc]ing|devout|observant|openly|visibly) )?(?:{_GROUP})\b"
    # Said as the employer's own rule: "we don't employ foreigners", "we never hire pregnant women".
    r"|\b(?:do not|don't|does not|doesn't|will not|won't|never|cannot|can't) (?:hire|employ|recruit|accept"
    rf"|consider|shortlist|interview|take on) (?:any )?(?:{_GROUP})\b"
    rf"|\b(?:{_GROUP}) (?:(?:will|shall|can|would) not|won't|cannot|can't) be (?:considered|accepted|hired"
    r"|employed|shortlisted|interviewed)\b"
    rf"|\b(?:{_GROUP}) (?:will|shall|would) be (?:rejected|refused|excluded|disqualified|turned away)\b"
    rf"|\b(?:{_GROUP}) (?:are|is) not (?:accepted|considered|eligible|welcome|suitable)\b"
    # Sent away: "applicants over 40 should look elsewhere", "women please do not apply".
    rf"|\b(?:{_GROUP}) (?:should|must|need to|please|are asked to|may wish to) (?:look|apply|search)"
    r" elsewhere\b"
    rf"|\b(?:{_GROUP}) (?:please )?(?:should not|shouldn't|do not|don't|must not|are asked not to) apply\b"
    r"|\b(?:not (?:have|having)|free (?:of|from)|without) (?:any |a )?(?:disabilit(?:y|ies)|handicaps?"
    r"|(?:physical|mental|visual|hearing|learning) (?:impairments?|disabilit(?:y|ies)))\b"
    r"|\b(?:not|never|no) (?:be |being )?(?:in|use|using|need|needing|requiring) (?:an? )?(?:wheelchair"
    r"|walking aids?|hearing aids?|crutches)\b"
    rf"|\b(?:(?:not |un)(?:suitable|open|available)|(?:not |in)appropriate) (?:for|to) (?:{_GROUP})\b"
)
# "Religion: Hindu", "Marital status: single": the attribute named with the value wanted. An origin takes
# any value but a negation ("Nationality: any"); the others take one of their own values.
_VALUES = {
    r"gender|sex": r"male|female|m|f|man|woman|men|women",
    r"race|ethnicity|ethnic (?:origin|background|group)|skin colou?r": (
        r"white|black|asian|caucasian|hispanic|latin[oa]|arab|african|fair|light|dark|mixed|slavic"
    ),
    r"religion|faith|religious affiliation|denomination": (
        r"christian|catholic|protestant|muslim|islam|jewish|hindu|sikh|buddhist|orthodox|atheist|none"
    ),
    r"marital status|civil status|family status": r"single|married|unmarried|divorced|widowed|no children",
    r"sexual orientation|orientation": r"straight|heterosexual|gay|lesbian|bisexual|homosexual",
    r"nationality|citizenship|national origin|country of origin|country of birth|place of birth": (
        r"(?!any\b|all\b|n/?a\b|not\b|none\b|no\b|irrelevant|open\b|other\b|various\b)[a-z]+"
    ),
}
_STATED = "|".join(rf"\b(?:{name}) ?[:=] ?(?:{value})\b" for name, value in _VALUES.items())
# A nationality as a document or a birth: "holders of a German passport", "of Irish nationality", "must be a
# citizen of Spain", "born and raised in the UK".
_PAPER = r"passport|citizenship|nationality"
_PAPERS = (
    rf"\b(?:holders? of|holding|possess\w*|with) (?:an? )?(?:{DEMONYMS}) (?:{_PAPER})\b"
    rf"|\b(?:{PEOPLES}) (?:{_PAPER}) (?:only|required|essential|preferred|mandatory)\b"
    r"|\bof (?:an? )?(?:\w+ ){1,2}?(?:nationality|citizenship|descent|ancestry|parentage)\b"
    r"|\bbe an? (?:citizen|national|native) of\b|\b(?:citizens|nationals|natives) of [\w ]{2,20}? only\b"
    r"|(?<!was )(?<!were )\bborn and (?:raised|bred) in\b"
    rf"|\b(?:\w+-|(?:{DEMONYMS}|locally|home) )born and (?:raised|bred)\b"
    r"|\b(?:not|no) (?:hold|have|holding|having) (?:any )?(?:other|dual|second|foreign) (?:citizenships?"
    r"|nationalit(?:y|ies)|passports?)\b"
    rf"|\bbe from (?:{COUNTRIES})\b"
    rf"|\bonly (?:(?:{_PERSON}|candidates?|applicants?|those) )?from (?:{COUNTRIES})\b"
)
# Sex at birth stated of the hire: "biological males only", "must be born female".
_BIRTH_SEX = (
    r"\b(?:born|biologically|biological) (?:an? )?(?:male|female|man|woman|men|women|males|females)\b"
)
EXCLUSION = re.compile("|".join((_SHUT_OUT, _STATED, _PAPERS, _BIRTH_SEX)))


def selections(sentence: str) -> list[str]:
    """The phrases of one normalised sentence that shut a protected group out or state the attribute."""
    return [match.group(0) for match in EXCLUSION.finditer(sentence)]
