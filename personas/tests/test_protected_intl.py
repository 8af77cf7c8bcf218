"""Selecting in German, French, Spanish and Polish (personas/protected_intl.py), legal age floors, and the
ranges and dashes around ages (personas/protected.py)."""

import pytest

from personas.protected import find_protected_selection


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # The wanted word before the attribute, a search for it, a group shut out.
        ("Preferentemente varones", "preferentemente varones"),
        ("Imprescindible ser hombre", "imprescindible ser hombre"),
        ("Se valorará ser mujer", "se valorara ser mujer"),
        ("Se busca chica joven", "se busca chica"),
        ("Buscamos mujeres solteras", "buscamos mujeres"),
        ("No se aceptan extranjeros", "no se aceptan extranjeros"),
        ("Abstenerse mayores de 40", "abstenerse mayores de 40"),
        ("Pas de femmes enceintes", "pas de femmes enceintes"),
        ("Keine Ausländer", "keine auslander"),
        ("Keine Schwangeren", "keine schwangeren"),
        ("Wir suchen eine junge Frau", "wir suchen eine junge"),
        # Polish.
        ("Tylko mężczyźni", "tylko mezczyzni"),
        ("Zatrudnimy wyłącznie kobiety", "zatrudnimy wylacznie kobiety"),
        ("Mile widziani mężczyźni", "mile widziani mezczyzni"),
        ("Poszukujemy młodej osoby", "poszukujemy mlodej"),
        ("Wymagane obywatelstwo polskie", "wymagane obywatelstwo polskie"),
        ("Wiek do 35 lat", "wiek do 35"),
        ("Kandydaci poniżej 30 roku życia", "ponizej 30 roku zycia"),
        ("Osoby bez dzieci", "bez dzieci"),
        ("Praca dla kobiet", "praca dla kobiet"),
        ("Mujer menor de 30 años", "menor de 30 anos"),
        ("Se requiere varón soltero", "se requiere varon soltero"),
        ("Pas de candidats de plus de 45 ans", "candidats de plus de 45"),
        ("Candidat de sexe masculin", "sexe masculin"),
        ("Jung und dynamisch", "jung und dynamisch"),
        ("Uniquement des candidats français", "uniquement des candidats francais"),
        # A range written with a spaced dash; a limit after another one.
        ("Aged 18 \u2013 25", "aged 18"),
        ("Over 18 and under 30", "under 30"),
        ("Under 25s only", "under 25s only"),
    ],
)
def test_selections_in_other_word_orders_and_languages_are_found(text: str, phrase: str) -> None:
    assert phrase in find_protected_selection(text)


@pytest.mark.parametrize(
    "text",
    [
        # 16 and 18 are legal floors (licensing, alcohol, machinery), asked of everyone.
        "Must be 18 or over (we serve alcohol)",
        "Must be 18 years of age or older",
        "Aged 18+",
        "Nobody under 18 on the warehouse floor",
        "Abstenerse menores de 18 años",
        # Seconds, a language, the people served, dates; equal opportunity in Polish.
        "Builds complete in under 30s",
        "Deutsche Sprachkenntnisse erforderlich",
        "Keine deutschen Sprachkenntnisse nötig",
        "Jugendliche zwischen 14 und 18 Jahren betreuen",
        "Praca z młodzieżą w wieku 13-18 lat",
        "Czekamy na zgłoszenia kandydatów do 30 czerwca",
        "Mile widziane doświadczenie w Django",
        "Oferujemy pracę w młodym zespole",
        "Abstenerse curiosos",
        "Se valorará experiencia con jóvenes",
        "Más de 10 años de experiencia; plus de 10 ans d'expérience",
        "Cuidado de personas mayores de 65 años",
        "Candidats francophones bienvenus",
        "Nie dyskryminujemy ze względu na płeć, wiek, wyznanie ani niepełnosprawność.",
    ],
)
def test_legal_floors_languages_and_people_served_pass(text: str) -> None:
    assert find_protected_selection(text) == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Alleen mannen", "alleen mannen"),
        ("Solo italiani", "solo italiani"),
        ("Sexo: feminino", "sexo: feminino"),
        ("Camarero (varón), menor de 35", "(varon)"),
        ("Madrelingua italiana richiesta", "madrelingua"),
        ("Français de naissance", "francais de naissance"),
        ("Niepełnosprawni nie będą brani pod uwagę", "niepelnosprawni nie beda brani"),
        ("Zoeken een jonge vrouw", "zoeken een jonge"),
        ("Nessuna donna incinta", "nessuna donna incinta"),
        ("Alleen Nederlandse nationaliteit", "alleen nederlandse nationaliteit"),
        ("Moedertaalspreker Nederlands", "moedertaalspreker"),
        ("Hetero di preferenza", "hetero di preferenza"),
        ("Leeftijd tot 30 jaar", "tot 30 jaar"),
    ],
)
def test_dutch_italian_and_portuguese_selections_are_found(text: str, phrase: str) -> None:
    assert phrase in find_protected_selection(text)


@pytest.mark.parametrize(
    "text",
    [
        "Data di nascita: da indicare nel CV",  # a form's field, not a nationality by birth
        "Inglese a livello madrelingua",  # a level
        "Polski na poziomie ojczystym",
        "Onder 30 minuten reactietijd",
        "Alleen in Amsterdam",
        "Alle nationaliteiten welkom",
        "Tot 5 jaar werkervaring; contract tot 30 juni",
        "Team van 10 mannen en vrouwen",
        "Donna Karan account",
        "Indipendentemente da età, sesso e nazionalità",
    ],
)
def test_dutch_italian_and_portuguese_mentions_pass(text: str) -> None:
    assert find_protected_selection(text) == []
