"""`manage.py score_folder`: the whole pipeline in-process, from a folder of PDFs to a ranked table."""

from __future__ import annotations

import json
import shlex
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from candidates.tests.factories import STRONG_BACKEND_CV, WEAK_BACKEND_CV
from candidates.tests.pdfgen import cv_pdf
from jobs.models import Job
from jobs.result_serializers import build_result
from personas.models import Persona
from personas.tests.factories import backend_criteria, make_persona

pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("media", "clean_redis"),
]

MIDDLING_CV = """Jo Middle
Python Developer
jo@example.com
EXPERIENCE
Python Developer, Gamma Ltd, Mar 2020 - present
Wrote Python services and a Django REST Framework API for the billing team.
Designed PostgreSQL tables and wrote reporting queries for finance.
Junior Developer, Delta Web, 2018 - 2020
Maintained PHP and Python scripts; moved cron jobs to a Django admin.
SKILLS
Python, Django, PostgreSQL, Git, Linux
EDUCATION
BSc Information Systems, Example College, 2015 - 2018
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    cvs = tmp_path / "cvs"
    cvs.mkdir()
    (cvs / "b_weak.pdf").write_bytes(cv_pdf(WEAK_BACKEND_CV))
    (cvs / "a_strong.pdf").write_bytes(cv_pdf(STRONG_BACKEND_CV))
    (cvs / "c_middle.PDF").write_bytes(cv_pdf(MIDDLING_CV))
    (cvs / "notes.txt").write_text("not a CV")
    return cvs


def score_folder(*args: str) -> list[str]:
    out = StringIO()
    call_command("score_folder", *args, stdout=out)
    return out.getvalue().splitlines()


def test_a_folder_of_three_pdfs_is_scored_in_process_and_ranked(user: Any, folder: Path) -> None:
    persona = make_persona(owner=user)

    lines = score_folder(str(folder), "--user", "alice", "--persona", str(persona.pk))

    job = Job.objects.get()
    assert job.status == "completed"
    assert job.progress == {"processed": 3, "total": 3, "scored": 3, "failed": 0}
    assert lines[0] == f"Job {job.pk}: scoring 3 CV(s) against 'Backend engineer'."
    assert lines[-5].startswith("[##############################] 3/3  scored 3  failed 0  completed")
    expected = [
        f"{entry['rank']:>4}  {entry['score']:>5}  {entry['recommendation']:<14}  {entry['filename']:<12}"
        for entry in build_result(job)["scores"]
    ]
    assert lines[-4] == "rank  score  recommendation  file          note"
    assert [line[: len(expected[0])] for line in lines[-3:]] == expected
    assert lines[-3].split()[3] == "a_strong.pdf"
    assert [int(line.split()[1]) for line in lines[-3:]] == sorted(
        (int(line.split()[1]) for line in lines[-3:]), reverse=True
    )


def test_a_persona_json_file_is_saved_for_the_user_and_used(user: Any, folder: Path, tmp_path: Path) -> None:
    rubric = tmp_path / "backend.json"
    rubric.write_text(
        json.dumps(
            {
                "role_title": "Senior Backend Engineer",
                "min_years_experience": 3,
                "criteria": backend_criteria(),
            }
        )
    )

    lines = score_folder(str(folder), "--user", "alice", "--persona", str(rubric), "--json")

    persona = Persona.objects.get(owner=user)
    assert (persona.name, persona.role_title) == ("backend", "Senior Backend Engineer")
    assert lines[0] == f"Saved persona {persona.pk} (backend) from {rubric}."
    job = Job.objects.get()
    assert job.persona_id == persona.pk
    ranking = json.loads("\n".join(lines[lines.index("[") :]))
    assert [entry["rank"] for entry in ranking] == [1, 2, 3]
    assert [entry["filename"] for entry in ranking] == [e["filename"] for e in build_result(job)["scores"]]


def test_an_unknown_user_persona_or_empty_folder_is_an_error(user: Any, folder: Path, tmp_path: Path) -> None:
    persona = make_persona(owner=user)
    empty = tmp_path / "empty"
    empty.mkdir()

    with pytest.raises(CommandError, match="No user named 'bob'"):
        score_folder(str(folder), "--user", "bob", "--persona", str(persona.pk))
    with pytest.raises(CommandError, match="neither a persona id of this user nor a JSON file"):
        score_folder(str(folder), "--user", "alice", "--persona", "00000000-0000-0000-0000-000000000000")
    with pytest.raises(CommandError, match=r"No \.pdf files in"):
        score_folder(str(empty), "--user", "alice", "--persona", str(persona.pk))
    assert Job.objects.count() == 0


def test_the_same_persona_file_run_again_reuses_its_persona(user: Any, folder: Path, tmp_path: Path) -> None:
    rubric = tmp_path / "backend.json"
    rubric.write_text(json.dumps({"role_title": "Senior Backend Engineer", "criteria": backend_criteria()}))
    first = score_folder(str(folder), "--user", "alice", "--persona", str(rubric))
    saved = Persona.objects.get(owner=user)

    again = score_folder(str(folder), "--user", "alice", "--persona", str(rubric))

    assert first[0] == f"Saved persona {saved.pk} (backend) from {rubric}."
    assert again[0] == f"Using persona {saved.pk} (backend): the same name and rubric as {rubric}."
    assert Persona.objects.filter(owner=user).count() == 1
    assert set(Job.objects.values_list("persona_id", flat=True)) == {saved.pk}


def test_an_edited_persona_file_saves_a_new_persona(user: Any, folder: Path, tmp_path: Path) -> None:
    rubric = tmp_path / "backend.json"
    rubric.write_text(json.dumps({"role_title": "Senior Backend Engineer", "criteria": backend_criteria()}))
    score_folder(str(folder), "--user", "alice", "--persona", str(rubric))
    rubric.write_text(json.dumps({"role_title": "Staff Backend Engineer", "criteria": backend_criteria()}))

    lines = score_folder(str(folder), "--user", "alice", "--persona", str(rubric))

    titles = sorted(Persona.objects.filter(owner=user).values_list("role_title", flat=True))
    assert titles == ["Senior Backend Engineer", "Staff Backend Engineer"]
    assert lines[0].startswith("Saved persona ")


def test_a_missing_folder_saves_no_persona(user: Any, tmp_path: Path) -> None:
    rubric = tmp_path / "backend.json"
    rubric.write_text(json.dumps({"role_title": "Senior Backend Engineer", "criteria": backend_criteria()}))

    with pytest.raises(CommandError, match="is not a folder"):
        score_folder(str(tmp_path / "no-such-folder"), "--user", "alice", "--persona", str(rubric))

    assert Persona.objects.count() == 0
    assert Job.objects.count() == 0


def readme_command(prefix: str, variables: dict[str, str]) -> list[str]:
    """README.md's first line starting with `prefix`, its variables set, split as a shell would."""
    readme = Path(__file__).resolve().parents[2] / "README.md"
    line = next(line for line in readme.read_text().splitlines() if line.startswith(prefix))
    for name, value in variables.items():
        line = line.replace(name, value)
    return shlex.split(line, comments=True)


def test_the_readme_score_folder_example_works_as_written(
    db: Any, folder: Path, tmp_path: Path, settings: Any
) -> None:
    settings.VAR_DIR = str(tmp_path / "var")
    call_command("demo_setup", stdout=StringIO())  # what scripts/run does before printing the persona id
    persona = Persona.objects.get(owner__username="demo")
    variables = {"./cvs": str(folder), "$PERSONA": str(persona.pk)}
    command = readme_command(".venv/bin/python manage.py score_folder", variables)

    lines = score_folder(*command[3:])

    assert command[:3] == [".venv/bin/python", "manage.py", "score_folder"]
    assert lines[0] == f"Job {Job.objects.get().pk}: scoring 3 CV(s) against {persona.name!r}."
    assert Job.objects.get().status == "completed"
