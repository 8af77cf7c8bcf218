"""A criterion named for a protected attribute is refused; one named for a topic the attribute only
qualifies is a skill (personas/rubric.py)."""

import pytest

from personas.rubric import protected_words


@pytest.mark.parametrize(
    ("name", "word"),
    [
        ("Age", "age"),
        ("Gender fit", "gender"),
        ("Nationality: British", "nationality"),
        ("Age 25-35", "age"),
        ("Religious beliefs", "religious"),
        ("Marital status", "marital"),
        ("Gender identity", "gender"),
        ("Age/gender", "gender"),
        ("Date of birth", "date of birth"),
        ("Physical appearance", "physical appearance"),
    ],
)
def test_a_criterion_named_for_the_attribute_is_refused(name: str, word: str) -> None:
    assert word in protected_words(name=name)


@pytest.mark.parametrize(
    "name",
    [
        "Gender-neutral language",
        "Gender pay gap reporting",
        "Age verification systems",
        "Age-appropriate teaching",
        "Race conditions",
        "Religious studies",
        "Immigration casework: British citizenship applications",
        "Gender and diversity training",
        "Knowledge of the Equality Act 2010 (age, sex, race, disability)",
        "We do not discriminate on the basis of age, sex or religion",
    ],
)
def test_a_criterion_named_for_a_topic_the_attribute_qualifies_is_a_skill(name: str) -> None:
    assert protected_words(name=name) == []
