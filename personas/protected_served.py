"""The people a job serves, named with their age: "supporting young people aged 13 to 19", "caring for older
people", "students aged 11-16"; the buyers of what it sells ("products for women over 50"); the age of a
thing ("legacy systems over 30 years old"). They are the work, not the hire, so they are taken out of a
sentence before it is searched for a selection. Runs on folded text (`protected_text.normalise`).
Pure: no Django.
"""

from __future__ import annotations

import re

# People a job is done for, never the hire: "candidates", "people" and "individuals" alone are not here.
_SERVED = (
    r"children|kids|pupils|students|learners|patients|clients|customers|residents|service users|users"
    r"|teenagers|adolescents|youngsters|infants|babies|toddlers|families|adults|members|participants|players"
    r"|(?:young|older|elderly) (?:people|persons|adults|men|women)"
)
# The same in German, French, Spanish and Polish: "Jugendliche zwischen 14 und 18", "młodzież w wieku 13-18".
_SERVED_INTL = (
    r"kinder\w*|jugendliche\w*|schuler\w*|patient\w*|senior\w*|enfants|eleves|jeunes|ninos|ninas|jovenes"
    r"|personas mayores|personnes agees|alumnos|pacientes|dzieci\w*|mlodziez\w*|uczni\w*|pacjen\w*"
    r"|osob\w* starsz\w*"
)
# An age given roughly: "aged about 14", "aged c. 30".
ABOUT = r"(?:(?:about|around|roughly|approximately|approx\.?|circa|ca\.?|c\.|~) ?)?"
_AGES = ABOUT + (
    r"\d{1,2}(?:\+| ?(?:-|to|and|bis|und|a|et|y|do) ?\d{1,2}| (?:and|or) (?:over|above|under|below|older"
    r"|younger))?"
)
# "Must not have kids under 5": had by the hire, not served.
_AGED = re.compile(
    rf"(?<!have )(?<!has )(?<!having )\b(?:{_SERVED}|{_SERVED_INTL}) (?:aged|ages|of ages|between the ages of"
    rf"|over|under|above|below|w wieku|im alter von|zwischen|de|entre|od|von|powyzej|ponizej) {_AGES}"
)
# Doing the work for young or older people: "mentoring young offenders", "caring for older people"; but
# "looking for young people" is the hire.
_FOR = re.compile(
    r"(?<!looking )(?<!searching )\b(?:with|for|support|supporting|supported|mentor|mentoring|teach"
    r"|teaching|help|helping|serve|serving|coach|coaching|engage|engaging|protect|protecting|care for"
    r"|caring for|look after|looking after) (?:\w+ )?"
    r"(?:young|older|elderly) (?:people|children|adults|learners|persons|offenders|carers|patients|students"
    r"|women|men|residents|clients)\b"
)

# Children counted by their years, served: "tuition for 16-19 year olds", "coaching 8-year-olds"; but
# "looking for 20-25 year olds" is the hire.
_YEAR_OLDS = re.compile(
    r"(?<!looking )(?<!searching )(?<!hunting )\b(?:for|with|teach\w*|tutor\w*|support\w*|coach\w*|mentor\w*"
    r"|care for|caring for|look after|looking after|supervis\w*|engag\w*) (?:\w+ )?"
    r"\d{1,2}(?: ?(?:-|to|and) ?\d{1,2})?[- ]years?[- ]olds\b"
)
# A club or a programme for young or older people, run for them: "mentor the Young Engineers club"; a team
# is the hire's ("join our young engineers team") and stays.
_ORGANISED = re.compile(
    r"\b(?:support|supporting|mentor|mentoring|teach|teaching|help|helping|coach|coaching|run|running|lead"
    r"|leading|organi[sz]e|organi[sz]ing|coordinate|coordinating|volunteer|manage|managing|host|hosting"
    r"|chair|chairing|grow|growing|launch|launching|administer|administering) (?:(?:at|with|for|in) )?(?:the"
    r" |our |a |local )?(?:young|older|elderly) [\w-]+ (?:club|clubs|programmes?|programs?|society|group"
    r"|network|league|association|awards?|competition|forum|initiative)\b"
)
# Colleagues the hire brings on, never the hire: "mentor young engineers", "coaching younger developers"; but
# "we hire and train young engineers" recruits them.
_MENTORED = re.compile(
    r"(?<!hire and )(?<!recruit and )(?<!employ and )(?<!hire & )\b(?:mentor|mentoring|coach|coaching|train"
    r"|training|teach|teaching|supervise|supervising|develop|developing|nurture|nurturing) (?:our |the"
    r" |a team of |a group of )?(?:young|younger) (?:engineers|developers|colleagues|professionals|talent"
    r"|team members|analysts|designers|staff|apprentices|trainees)\b"
)

# Things made or sold for a group, with or without its age: "skincare products for women over 50", "a range
# aimed at the over-60s", "campaigns targeting Gen Z"; the group buys, it is not hired. Not jobs,
# programmes or events: "a programme for women only" is a post kept for them.
_MARKETED = re.compile(
    r"\b(?:products?|services|brands?|ranges?|campaigns?|content|clothing|fashion|collections?|marketing"
    r"|apps?|features?|policies|insurance|holidays|packages|magazines?"
    r"|menswear|womenswear|skincare|cosmetics|merchandise|stores?|shops?|retail|media|games?|goods)"
    r" (?:aimed at|for|targeting|targeted at|designed for|tailored to|sold to|marketed to) (?:the )?"
    r"(?:[\w-]+ )?(?:women|men|people|adults|seniors|customers|consumers|buyers|shoppers|families|parents"
    r"|teens|teenagers|students|millennials|gen z|retirees|pensioners|(?:under|over)[- ]\d{2}s)"
    rf"(?: (?:aged|over|under|above|below) {_AGES})?(?! only| exclusively)"
)
# The age of a thing: "legacy systems over 30 years old", "a codebase 20 years old", "buildings that are over
# 50 years old".
_THING_AGE = re.compile(
    r"\b(?:systems?|code|codebases?|software|applications?|apps|platforms?|infrastructure|hardware|machines?"
    r"|machinery|equipment|vehicles?|cars?|fleet|buildings?|propert(?:y|ies)|houses?|homes?|sites?|estates?"
    r"|bridges?|trees?|records?|documents?|data|archives?|files?|databases?|mainframes?|servers?|tools?"
    r"|products?|brands?|compan(?:y|ies)|firms?|business(?:es)?|institutions?|organi[sz]ations?|schools?"
    r"|assets?|artefacts?|artifacts?|collections?|paintings?|instruments?|wines?|whisk(?:e?y|ies|eys)"
    r"|networks?|installations?|technolog(?:y|ies)|stacks?|programs?|processes|ships?|aircraft|plants?)"
    r" (?:(?:that|which) (?:are|is) |(?:is|are|now|still|is now|is still) )?(?:over |under |more than"
    r" |less than |nearly |almost |about |some |at least |up to )?\d{2}\+? years?(?: old)?\b"
)
# A thing for a group, said with a possessive: "the Young Persons' Railcard", "young people's services".
_THEIRS = re.compile(r"\b(?:young|older|elderly) (?:people|persons|adults|men|women)(?:'s|')")
# People who are never the hire, whatever verb goes before: "care of young infants", "elderly patients".
_NEVER_HIRED = (
    r"children|kids|pupils|learners|patients|clients|customers|residents|service users|teenagers"
    r"|adolescents|infants|babies|toddlers|families|offenders"
)
# Not when the hire has them: "must not have young children" selects on family status.
_HAD = r"(?<!have )(?<!has )(?<!having )(?<!with )(?<!without )(?<!no )"
_AGED_NEVER_HIRED = re.compile(rf"{_HAD}\b(?:young|older|elderly) (?:{_NEVER_HIRED})\b")
# A second group joined to one never hired is served as well: "elderly residents and young adults".
_JOINED = re.compile(
    rf"{_HAD}\b(?:{_NEVER_HIRED}),? (?:and|or|&) (?:young|older|elderly)"
    r" (?:people|persons|adults|men|women)\b"
)


def without_people_served(sentence: str) -> str:
    """The sentence with the people its job serves, their ages and the ages of things, blanked out."""
    sentence = _THING_AGE.sub(" ", _MARKETED.sub(" ", sentence))
    sentence = _MENTORED.sub(" ", _ORGANISED.sub(" ", _JOINED.sub(" ", sentence)))
    sentence = _THEIRS.sub(" ", _FOR.sub(" ", _AGED.sub(" ", _YEAR_OLDS.sub(" ", sentence))))
    return _AGED_NEVER_HIRED.sub(" ", sentence)
