"""A job title with one sex's form only, said of the hire, selects on sex; both forms, an inclusive marker
or a word that only ends like a feminine title passes (personas/protected_titles.py)."""

import pytest

from personas.protected import find_protected_selection


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Waitress", "waitress"),
        ("Barmaid (part-time)", "barmaid (part-time)"),
        ("Salesman wanted", "salesman wanted"),
        ("Szukamy kandydatki", "szukamy kandydatki"),
        ("Buchhalterin gesucht", "buchhalterin gesucht"),
        ("Architekt (m/w)", "(m/w)"),
    ],
)
def test_a_title_of_one_sex_said_of_the_hire_is_a_selection(text: str, phrase: str) -> None:
    assert phrase in find_protected_selection(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wir suchen eine Ärztin oder einen Arzt",
        "Kollegin oder Kollege gesucht",
        "Zur Verstärkung unseres Teams suchen wir eine Buchhalterin (m/w/d)",
        "Kelner/Kelnerka poszukiwany",
        "Buscamos cocinero/a",
        "Recherchons directeur ou directrice commercial",
        "Wir suchen Verstärkung in Berlin",
        "Seeking a Mandarin speaker",
        "Mandarin speaker wanted",
        "Seeking matrices expertise",
        "Zatrudnimy pracownika magazynu",
        "Sales manager wanted",
        "Verkäufer gesucht",  # a generic masculine, read as either sex
    ],
)
def test_both_forms_a_marker_or_a_lookalike_passes(text: str) -> None:
    assert find_protected_selection(text) == []
