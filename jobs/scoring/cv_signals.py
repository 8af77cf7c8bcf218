"""Signs of what a text is that the section labels do not read: other languages' headings, date ranges
with no dash, a candidate saying what job they look for; a letter's, an invoice's or placeholder
words; how many date ranges a text holds. Used by `sections.check_is_cv`; pure, no Django.
"""

from __future__ import annotations

import re

from jobs.scoring.experience import AS_OF, Span, find_spans, latest_month

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

# "Present" is AS_OF unless the CV writes a later date. Ranges are first read with a "present" later than any
# date, and the CV's latest date (a scan of the whole text, a third of this check) is looked for only when a
# range reaches past AS_OF: what `find_spans(line, latest_month(text))` would keep, at a fraction of the cost.
_AS_OF_MONTH = AS_OF[0] * 12 + AS_OF[1] - 1
_UNBOUNDED = 10**6
_DIGIT = re.compile(r"\d")


def date_ranges(text: str) -> int:
    """Count the distinct date ranges of `text`, "present" being the CV's `latest_month`."""
    # Every date has a digit, which `\d` finds in C where `find_spans` tests each character in Python.
    lines = [line for line in text.splitlines() if _DIGIT.search(line)]
    spans = {span for line in lines for span in find_spans(line, _UNBOUNDED)}
    present = _AS_OF_MONTH
    if any(_reach(span) > present for span in spans):
        present = latest_month(text)
    # An open range ends at "present" (so it differs from another only by its start): it counts if it starts
    # by then; a closed one if it ends by then.
    return sum(_reach(span) <= present for span in spans)


def _reach(span: Span) -> int:
    """The month "present" must reach for `find_spans` to keep the span."""
    return span.start if span.open else span.end
