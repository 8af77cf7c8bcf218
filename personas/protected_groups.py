"""Words for the groups national origin divides people into, shared by the protected-attribute checks.

Demonyms as adjectives ("Polish nationals"), the same as nouns for people ("Germans", "Poles"), and which
of them are places rather than peoples ("UK-based", "local"), and when a group word names no one ("Asian
markets"). Runs on folded text (lower case, no accents). Pure: no Django.
"""

from __future__ import annotations

LANGUAGES = (
    "english|french|german|spanish|italian|portuguese|dutch|polish|russian|arabic|chinese|mandarin|cantonese"
    "|japanese|korean|hindi|turkish|swedish|norwegian|danish|finnish|greek|hebrew|czech|romanian|hungarian"
)
DEMONYMS = (
    "american|british|english|scottish|irish|welsh|canadian|australian|indian|pakistani|chinese|japanese"
    "|korean|french|german|spanish|portuguese|italian|dutch|belgian|swiss|austrian|polish|czech|romanian"
    "|bulgarian|greek|turkish|russian|ukrainian|swedish|norwegian|danish|finnish|irish|mexican|brazilian"
    "|nigerian|kenyan|south african|egyptian|moroccan|filipino|vietnamese|thai|indonesian|malaysian"
    "|singaporean|israeli|saudi|emirati|local|foreign|eu|eea|us|u\\.s\\.|uk|non-eu"
)
# A language ("Polish-speaking"), a place ("UK-based", "local") or a body ("American Board") is no people.
PLACES = ("local", "eu", "eea", "us", "u\\.s\\.", "uk", "non-eu")
PEOPLES = "|".join(word for word in DEMONYMS.split("|") if word not in PLACES)
# The people of a nation as a plural noun: "Germans only", "no Poles". English adjectives ending in -ish,
# -ese or -ch take no plural ("the Polish", "Chinese"), so only the others are made plural here.
NATIONS = "|".join(
    [f"{word}s" for word in PEOPLES.split("|") if word.endswith(("an", "i", "o", "k"))]
    + ["poles", "brits", "britons", "spaniards", "swedes", "danes", "finns", "turks", "scots", "czechs"]
    + ["europeans", "non-europeans", "westerners", "latin americans"]
    + [f"{word}men" for word in ("english", "irish", "scots", "dutch", "french")]
)
# Countries, for "must be from Poland", "applicants from India will not be considered".
COUNTRIES = (
    "america|the us|the usa|the united states|britain|great britain|the uk|england|scotland|wales|ireland"
    "|canada|australia|india|pakistan|bangladesh|china|japan|korea|france|germany|spain|portugal|italy"
    "|the netherlands|holland|belgium|switzerland|austria|poland|czechia|romania|bulgaria|greece|turkey"
    "|russia|ukraine|sweden|norway|denmark|finland|mexico|brazil|nigeria|kenya|ghana|south africa|egypt"
    "|morocco|the philippines|vietnam|thailand|indonesia|malaysia|singapore|israel|saudi arabia|iran|iraq"
    "|syria|afghanistan|somalia|europe|asia|africa|the eu|the middle east|latin america|abroad|overseas"
)
# A group word as the adjective of a market, a language or a region names no one: "Asian and African markets".
NOT_PEOPLE = (
    r"(?!(?: (?:and|or) \w+)? (?:markets?|languages?|cuisine|food|studies|history|art|culture|affairs"
    r"|regions?|countries|territor\w*|accounts?|clients|customers|operations|offices?|expansion|business"
    r"|segments?|demographics?|audiences?|products|railcards?|discounts?))"
)
