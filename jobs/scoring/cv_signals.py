"""Signs that a text is a CV which the section labels do not read: other languages' headings, date ranges
with no dash, a candidate saying what job they look for. Used by `sections.check_is_cv`; pure, no Django.
"""

from __future__ import annotations

import re

# Headings in languages the section labels do not read (Russian, Ukrainian, Portuguese, Italian, Dutch,
# Polish), folded: enough to tell a CV from other text. A Russian CV from hh.ru has no English heading, no
# English past-tense verb and no dash-joined date range, and was refused as not a CV.
OTHER_HEADINGS = re.compile(
    r"^(?:опыт работы|образование|(?:ключевые |профессиональные )?навыки|знание языков|досвід роботи"
    r"|обо мне"  # noqa: RUF001 (Cyrillic on purpose)
    r"|освіта|навички|experiencia profissional|formacao(?: academica)?|educacao|competencias|habilidades"
    r"|esperienz[ae](?: lavorativ[ae]| professional[ei])?|istruzione|competenze|werkervaring|opleiding(?:en)?"
    r"|vaardigheden|doswiadczenie(?: zawodowe)?|wyksz[tł]alcenie|umiejetnosci)\b[^.]{0,30}$"
)
# Two month-and-year dates on one line with no dash between them ("September 2010 August 2012"): a range that
# the experience parser (which needs the dash) does not read, written so by Word templates.
_MONTH_YEAR = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,? (?:19|20)\d\d"
UNDASHED_RANGE = re.compile(rf"\b{_MONTH_YEAR}\b,? {_MONTH_YEAR}\b")
# "I am looking for my first job" is the candidate speaking, not an advert.
FIRST_PERSON_AD = re.compile(
    r"\bi(?: am|'m) (?:\w+ )?(?:looking for|seeking) (?:an? |my )?(?:\w+ )?(?:job|role|position)"
)
