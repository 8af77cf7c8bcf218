"""Selecting on sex by the job's title: "Barmaid wanted", "Kellnerin gesucht", "Cercasi cameriera", "(m/w)".

A title with only one sex's form asks for that sex, as UK, German (AGG s.11) and French (L1142-1) law read
an advert. It takes a sign that the title names the hire ("wanted", "gesucht", "cercasi", "zatrudnię") or
the whole field being the title. Both forms pass ("Serveur / Serveuse", "Camarero/a", "Kellner/in"), and so
does any inclusive marker ("(m/w/d)", "(H/F)", "(k/m)", "ambosessi"). A generic masculine ("Verkäufer
gesucht") passes: it has long been read as either sex, where a feminine form cannot be. "(m/w)" without "d"
shuts out the third option German and Austrian law have recognised since 2018. Runs on folded text
(`protected_text.normalise`). Pure: no Django.
"""

from __future__ import annotations

import re

_ENGLISH = (
    r"barmaids?|waitress(?:es)?|hostess(?:es)?|chambermaids?|housemaids?|saleswom[ae]n|salesgirls?"
    r"|salesm[ae]n|barm[ae]n|delivery boys?|paper ?boys?|stock ?boys?|lads?|girl friday|tea lad(?:y|ies)"
    r"|cleaning lad(?:y|ies)|dinner lad(?:y|ies)"
)
# Feminine agent nouns: German -in ("Kellnerin", "Ärztin"), French -euse/-trice, Spanish, Italian,
# Portuguese and Polish feminine titles. Folded: "verkauferin", "caissiere", "kelnerke".
_FEMININE_WORDS = (
    r"hotesses?|caissieres?|infirmieres?|serveuses?|vendeuses?|coiffeuses?|femmes? de (?:menage|chambre)"
    r"|camareras?|dependientas?|cajeras?|cocineras?|limpiadoras?|azafatas?|peluqueras?|empleadas?"
    r"|vendedoras?|enfermeras?|ninera|cameriere?a|commess[ae]|segretari[ae]|cassier[ae]|parrucchier[ae]"
    r"|cuoca|cuoche|empregadas?|kellnerin(?:nen)?|verkauferin(?:nen)?|sekretarin(?:nen)?|kelnerk[aei]"
    r"|sprzataczk[aei]|sekretark[aei]|ekspedientk[aei]|\w+frau|schoonmaakster|serveerster|verkoopster|kapster"
    r"|huishoudster|werkster|\w+vrouw|(?:jeune )?fille au pair|homme a tout faire"
)
_FEMININE = (
    rf"{_FEMININE_WORDS}|\w+(?:er|or|eur|ant|ent|ist|ar|kt|zt|og|ef|ch)in(?:nen)?|\w+euses?|\w+trices?"
    r"|\w+(?:rk|tk|czk|nk)[aei]|\w+yni"
)
_HIRE_AFTER = (
    r"gesucht|(?:zur|ab) \w+|recherchee?s?|demandee?s?|buscad[oa]s?|cercas[io]|cercad[oa]|gezocht|gevraagd"
    r"|procurad[oa]s?|poszukiwan[aey]|procura-se"
)
_HIRE_BEFORE = (
    r"wir suchen|suchen|recherchons|cherchons|recrutons|recrute|se busca|buscamos|se necesita|necesitamos"
    r"|contratamos|cercasi|cerchiamo|si cerca|ricerchiamo|assumiamo|precisa-se(?: de)?|procuramos|zoeken"
    r"|wij zoeken|zatrudnie|zatrudnimy|szukamy|poszukujemy|przyjme|przyjmiemy"
)
_ENGLISH_BEFORE = r"seeking|looking for|hiring|recruiting|we need|we want|wanted:?"
_ENGLISH_AFTER = r"wanted|needed|required|sought"
_A = r"(?:an? |une? |una |eine? |strong |young |experienced |\w+ ){0,2}?"
_NAMED = re.compile(
    rf"\b(?:{_ENGLISH_BEFORE}) {_A}(?:{_ENGLISH})\b|\b(?:{_ENGLISH}) (?:\w+ ){{0,3}}?(?:{_ENGLISH_AFTER})\b"
    rf"|\b(?:{_HIRE_BEFORE}) {_A}(?:{_FEMININE})\b|\b(?:{_FEMININE}) (?:\w+ ){{0,3}}?(?:{_HIRE_AFTER})\b"
    # The whole field is the title: a role title "Barmaid", "Waitress (part-time)".
    rf"|^(?:(?:senior|junior|head|part-time|full-time|live-in|experienced) )?(?:{_ENGLISH}|{_FEMININE_WORDS})"
    r"(?: \([^)]*\))?$"
)
# Either sex named beside the title: a slash or bracket ending ("Kellner/in", "Camarero/a", "vendeur(se)"),
# both titles ("Serveur / Serveuse", "kelner lub kelnerka"), or a marker for everyone.
_BOTH = re.compile(
    r"\w ?/ ?-?(?:in|innen|a|as|o|os|ka|e|se|euse|trice|esse|ne)\b|\w\((?:in|innen|a|e|se|ne|ka)\)"
    r"|\b(\w{4,})\w* ?(?:/|oder|und|or|ou|o|y|e|of|en|lub|i) ?(?:\w+ )?\1"
    r"|\(\w/\w/\w\)|\*in|:in|_in|\b(?:ambosessi|entrambi i sessi|all genders|alle geschlechter|tous genres"
    r"|ambos sexos|homme ou femme|h/f|f/h|k/m|m/k|m/v|v/m|m/f|f/m)\b"
)
# "(m/w)" without "d": two sexes, and no one else. One sex's letter after a title, "Sekretärin (w)",
# "Verkäufer (m)", "Vendeuse (F)", asks for that sex alone; "(a)" and "(i)" number a list and are no sex.
_TWO_SEXES = re.compile(
    r"(?<![/\w])\(?(?:m/w|w/m)\)?(?![/\w])"
    r"|\b[a-z]{3,} \((?:m|w|f|h|k|v)\)(?= ?(?:$|[,.;:!]|(?:gesucht|wanted|needed|recherche\w*|gezocht"
    r"|buscad\w*|cercas\w*|poszukiwan\w*|zur|ab|in|im|fur|for|pour|voor|para|per|en|a|w)\b))"
)


def selections(sentence: str) -> list[str]:
    """The phrases of one folded sentence that name a single sex's job title for the hire, or "(m/w)"."""
    found = [m.group(0) for m in _TWO_SEXES.finditer(sentence)]
    if not _BOTH.search(sentence):
        found += [m.group(0) for m in _NAMED.finditer(sentence)]
    return found
