"""British spellings read as American, so a criterion and a CV meet whichever spelling each writes.

A recruiter reads "organisation" and "organization", "colour" and "color", "programme" and "program" as one
word; the stemmer cuts suffixes only, so each British form is mapped to its American one first. The rules
are conservative: "-ise" becomes "-ize" only for roots long enough to be a verb that takes "-ize", and never
for the words spelt "-ise" on both sides of the Atlantic ("enterprise", "exercise", "expertise", "otherwise").
"""

from __future__ import annotations

import re

# "organis|ation" -> "organiz|ation": the inflections an -ise verb takes (and its -isation noun).
_ISE = re.compile(r"^([a-z]{4,})is(e|es|ed|er|ers|ing|ation|ations|ational|able)$")
# Spelt "-ise" in American English too (or no -ize verb at all): words ending so keep their "s".
_ISE_KEPT_TEXT = (
    "advert appra appr chast circumc compr comprom conc desp disgu enterpr exerc expert fundra franch"
    " improv merchand mort parad porpo pract prec prem prom repr sunr superv surm surpr telev torto marqu"
    " treat turquo chem disenfranch enfranch upr moonr"
)
_ISE_KEPT = tuple(_ISE_KEPT_TEXT.split())
# "analyse", "paralyse", "catalyse": the "-yse" verbs ("analysis" takes no inflection here and stays).
_YSE = re.compile(r"^([a-z]+ly)s(e|es|ed|er|ers|ing)$")
# "colour" -> "color" inside any word of the family ("colours", "behavioural", "favourite").
_OUR = re.compile(
    r"(colo|behavio|favo|hono|labo|neighbo|flavo|humo|harbo|vigo|endeavo|armo|rigo|tumo|savo|rumo)ur"
)
# "centre", "metre", "fibre", "theatre" -> "-er" ("genre", "acre", "mediocre" are no such word).
_TRE = re.compile(r"^([a-z]*(?:cent|met|theat|fib|calib)|lit|somb|meag|spect)re(s|d)?$")
# "licence", "defence", "offence" -> "-se"; "practise" (the verb) -> "practice".
_NCE = re.compile(r"^([a-z]*(?:licen|defen|offen|preten))c(e|es|ed|ing)$")
_PRACTISE = re.compile(r"^practis(e|es|ed|ing)$")
# "programme" -> "program" ("programmer", "programmed" are spelt alike on both sides).
_PROGRAMME = re.compile(r"^([a-z]*program)me(s)?$")
# "modelling", "travelled", "counsellor": the doubled "l" of these verbs only ("selling" doubles it anywhere).
_DOUBLED_L = re.compile(
    r"^([a-z]*(?:model|label|travel|cancel|level|signal|fuel|counsel|channel|tunnel|total|marshal|dial"
    r"|trial|funnel|panel|rival|equal|jewel|marvel|ravel|barrel|initial))l(ing|ings|ed|er|ers|or|ors)$"
)
# "catalogue", "dialogue", "analogue" -> "catalog"...
_LOGUE = re.compile(r"^([a-z]*(?:catalog|dialog|analog))u(e|es|ed|ing)$")
_LOGUE_TAIL = {"e": "", "es": "s", "ed": "ed", "ing": "ing"}
# The "ae"/"oe" of British medical words: "paediatric", "anaesthetics", "haematology", "oedema".
_MEDICAL = re.compile(r"(paed|anaesth|haem|gynaec|oedem|oesoph)")
_MEDICAL_AS = {
    "paed": "ped", "anaesth": "anesth", "haem": "hem", "gynaec": "gynec",
    "oedem": "edem", "oesoph": "esoph",
}  # fmt: skip


def _ise(match: re.Match[str]) -> str:
    root, tail = match.group(1), match.group(2)
    # Glued words ("forenterprise") keep it too; "otherwise", "likewise", "bitwise" end in "wise".
    if root.endswith(_ISE_KEPT) or root.endswith("w"):
        return match.group(0)
    return f"{root}iz{tail}"


def american(word: str) -> str:
    """The American spelling of a lower-case word (the word itself when it has no British form)."""
    word = _ISE.sub(_ise, word)
    word = _YSE.sub(r"\1z\2", word)
    word = _OUR.sub(r"\1r", word)
    word = _TRE.sub(r"\1er\2", word)
    word = _NCE.sub(r"\1s\2", word)
    word = _PRACTISE.sub(r"practic\1", word)
    word = _PROGRAMME.sub(r"\1\2", word)
    word = _DOUBLED_L.sub(r"\1\2", word)
    word = _LOGUE.sub(lambda m: m.group(1) + _LOGUE_TAIL[m.group(2)], word)
    return _MEDICAL.sub(lambda m: _MEDICAL_AS[m.group(1)], word)
