"""Folding text before looking for protected attributes (personas/protected_text.py)."""

import pytest

from personas.protected import find_protected_selection
from personas.protected_text import normalise


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        # Every format character draws nothing: tag characters, bidi isolates, soft hyphens, joiners.
        ("m\U000e0020en only", "men only"),
        ("wom\u2066en\u2069 only", "women only"),
        ("fe\u00admale only", "female only"),
        ("wo\u200dmen only", "women only"),
        # Every mark decorates the letter before it: variation selectors, strike-throughs, accents.
        ("yo\ufe0fung", "young"),
        ("m\u0336e\u0336n\u0336", "men"),
        # Armenian and Cyrillic lookalikes, and the Polish stroke no decomposition removes.
        ("\u0585nly \u0578o", "only no"),
        ("\u051dom\u0435n", "women"),
        ("Tylko m\u0119\u017cczy\u017ani, m\u0142odzi", "tylko mezczyzni, mlodzi"),
        # Dashes and the minus sign are hyphens.
        ("Aged 25\u201335 \u2014 or 25\u221235", "aged 25-35 - or 25-35"),
        # Letter-spaced short words beside a letter-spaced word; a lone pair of letters stays apart.
        ("n o  w o m e n", "no women"),
        ("u n d e r  3 5", "under 35"),
        ("A B testing", "a b testing"),
        # A short dotted word is joined beside a longer one only; a score or a version stays.
        ("U-N-D-E-R 3-0", "under 30"),
        ("Won 3-0; Python 3.8 3.9; e.g. i.e.", "won 3-0; python 3.8 3.9; e.g. i.e."),
        ("\uff2e\uff2f\u3000\uff37\uff2f\uff2d\uff25\uff2e", "no women"),
    ],
)
def test_hidden_and_lookalike_characters_fold_to_plain_text(text: str, folded: str) -> None:
    assert normalise(text) == folded


def test_a_number_after_an_abbreviation_stays_in_its_sentence() -> None:
    assert find_protected_selection("M\u00e4nnlich, max. 35 Jahre") == ["max. 35 jahre"]
    assert find_protected_selection("Python. 35 hours a week.") == []


@pytest.mark.parametrize("text", ["u n d e r  3 5.", "Aged 18 \u2013 25.", "Role requires a male."])
def test_a_full_stop_after_the_last_word_hides_nothing(text: str) -> None:
    assert find_protected_selection(text) != []
