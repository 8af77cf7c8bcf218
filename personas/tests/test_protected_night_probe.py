"""Phrasings written after the sixth round's rules (test_protected_unseen_night.py), to probe them: not an
unseen measure. What they missed became the rules of the commit that adds them (personas/protected*.py).

Judged to pass, left alone: height, weight and tattoos (no protected attribute, though height can be indirect
sex discrimination); colour vision and eyesight (often a genuine requirement: electricians, pilots);
"native-level English" (a level); "suits a school leaver (16-18)" (legal ages only); food the work involves.
"""

import pytest

from personas.protected import find_protected_selection


@pytest.mark.parametrize(
    "text",
    [
        "Perfect job for a housewife",
        "Ideal for a stay-at-home mum",
        "Must be under 5 years out of school",
        "Must be from a good Christian family",
        "Not for over 50s",
        "Must be European in appearance",
        "No dark-skinned applicants",
        "UK born and bred",
        "Must not hold any other citizenship",
        "Must not stammer",
        "No stutterers",
        "Should not plan to get pregnant",
        "Must use contraception",
        "Must not have a partner",
        "Married with kids preferred (stable)",
        "Must be a real man",
        "Masculine energy required",
        "Feminine touch needed",
        "Pani do sprzątania",
        "Pan do ochrony",
        "Fille au pair recherchée",
        "Homme à tout faire recherché",
        "Putzfrau gesucht",
        "Poetsvrouw gezocht",
        "Schoonmaakster gezocht",
        "Empregada doméstica procura-se",
    ],
)
def test_a_probe_selection_is_found(text: str) -> None:
    assert find_protected_selection(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Scrum master gezocht",
        "Bürokaufmann/-frau (m/w/d) gesucht",
        "Feminine hygiene brand manager",
        "Must be a real team player",
        "Must not have a partner agency conflict",
        "Must use the pill dispenser system",
        "Our founder was born and raised in Leeds",
        "Ideal for parents: school-hours shifts",
        "Perfect role for a Python developer",
        "Native-level English required",
        "Must be able to distinguish colours (electrical wiring)",
        "Wir suchen Kolleg*innen für den Vertrieb",
        "On recrute un(e) développeur(se)",
        "Cercasi pizzaiolo esperto",
        "Customer Success Manager: we are not expecting perfection",
    ],
)
def test_a_probe_mention_passes(text: str) -> None:
    assert find_protected_selection(text) == []
