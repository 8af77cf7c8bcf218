"""Find the shared corpus for scoring tests: $CVSCORING_CORPUS or ../shared/corpus beside the project.

Missing, it skips a test on a laptop and fails it in CI (the CI variable is set), where it must be present.
"""

import os
from pathlib import Path

import pytest

CORPUS = Path(
    os.environ.get("CVSCORING_CORPUS", Path(__file__).resolve().parents[2].parent / "shared" / "corpus")
)


def corpus_dir(sub: str = "") -> Path:
    """Return the corpus (or one of its folders); skip, or fail under CI, when it is missing."""
    path = CORPUS / sub
    if not path.is_dir():
        message = f"test corpus not found at {path} (set CVSCORING_CORPUS)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path
