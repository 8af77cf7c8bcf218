"""Folding (jobs/scoring/skills.fold) writes what the translate tables it replaced wrote, on any text."""

import random
import unicodedata

from candidates.tests.corpus import require_corpus
from jobs.scoring.skills import fold

_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212", "-"))
_QUOTES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201c": '"', "\u201d": '"', "\u00ab": '"'}
)
_COMBINING = dict.fromkeys(cp for cp in range(0x20000) if unicodedata.combining(chr(cp)))


def _translated(text: str) -> str:
    """The folding as it was written first: three passes of `str.translate`."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.translate(_DASHES).translate(_QUOTES))
    return decomposed.translate(_COMBINING).casefold()


def test_every_code_point_folds_as_the_tables_fold_it() -> None:
    # After a letter, so a combining mark has something to combine with (and a composed pair decomposes).
    for start in range(0, 0x110000, 512):
        text = "".join(f"e{chr(cp)}" for cp in range(start, start + 512))
        assert fold(text) == _translated(text), hex(start)


def test_random_mixes_of_marks_letters_and_typography_fold_alike() -> None:
    rng = random.Random(13)
    alphabet = (
        "aeE \t\n-'\"é\u0301\u0308\u0327\u2013\u2014\u2019\u201c\u00ab\ufb01\uff21\u2122\u00c5\u212b\u0130"
    )
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        assert fold(text) == _translated(text), ascii(text)


def test_corpus_texts_fold_alike() -> None:
    folder = require_corpus("labelled/vanetik_vacancy_resume_matching/CV_txt")
    texts = [path.read_text(errors="replace") for path in sorted(folder.glob("*.txt"))]
    assert len(texts) > 50
    for text in texts:
        assert fold(text) == _translated(text)
        for line in text.splitlines():
            assert fold(line) == _translated(line)
