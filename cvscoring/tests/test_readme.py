"""What README.md points a newcomer at exists: the schema pages it names, env.example, worker.py."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text()


def test_every_schema_page_the_readme_names_is_served(db: Any) -> None:
    paths = sorted(set(re.findall(r"`(/api/schema/[a-z/]*)`", README)))

    answers = {path: Client().get(path).status_code for path in paths}

    assert paths == ["/api/schema/", "/api/schema/redoc/", "/api/schema/swagger/"]
    assert answers == {path: 200 for path in paths}


@pytest.mark.parametrize("name", ["env.example", ".env.example", "worker.py"])
def test_the_files_the_readme_and_the_seed_name_exist(name: str) -> None:
    assert f"`{name}`" in README or f"python {name}" in README
    assert (ROOT / name).is_file()


def test_env_example_is_the_same_list_as_dot_env_example() -> None:
    assert (ROOT / "env.example").read_text() == (ROOT / ".env.example").read_text()


@pytest.mark.parametrize("document", ["README.md", "ASYNC_WORKFLOW.md"])
def test_every_file_the_docs_link_or_name_by_path_exists(document: str) -> None:
    text = (ROOT / document).read_text()
    linked = re.findall(r"\]\(([^)#:]+)", text)
    named = re.findall(r"`((?:[\w.-]+/)+[\w.*-]+\.(?:py|md|json|yml|pdf))`", text)
    generated = {"bench/results/latest.md"}  # written by scripts/bench

    missing = [path for path in [*linked, *named] if path not in generated and not list(ROOT.glob(path))]

    assert [*linked, *named]  # the pattern finds something, so an empty `missing` means something
    assert missing == []
