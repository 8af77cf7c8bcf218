"""Tell a job advert from what else gets dropped on the page by mistake: a CV, an invoice, an empty file.

Pure: no Django. Counts distinct cue phrases of each kind (English and Spanish); a CV also shows itself by
its dated history ("2019 - 2021", "2021 - present") and first-person lines.
"""

from __future__ import annotations

import re

MIN_CHARS = 80

_ADVERT_CUES = [
    r"responsibilit(?:y|ies)",
    r"requirements?\b",
    r"qualifications?|qulification",
    r"candidate profile|skill ?sets?|the position(?: holder)?",
    r"minimum (?:of )?\d+\+? years?|at least \d+\+? years?|\d+\+ years",
    r"we are (?:looking|seeking|hiring)|we're (?:looking|seeking|hiring)|we are currently",
    r"you will|you'll",
    r"\bcandidates?\b",
    r"\bapply\b|\bapplicants?\b|how to apply",
    r"salary|compensation|benefits",
    r"job (?:type|description|summary|title)",
    r"(?:this|the) (?:role|position)",
    r"\bjoin (?:our|the|a)\b",
    r"\blooking for an?\b",
    r"equal (?:employment )?opportunit",
    r"must have|nice to have|good to have|preferred",
    r"years of (?:professional |relevant |work )?experience",
    r"full[- ]time|part[- ]time|contract",
    r"requisitos|requerimientos",
    r"funciones|responsabilidades",
    r"buscamos|queremos",
    r"postular|post[uú]late|inscr[ií]bete",
    r"ofrecemos|beneficios",
    r"vacante|convocatoria|puesto|practicante",
    r"jornada|contrato|incorporaci[oó]n|sueldo|salario|fines de semana|turnos?\b",
    r"deseable|imprescindible|valorable|se valorar[aá]",
    r"experiencia (?:m[ií]nima|de al menos)|al menos \d+ a[nñ]os",
]
_CV_CUES = [
    r"curriculum vitae|\bcv\b|r[eé]sum[eé]\b",
    r"\b(?:i am|i have|i was|i'm|my (?:role|experience|responsibilities))\b",
    r"^\s*(?:education|work experience|professional experience|employment history|skills|languages)\s*$",
    r"^\s*(?:hobbies|interests|references|certifications|projects|publications|awards)\s*$",
    r"date of birth|nationality:|marital status",
    r"^\s*(?:formaci[oó]n acad[eé]mica|experiencia (?:laboral|profesional)|idiomas|datos personales)\s*$",
    r"linkedin\.com/in/|github\.com/",
    r"^\s*(?:summary|profile|professional summary|(?:career )?objective|accomplishments|highlights)\s*$",
    r"^\s*(?:skill highlights|core qualifications|education and training|experience)\s*$",
    r"\b(?:phone|e-?mail|tel|m[oó]vil|tel[eé]fono)\s*:",
    r"\b(?:dob|birth year|born in)\b|personal (?:qualities|information|details)|residence:",
    r"\bmy name is\b|\bi'?m an?\b|\bi (?:work|worked|led|built|developed|managed)\b",
    r"(?:looking for|seeking) an? (?:full[- ]time |new )?(?:position|job|role|opportunit)",
    r"\b(?:my|me)\b",
    r"^\s*(?:technical skills|key skills|soft skills|personal skills)\s*$",
    r"\blanguages:|\b(?:whatsapp|telegram|skype)\b",
]
_INVOICE_CUES = [
    r"\binvoice (?:no|number|#|date)",
    r"total due|amount due|balance due|subtotal",
    r"\bvat\b|\btax\b|\biva\b",
    r"bill to|ship to|payment terms|due date",
    r"\bqty\b|quantity|unit price",
    r"factura|importe|base imponible",
]
_DATE_RANGE = re.compile(
    r"\b(?:19|20)\d\d\s*(?:-|\u2013|to|a)\s*(?:\w+\.? )?"
    r"(?:(?:19|20)\d\d|present|current|now|actualidad|presente)\b",
    re.IGNORECASE,
)
_FLAGS = re.IGNORECASE | re.MULTILINE


def _count(cues: list[str], text: str) -> int:
    return sum(1 for cue in cues if re.search(cue, text, _FLAGS))


def refusal_reason(text: str) -> str | None:
    """None for a job advert; otherwise why it is not one: "empty", "cv", "invoice" or "no_advert_cues"."""
    if sum(1 for char in text if char.isalpha()) < MIN_CHARS:
        return "empty"
    advert = _count(_ADVERT_CUES, text)
    cv = _count(_CV_CUES, text) + min(len(_DATE_RANGE.findall(text)), 6)
    invoice = _count(_INVOICE_CUES, text)
    if invoice >= 3 and invoice >= advert:
        return "invoice"
    if cv >= 3 and cv >= advert:
        return "cv"
    if advert < 3:
        return "no_advert_cues"
    return None
