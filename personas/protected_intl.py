"""Selecting on a protected attribute in German, French and Spanish adverts: "nur Männer", "moins de 30 ans".

Runs on text already folded by `protected.normalise` (lower case, no accents: "männer" is "manner", "años"
"anos", "ß" "ss"). The same line as in English: a selection needs a selecting word ("nur", "uniquement",
"solo", "bevorzugt", "exigée", "debe ser") or is a selection by itself (an age limit, "Muttersprachler",
"jeunes diplômés"); the inclusive markers "(m/w/d)", "(H/F)" and "Bewerber*innen" name no attribute and pass.
Pure: no Django.
"""

from __future__ import annotations

import re

_GENDER = (
    r"manner|frauen|mannlich\w*|weiblich\w*|herren|damen|bewerberinnen|kandidatinnen"
    r"|hommes?|femmes?|masculin\w*|feminin\w*|garcons|filles"
    r"|hombres?|mujer(?:es)?|varon(?:es)?|chicas|chicos"
)
_FAITH = (
    r"christ(?:en|innen|lich\w*)|katholi(?:k\w*|sch\w*)|evangelisch\w*|muslim(?:e|in|innen)?|judisch\w*"
    r"|chretien\w*|catholiques?|musulman\w*|juifs?|juives?|cristian[oa]s?|catolic[oa]s?|judi[oa]s?"
)
_FAMILY = (
    r"verheiratet\w*|ledig\w*|kinderlos\w*|ohne kinder|mariee?s?|celibataires?|sans enfants?"
    r"|casad[oa]s?|solter[oa]s?|sin hijos"
)
_ORIGIN = (
    r"deutsche[nr]?|staatsangehorigkeit|staatsburger\w*|einheimische\w*"
    r"|nationalite \w+|citoyens? \w+|ressortissants? \w+|nacionalidad \w+|ciudadan[oa]s? \w+"
)
_AGE_WORDS = r"jung(?:e|en|er|es)?|jeunes?|joven(?:es)?"
_TRAIT = rf"(?:{_GENDER}|{_FAITH}|{_FAMILY}|{_ORIGIN}|{_AGE_WORDS})"
_ONLY = (
    r"nur|ausschliesslich|lediglich|uniquement|seulement|exclusivement|que des|reserve(?:e|s|es)? aux?"
    r"|solo|solamente|unicamente|exclusivamente"
)
_WANTED = (
    r"bevorzugt|gesucht|erwunscht|erforderlich|vorausgesetzt|uniquement|seulement|exclusivement"
    r"|de preference|exigee?s?|requise?s?|obligatoire|souhaitee?s?|solamente|unicamente|exclusivamente"
    r"|preferiblemente|preferentemente|preferible|requerid[oa]s?|imprescindible|indispensable"
)
_ARTICLE = r"(?:(?:des|les|le|la|l'|aux|de|los|las|el|un|une|una|fur|an) ?)?"
_AGE_UNIT = r"(?:jahren?|ans|anos)"
_OVER_UNDER = (
    r"unter|bis|hochstens|maximal|max\.?|nicht alter als|junger als|moins de|pas plus de|maximum"
    r"|menores? de|menos de|no mayor(?:es)? de|hasta|maximo"
)
_PEOPLE = r"bewerber\w*|kandidat\w*|candidat\w*|personnes?|personas?|profils?|perfiles?|mitarbeiter\w*"

SELECTION = re.compile(
    rf"\b(?:{_ONLY}) {_ARTICLE}(?:\w+ )?{_TRAIT}\b"
    rf"|\b{_TRAIT} (?:\w+ )?(?:{_WANTED})\b"
    rf"|\b(?:muss|mussen|sollte|sollten) (?:\w+ ){{0,3}}?{_TRAIT}\b"
    rf"|\b(?:doit|doivent|devra|debe|deben|debera|tiene que) (?:etre|ser) {_ARTICLE}{_TRAIT}\b"
    # Age limits need a unit or a person beside them: "unter 30 Minuten" is a response time.
    rf"|\b(?:{_OVER_UNDER}) ?\d{{2}} ?{_AGE_UNIT}\b(?! (?:d'|de )?(?:experience|erfahrung|berufserfahrung))"
    rf"|\b(?:{_PEOPLE}) (?:de )?(?:{_OVER_UNDER}) ?\d{{2}}\b"
    rf"|\b\d{{2}} ?(?:-|bis|a|y) ?\d{{2}} {_AGE_UNIT}\b|\b(?:zwischen|entre) \d{{2}} (?:und|et|y) \d{{2}}\b"
    rf"|\b\d{{2}} {_AGE_UNIT} (?:alt|maximum|max|maximo|au plus)\b"
    r"|\b(?:alter|edad) ?:? ?\d{2}\b|\b(?:alter|age|edad) (?:maxima|minima|maximo|minimo|maximum"
    r"|minimum|max)\b"
    r"|\baltersgrenze|\bhochstalter|\blimite d'age|\blimite de edad"
    # The language one was born into, not the level one speaks it at ("auf muttersprachlichem Niveau").
    r"|\bmuttersprachl(?:er|erin|ern|erinnen)\b|\bmuttersprache\b|\blangue maternelle\b|\blengua materna\b"
    r"|\b(?:hablantes?|locutor(?:es)?) nativ[oa]s?\b|\bnativ[oa]s? de (?:ingles|espanol|frances|aleman)\b"
    r"|\b(?:anglais|francais|allemand|espagnol) (?:natif|native)\b|\b(?:ingles|espanol|frances"
    r"|aleman) nativo\b"
    # Young new graduates: the age is in the phrase ("jeune diplômé", "junge Absolventen").
    r"|\bjeunes? (?:diplome|candidat|talent|profil|ingenieur|homme|femme|actif|cadre)\w*"
    r"|\bjung(?:e|en|er|es)? (?:bewerber|kandidat|absolvent|mitarbeiter|talent|leute|mann|frau|kolleg)\w*"
    r"|\bjoven(?:es)? (?:candidat|profesional|talento|titulad|graduad|egresad)\w*"
)
# Proficiency levels and negations name a level or say the attribute is not asked for.
_NOT_SELECTING = re.compile(
    r"\b(?:auf )?muttersprachliche[nms]? niveau\b|\bniveau (?:de )?langue maternelle\b"
    r"|\bnivel (?:de )?nativo\b"
    r"|\bniveau (?:natif|native)\b|\bjunge[ns]? (?:unternehmen|firma|startup|start-up|marke|branche)\b"
)
EEO = (
    r"unabhangig|ungeachtet|diskriminier|chancengleich|vielfalt|inklusi|egalite des chances|sans distinction"
    r"|quel(?:le)?s? que soi|independientemente|sin distincion|igualdad de oportunidades|discrimin"
)
STRONG = r"\bnur\b|\bausschliesslich\b|\buniquement\b|\bseulement\b|\bsolo\b|\bunicamente\b"


def selections(sentence: str) -> list[str]:
    """The German, French and Spanish selection phrases in one normalised sentence."""
    return [m.group(0) for m in SELECTION.finditer(_NOT_SELECTING.sub(" ", sentence))]
