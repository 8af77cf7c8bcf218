"""Signs of what a text is that the section labels do not read: other languages' headings, date ranges
with no dash, a candidate saying what job they look for; a letter's, an invoice's or placeholder
words. Used by `sections.check_is_cv`; pure, no Django.
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
# A cover letter's salutations and sign-offs, an invoice's totals, and placeholder Latin: documents that are
# not CVs however many headings they share with one.
LETTER = re.compile(
    r"\b(?:dear|sincerely|yours faithfully|yours truly|kind regards|best regards|i am writing|to whom it may"
    r" concern|hiring manager|cover letter|madame, monsieur|je vous prie|cordialement|lettre de motivation"
    r"|estimad[oa]s?|atentamente|carta de presentacion|sehr geehrte|mit freundlichen grussen|anschreiben)\b"
)
INVOICE = re.compile(
    r"\b(?:invoice|facture|factura|rechnung|bill to|total due|amount due|subtotal|vat|tva|iva|mwst|qty"
    r"|unit price|payment terms|due date|invoice number|remittance)\b"
)
_LOREM_TEXT = (
    "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut"
    " labore et dolore"
    " magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo"
    " consequat duis aute irure reprehenderit voluptate velit esse cillum fugiat nulla pariatur"
    " excepteur sint"
    " occaecat cupidatat non proident sunt culpa qui officia deserunt mollit anim id est laborum"
)
LOREM = frozenset(_LOREM_TEXT.split())
