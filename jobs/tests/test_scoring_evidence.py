"""Evidence quotes must occur in the CV text (jobs/scoring/evidence.py)."""

import random

from candidates.tests.corpus import require_corpus
from jobs.scoring import evidence
from jobs.scoring.evidence import CAPPED_NOTE, UNSUPPORTED_CAP, placeholders_only, skeleton, verify
from jobs.scoring.types import CriterionAssessment

CV = """Senior Backend Engineer
- Led a team of 6 engineers building the pay-
  ments platform in Python and Django REST Framework.
- Tuned PostgreSQL queries, cutting p95 latency by 60%.
Skills: Python, Django, C++, C#
"""


def _one(score: int, *quotes: str) -> tuple[CriterionAssessment, int]:
    checked, dropped = verify([CriterionAssessment("Python", score, "why", quotes)], CV)
    return checked[0], dropped


def test_exact_quote_is_kept() -> None:
    kept, dropped = _one(8, "Tuned PostgreSQL queries, cutting p95 latency by 60%.")
    assert (kept.evidence, kept.score, dropped) == (
        ("Tuned PostgreSQL queries, cutting p95 latency by 60%.",),
        8,
        0,
    )


def test_case_spacing_hyphenation_and_typography_are_tolerated_and_the_cv_own_words_are_kept() -> None:
    quote = "led a team of 6 engineers building the \u201cpayments\u201d   platform in python"
    kept, dropped = _one(9, quote)
    cv_words = "Led a team of 6 engineers building the pay-\n  ments platform in Python"
    assert (kept.evidence, kept.score, dropped) == ((cv_words,), 9, 0)


def test_a_quote_eliding_with_an_ellipsis_is_checked_as_its_pieces() -> None:
    kept, dropped = _one(
        8, "\u201cLed a team of 6 engineers \u2026 platform in Python\u201d", "Wrote Rust [...] in Go"
    )
    assert (kept.evidence, kept.score, dropped) == (("Led a team of 6 engineers", "platform in Python"), 8, 2)


def test_invented_quote_is_dropped_and_unsupported_score_capped() -> None:
    kept, dropped = _one(9, "Built Kubernetes operators in Go for 5 years")
    assert (kept.evidence, kept.score, dropped) == ((), UNSUPPORTED_CAP, 1)


def test_paraphrase_fails() -> None:
    kept, dropped = _one(7, "Managed six engineers on the payments platform using Python")
    assert (kept.evidence, dropped) == ((), 1)


def test_too_short_and_too_long_quotes_are_dropped() -> None:
    kept, dropped = _one(6, "C++", "Python " * 80)
    assert (kept.evidence, kept.score, dropped) == ((), UNSUPPORTED_CAP, 2)


def test_only_bad_quotes_go_and_duplicates_collapse() -> None:
    kept, dropped = _one(8, "Skills: Python, Django", "skills:  python,django", "Wrote Rust compilers")
    assert (kept.evidence, kept.score, dropped) == (("Skills: Python, Django",), 8, 1)


def test_low_score_needs_no_evidence() -> None:
    kept, dropped = _one(2)
    assert (kept.score, dropped) == (2, 0)


def test_high_score_without_any_quote_is_capped() -> None:
    kept, dropped = _one(10)
    assert (kept.score, dropped) == (UNSUPPORTED_CAP, 0)


def test_symbols_that_carry_meaning_survive_the_skeleton() -> None:
    assert skeleton("C++ and C#") == "c++andc#"
    assert skeleton("Résumé \u2013 ﬁnance") == "resumefinance"


def test_a_quote_cut_inside_a_word_loses_the_cut_word() -> None:
    kept, dropped = _one(8, "ned PostgreSQL queries, cutting p95 laten")
    assert (kept.evidence, dropped) == (("PostgreSQL queries, cutting p95",), 0)


def test_a_capped_score_says_why_in_its_justification() -> None:
    kept, _ = _one(9, "Led a team of 40 engineers at a bank")
    assert (kept.score, kept.justification) == (UNSUPPORTED_CAP, "why" + CAPPED_NOTE)
    unchanged, _ = _one(2)
    assert unchanged.justification == "why"


def test_a_line_of_redaction_placeholders_is_never_evidence() -> None:
    contact = ("[address] | [phone] | [email]", "Email: [email]  Phone: [phone]")
    cv = "\n".join((*contact, "Answered phones and emails for a clinic"))
    checked, dropped = verify([CriterionAssessment("Phones", 6, "why", contact)], cv)
    assert (checked[0].evidence, checked[0].score, dropped) == ((), UNSUPPORTED_CAP, 2)
    kept, _ = verify(
        [CriterionAssessment("Phones", 6, "why", ("Answered phones and emails for a clinic",))], cv
    )
    assert kept[0].evidence == ("Answered phones and emails for a clinic",)


def test_placeholders_only_needs_nothing_else_on_the_line() -> None:
    assert placeholders_only("[address] | [phone] | [email]")
    assert placeholders_only("Tel: [phone] \u2022 E-mail: [email]")
    assert not placeholders_only("Front desk at [name]'s dental practice, answering phones")
    assert not placeholders_only("Phone and email support")  # no placeholder: a real line


def test_a_contact_label_beside_a_value_redaction_did_not_read_is_a_contact_line() -> None:
    # A source that masked its own number ("Phone:**********") or a number the phone library refused: the
    # line's "phone" must not evidence "answers customers by phone". A label with words beside it is a line.
    assert placeholders_only("Phone:**********")
    assert placeholders_only("Mobile: 054-12 | Tel. 03 1234")
    assert not placeholders_only("Web: React, Vue")
    assert not placeholders_only("Phone skills")
    assert not placeholders_only("Contact")  # a heading alone: the section splitter reads it


LISTED = """Skills
CSS
  • Go
Figma
Cascading styles: SCSS modules
"""


def test_a_short_quote_stands_as_a_whole_line_of_a_one_item_a_line_list() -> None:
    checked, dropped = verify([CriterionAssessment("CSS", 7, "why", ("css", "go", "Sass"))], LISTED)
    # "css" is a whole line ("CSS", shown in the CV's words); "go" the whole item of a bulleted line; "Sass"
    # is nowhere, and a short piece of a longer line ("SCSS") proves nothing.
    assert (checked[0].evidence, checked[0].score, dropped) == (("CSS", "• Go"), 7, 1)


def test_a_short_quote_inside_a_longer_line_is_still_too_short() -> None:
    checked, dropped = verify([CriterionAssessment("CSS", 7, "why", ("SCSS",))], LISTED)
    assert (checked[0].evidence, checked[0].score, dropped) == ((), UNSUPPORTED_CAP, 1)


def test_a_quote_is_placed_where_it_cuts_no_word_when_the_cv_has_such_a_place() -> None:
    text = "Mentored inexperienced engineers on the on-call rota.\nTeaching experience.\n"
    checked, dropped = verify([CriterionAssessment("Mentoring", 6, "why", ("experience.",))], text)
    # Its first occurrence is inside "inexperienced"; the one on its own line is the quote.
    assert (checked[0].evidence, checked[0].score, dropped) == (("experience.",), 6, 0)


def _source_per_character(text: str) -> tuple[str, tuple[int, ...]]:
    """The source as it was first built: each character's skeleton in turn, at its position."""
    chars: list[str] = []
    where: list[int] = []
    for position, char in enumerate(text):
        for kept in evidence.skeleton(char):
            chars.append(kept)
            where.append(position)
    return "".join(chars), tuple(where)


def test_the_source_maps_every_skeleton_character_to_its_place_in_the_cv() -> None:
    rng = random.Random(13)
    alphabet = "aB1 +#_-.\n\u00e9\u0301\ufb01\u00bd\u2013\u2019\uff21\u2122\u0130"
    texts = [
        "",
        "Python",
        "e\u0301 \ufb01x \u00bd",
        *("".join(rng.choices(alphabet, k=40)) for _ in range(500)),
    ]
    folder = require_corpus("labelled/vanetik_vacancy_resume_matching/CV_txt")
    texts += [path.read_text(errors="replace") for path in sorted(folder.glob("*.txt"))]
    for text in texts:
        source = evidence._source(text)
        assert (source.skeleton, source.where) == _source_per_character(text), ascii(text[:80])
