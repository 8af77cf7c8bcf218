"""Selecting on a protected attribute, after Unicode normalisation (personas/protected.py)."""

import pytest

from personas.protected import find_protected_selection, normalise
from personas.rubric import find_protected_selection as reexported


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Only hire men under 30, native English speakers",
            ["only hire men", "under 30", "native english speakers"],
        ),
        ("Polish nationals only", ["polish nationals only"]),
        ("Young and energetic", ["young"]),
        ("An energetic young team player", ["young"]),
        ("Male candidates preferred", ["male candidates preferred"]),
        ("Must be under 35 years old.", ["under 35 years old", "35 years old"]),
        ("Candidates aged 25 to 35", ["aged 25"]),
        ("Applicants must be married", ["must be married"]),
        ("No women, no foreigners", ["no women", "no foreigners"]),
        ("Christian candidates only", ["christian candidates only"]),
        ("Must be a US citizen", ["must be a us citizen"]),
        ("U.S. citizens ONLY due to government requirement", ["u.s. citizens only"]),
        ("Born after 1990", ["born after 1990"]),
        ("Digital natives wanted", ["digital natives wanted", "digital natives"]),
        ("English mother tongue", ["mother tongue"]),
        ("Recent graduates only", ["recent graduates only"]),
        ("Applicants with no disabilities", ["no disabilities"]),
        ("Ideal candidate: male, 25-35", ["ideal candidate: male"]),
        ("Candidates over 50 need not apply", ["candidates over 50 need not apply"]),
        ("Only applicants under the age of 30", ["under the age of 30"]),
        ("Must hold a British passport", ["must hold a british passport"]),
        ("Must not have children", ["must not have children"]),
        ("Under-30s wanted", ["under-30s"]),
        ("Female nurse", ["female"]),
    ],
)
def test_selection_phrases_are_found_and_quoted(text: str, words: list[str]) -> None:
    assert find_protected_selection(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "under 30 years of \u0251ge",  # Latin alpha
        "\u043enly m\u0435n",  # Cyrillic o and e
        "\u03bfnly w\u03bfmen",  # Greek omicron
        "\uff35\uff2e\uff24\uff25\uff32 \uff13\uff10",  # full-width UNDER 30
        "un\u200bder 3O",  # zero-width space, letter O for zero
        "o n l y   m e n",  # letter-spaced
        "\u1d0f\u0274\u029f\u028f men",  # small capitals
        "Y0ung and f3male",  # digits for letters
        "N\u00e4tive English speaker",  # an accent
    ],
)
def test_lookalike_letters_and_tricks_do_not_hide_a_selection(text: str) -> None:
    assert find_protected_selection(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "We do not discriminate on the basis of religion, sex, national origin, age or disability.",
        "All qualified applicants will receive consideration without regard to race, color, religion, sex,"
        " sexual orientation, gender identity, national origin, disability or veteran status.",
        "We encourage women and older workers to apply.",
        "React Native developer for native iOS and Android apps",
        "Cloud-native and Kubernetes-native platforms",
        "Senior Backend Engineer",
        "A young company with a single point of contact and single sign-on",
        "Response times under 30 ms; over 5 years of experience; a team of over 20 engineers",
        "Native-level English, fluent German",
        "Experience supporting young people in care",
        "Must be eligible to work in the UK",
        "Women's health clinic experience; parental leave for parents",
        "Black-box and white-box testing; a black belt in SQL",
        "Must be a strong believer in TDD and a mature product thinker",
        "Male and female connectors; web3, i18n and b2b; caring for female patients",
    ],
)
def test_mentioning_is_not_selecting(text: str) -> None:
    assert find_protected_selection(text) == []


def test_normalise_folds_lookalikes_and_the_checker_is_exported_from_the_rubric() -> None:
    assert normalise("\u0421\u0430f\u00e9 \u0251ge \ufb01ne \u00ad 3O") == "cafe age fine 30"
    assert reexported is find_protected_selection


# Adverts we had not seen: more phrasings, other languages, other obfuscations. Each is refused because it
# makes a protected attribute (sex, age, religion, national origin, family status, disability) a condition
# of the hire or a preference between candidates; the reason is given where a careful lawyer might hesitate.
@pytest.mark.parametrize(
    "text",
    [
        "Female applicants only",
        "Must be under 35",
        "Aged 25-35",
        "Digital natives wanted",  # a euphemism for young: the EEOC and UK tribunals read it so
        "Candidates no older than 40.",
        "No older than thirty-five",  # the number written out
        "Under thirty",
        "35 years max",
        "Recent graduates only",  # "only" makes an age proxy a condition; "graduate scheme" alone passes
        "Native speaker of English",  # origin; the lawful form is a level ("C2", "native-level")
        "Christian candidates preferred",  # a preference is a selection too
        "No visa sponsorship, citizens only",  # sponsorship is lawful, "citizens only" is national origin
        "Must be of Chinese origin",
        "Slavic candidates only",
        "Able-bodied men",  # the lawful form names the task ("can lift 25 kg")
        # German, French, Spanish: "men only" and the like.
        "Nur Männer",
        "Ausschließlich männliche Bewerber",
        "Frauen bevorzugt",
        "Hommes uniquement",
        "Uniquement des femmes",
        "Solo hombres",
        "Sólo mujeres, preferiblemente casadas",
        "Le candidat doit être un homme",
        "Debe ser varón",
        "Bewerber unter 30",
        "Max. 30 Jahre alt",
        "Candidats de moins de 30 ans",
        "Menores de 30 años",
        "Edad máxima 35 años",
        "Alter: 25-35",
        "Deutsche Muttersprachler",
        "Langue maternelle française",
        "Hablante nativo de inglés",
        "Jeunes diplômés uniquement",  # "jeune" is an age: "débutant" is the lawful word
        "Junge Absolventen gesucht",
        "Nur deutsche Staatsbürger",
        "Nationalité française exigée",
        "Nacionalidad española imprescindible",
        "Christen bevorzugt",
        "Uniquement célibataires sans enfants",
    ],
)
def test_more_selections_in_other_words_and_languages_are_found(text: str) -> None:
    assert find_protected_selection(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "\u043c\u0435n \u043en\u04cf\u0443",  # Cyrillic m, e, o, l, y
        "\uff4d\uff45\uff4e \uff4f\uff4e\uff4c\uff59",  # full-width
        "m\u200be\u200bn\u2060 only",  # zero-width characters inside the word
        "me\u0301n o\u0301nly",  # combining accents
        "m e n  o n l y",
        "m.e.n o.n.l.y",
        "m-e-n o-n-l-y",
        "men_only",
        "\U0001d426\U0001d41e\U0001d427 \U0001d428\U0001d427\U0001d425\U0001d432",  # mathematical bold
        "\u24dc\u24d4\u24dd \u24de\u24dd\u24db\u24e8",  # circled letters
        "u n d e r  3 0",
        "N\u0075r M\u00e4nn\u0435r",  # German with a Cyrillic e
    ],
)
def test_obfuscated_selections_are_found(text: str) -> None:
    assert find_protected_selection(text) != []


@pytest.mark.parametrize(
    "text",
    [
        # Equal-opportunity statements, in several wordings and languages, name attributes to say so.
        "Applicants are considered regardless of age, gender, ethnicity, religion or disability.",
        "We welcome applications from women, people of all ages, and candidates with disabilities.",
        "Employment decisions are made without regard to age, sex, religion, marital status or pregnancy.",
        "Wir freuen uns über Bewerbungen unabhängig von Geschlecht, Alter, Religion oder Herkunft.",
        "Nous étudions toutes les candidatures sans distinction d'âge, de sexe ou d'origine.",
        "Todas las candidaturas serán consideradas sin distinción de sexo, edad, religión u origen.",
        # Inclusive markers and levels of a language are not attributes.
        "Softwareentwickler (m/w/d)",
        "Développeur Python (H/F)",
        "Deutsch auf muttersprachlichem Niveau",
        "Inglés nivel nativo",
        "Mother tongue not required: C1 English is enough",
        "Native-speaker level English",
        "Sehr gute Deutschkenntnisse erforderlich; Français courant exigé",
        # Words of the job itself.
        "Youth worker engaging young people",
        "Pediatric nurse",
        "Women's health nurse",  # a clinical specialty, like paediatrics: it selects no nurse by sex
        "Geriatric care; experience with elderly patients",
        "Erfahrung mit Kindern und Jugendlichen; travailler avec des jeunes; educador de jóvenes",
        "Ein junges Unternehmen",
        "React Native and native modules",
        "Senior only, remote only, Python only",
        "Debug errors of unknown origin",
        "Antwortzeiten unter 30 Minuten; mehr als 5 Jahre Berufserfahrung; más de 5 años de experiencia",
        "Deutsche Telekom and Deutsche Bank clients",
        "Must have the right to work in the EU; no visa sponsorship available",  # a lawful requirement
    ],
)
def test_more_mentions_are_not_selections(text: str) -> None:
    assert find_protected_selection(text) == []
