# ruff: noqa: RUF001, RUF002  (Turkish text: the dotless i is a letter of the language)
"""The 5 December probe of personas that select on a protected attribute, and lookalikes that must pass.

Written before this round's rules were read: 63 selections (Swedish, Norwegian, Danish, Finnish, Dutch,
Polish, Czech, German, French, Spanish, Italian, Portuguese, Turkish and English; lookalike letters and
spacing) and 60 mentions (the same selecting words said of applications, hours and contracts; legal floors;
people served; equal-opportunity statements). Measured against the code as it stood (eead1fd): 13 of the 63
selections passed ("Endast män", "Vain miehiä", "Pouze muži", "Max 30 år" and the Nordic ages, "Bay personel
aranıyor", "Yaş sınırı 30", the Turkish military-service proxy, "over 40 for insurance reasons") and 1 of the
60 mentions was refused ("Tuition for 16-19 year olds"). After: none and none. A later set written after the
fix (15 and 15, below) found 2 selections passing and 2 mentions refused, which widened the rules.

Judgement calls made here. An age floor with a legal reason passes only up to 25: licences (alcohol,
firearms, HGV and bus) and motor insurers stop there, so "25+ for insurance reasons" passes and "over 40 for
insurance reasons" is refused, the insurer named to cover an age preference; a ceiling never passes (as
before). "Must be at least 35" is a floor said of the person and is refused ("must score at least 80" counts
points). Military service asked in Turkish ("askerliğini tamamlamış") selects men, as only men serve there;
English "completed military service" is left alone (both sexes serve in some countries, and a veterans'
preference is lawful in others).
"""

import pytest

from personas.protected import find_protected_selection
from personas.rubric import RubricError, validate_criteria, validate_free_text

CYR_O, CYR_E, CYR_A, GRK_O = "\u043e", "\u0435", "\u0430", "\u03bf"  # look like o, e, a and o

SELECTIONS = [
    # Nordic, Finnish, Dutch, Polish, Czech: "only men / only women" and age limits.
    "Endast män",
    "Endast kvinnor sökes",
    "Vi söker enbart manliga sökande",
    "Kun menn",
    "Kun kvinner kan søke",
    "Kun mænd",
    "Kun kvinder kan søge stillingen",
    "Vain miehiä",
    "Vain naiset",
    "Uitsluitend mannen",
    "Enkel vrouwen",
    "Wyłącznie kobiety",
    "Tylko panowie",
    "Pouze muži",
    "Max 30 år",
    "Högst 35 år gammal",
    "Alder: 20-30 år",
    "Du er under 30 år",
    # German, French, Spanish, Italian, Portuguese, Turkish.
    "Wir suchen eine junge Dame für den Empfang",
    "Ausschließlich männliche Bewerber",
    "Femmes uniquement",
    "Réservé aux moins de 30 ans",
    "Preferiblemente varón",
    "Sólo mujeres",
    "Se requiere nacionalidad española",
    "Solo uomini",
    "Preferibilmente donna",
    "Max 35 anni",
    "Nazionalità italiana obbligatoria",
    "Somente homens",
    "Apenas mulheres",
    "Idade máxima: 30 anos",
    "Sexo masculino",
    "Sadece erkek",
    "Bay personel aranıyor",
    "Yaş sınırı 30",
    "Askerliğini tamamlamış olmak",
    # English, said many ways.
    "Gentlemen only",
    "Seeking a lady receptionist",
    "Ideal candidate: male, 25-35",
    "Must be under thirty",
    "Applicants aged forty or younger",
    "Max age twenty-nine",
    "Christian applicants preferred",
    "Must not wear a headscarf",
    "Must be a US-born citizen",
    "Only citizens of Poland",
    "Native Arabic speaker required",
    "No applicants over 45",
    "Single women preferred",
    "Must have no children",
    "Must be straight",
    "Non-disabled applicants only",
    "No history of mental illness",
    "Candidates must be born in the 1990s",
    "Gen Z hires preferred",
    "Millennials wanted",
    "Must be over 40 for insurance reasons",
    # Lookalike letters and spacing.
    f"{CYR_O}nly m{CYR_E}n",
    f"w{GRK_O}men {GRK_O}nly",
    f"y{CYR_O}ung t{CYR_E}am wanted",
    "w o m e n   o n l y",
    f"M{CYR_A}x 30 år",
]

MENTIONS = [
    # The same words said of other things.
    "Endast digitala ansökningar",
    "Endast för dig med B-körkort",
    "Kun elektroniske ansøgninger",
    "Kun for deg som har førerkort klasse B",
    "Vain englanninkielinen hakemus",
    "Uitsluitend sollicitaties via de website",
    "Wyłącznie umowa o pracę",
    "Tylko umowa B2B",
    "Max 30 timer om ugen",
    "Max 35 timmar per vecka",
    "Under 30 minuter till Arlanda",
    "Max. 35 Stunden pro Woche",
    "Solo candidaturas a través de LinkedIn",
    "Apenas candidaturas online",
    "Sadece online başvuru kabul edilir",
    "Somente com experiência em SAP",
    "Kvinnokliniken i Lund söker barnmorska",
    "Mannheim office, hybrid",
    # Legal floors said with the law, licence or insurance that sets them.
    "Must be 25+ for insurance reasons",
    "Candidates must be 25 or over for insurance reasons",
    "Drivers must be at least 21 to hold a commercial licence",
    "Bartenders must be 18 or over (licensing law)",
    "Due to our insurance, drivers must be 23 or older",
    # Work that serves a group, named.
    "Mentor for the Women in Engineering network",
    "Sell menswear and womenswear in our flagship store",
    "Coach youth football on Saturdays",
    "Caring for older adults in a residential home",
    "Maternity cover, 12 months",
    "Manage the men's and women's ranges in the buying team",
    "Young Enterprise programme coordinator",
    "Teach Year 7 and Year 8 classes",
    "Tuition for 16-19 year olds (sixth form)",
    "Paediatric nurse for children aged 0-5",
    "Religious Education teacher (secondary)",
    "Halal butchery experience",
    "Menopause support programme lead",
    "Work with disabled customers to adapt their homes",
    "Women's health physiotherapist",
    "Midwife for the maternity ward",
    "Supervise a team of 8 men and women on site",
    "Age UK partnership manager",
    "Girls' Brigade volunteer coordinator",
    "Ladies' fashion department supervisor",
    "Gentlemen's outfitters: tailoring experience",
    # Words that hold an attribute's letters; levels; places; equal-opportunity statements.
    "Single point of contact for enterprise clients",
    "Experience with React Native and native iOS",
    "Cloud-native architecture on AWS",
    "Senior Engineer",
    "Fluent English (C1) required",
    "Polish-speaking customer advisor",
    "Role based in Oslo; hybrid",
    "Equal opportunity employer: we welcome applicants regardless of age, sex, religion or disability",
    "Vi välkomnar sökande oavsett kön, ålder och etnicitet",
    "Wir freuen uns über Bewerbungen unabhängig von Geschlecht, Alter und Herkunft",
    "Nous étudions toutes les candidatures sans distinction d'âge ou de sexe",
    "Accettiamo candidature senza distinzione di sesso, età o nazionalità",
    f"{chr(0x405)}enior R{CYR_E}act N{CYR_A}tive developer",
    "Max 25 kg lifting",
    "Handle up to 40 calls a day",
    "Experience with under-5s in a nursery",
]


# Written after the fix, from the rules' shape: other Nordic, Finnish, Czech and Turkish phrasings, floors
# with a reason, and the same words said of buildings, hours, places and the children a job serves.
LATER_SELECTIONS = [
    "Bara män får söka",
    "Vi söker kvinnliga säljare",
    "Kun mandlige ansøgere",
    "Vain naisille",
    "Højst 28 år",
    "Maks 35 år gammel",
    "Korkeintaan 30 vuotta",
    "Alder under 30 år",
    "Uchazeči pouze muži",
    "Erkek eleman aranıyor",
    "Askerlik görevini yapmış adaylar",
    "En fazla 30 yaşında",
    "Must be 30+ for insurance purposes",
    "Must be at least 35 due to licensing",
    "Ålder: max 40",
]
LATER_MENTIONS = [
    "Bara digitala ansökningar",
    "Kun via vores hjemmeside",
    "Vain suomenkielinen",
    "Pouze plný úvazek",
    "Max 30 år gammal kod ska migreras",
    "Max 40 timer om ugen",
    "Erfaring: minst 5 år",
    "Under 30 år gamla byggnader",
    "Bay Area based role",
    "Loading bay operative wanted",
    "Must be 21+ for van insurance",
    "Drivers must be 25 or over (insurance requirement)",
    "Coaching 8-year-olds at the weekend club",
    "Teach 11-16 year olds maths",
    "Endast heltid",
]


def test_the_probe_has_its_size() -> None:
    assert (len(SELECTIONS), len(MENTIONS)) == (63, 60)


@pytest.mark.parametrize("text", SELECTIONS)
def test_a_dec5_selection_is_found(text: str) -> None:
    assert find_protected_selection(text) != []


@pytest.mark.parametrize("text", MENTIONS)
def test_a_dec5_mention_passes(text: str) -> None:
    assert find_protected_selection(text) == []


@pytest.mark.parametrize("text", LATER_SELECTIONS)
def test_a_later_selection_is_found(text: str) -> None:
    assert find_protected_selection(text) != []


@pytest.mark.parametrize("text", LATER_MENTIONS)
def test_a_later_mention_passes(text: str) -> None:
    assert find_protected_selection(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Endast män", ["endast maen"]),
        ("Must be over 40 for insurance reasons", ["over 40 for insurance"]),
        ("Must be at least 35", ["at least 35"]),
        ("Yaş sınırı 30", ["yas siniri 30"]),
    ],
)
def test_a_dec5_selection_is_quoted_as_found(text: str, words: list[str]) -> None:
    assert find_protected_selection(text) == words


@pytest.mark.parametrize("field", ["role_title", "description"])
@pytest.mark.parametrize("text", ["Lagerarbetare (endast män)", "Säljare, max 30 år"])
def test_a_dec5_selection_in_the_role_title_or_description_is_refused(field: str, text: str) -> None:
    with pytest.raises(RubricError) as caught:
        validate_free_text(field, text)

    assert (caught.value.code, caught.value.field) == ("protected_attribute", field)


def test_a_dec5_selection_in_a_criterion_is_refused_naming_the_criterion() -> None:
    raw = [{"name": "Team fit", "description": "Kun kvinner, maks 35 år", "weight": 3}]

    with pytest.raises(RubricError) as caught:
        validate_criteria(raw)

    assert caught.value.message.startswith("criteria[0] ('Team fit') selects on a protected attribute (")


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("role_title", "Lagerarbetare (endast truckkort)"),
        ("description", "Must be 25+ for insurance reasons"),
    ],
)
def test_a_dec5_mention_in_a_text_field_is_saved(field: str, text: str) -> None:
    assert validate_free_text(field, text) == text
