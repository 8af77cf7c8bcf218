"""Score a folder of CV PDFs against a persona from the terminal, in this process, and print the ranking.

    python manage.py score_folder ./cvs --user demo --persona 6f1c...      (one of demo's personas)
    python manage.py score_folder ./cvs --user demo --persona rubric.json  (a persona as JSON, saved once)

The same pipeline as the API: `start_scoring_job` validates and stores the files and creates the job, then
`run_scoring_job` scores it here (a worker that happens to take the queued message first runs it instead; this
command then just follows it). Folders larger than MAX_BATCH_FILES become several jobs.
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection

from api.ids import is_uuid
from candidates.services import UploadRejected
from jobs.models import Job
from jobs.result_serializers import build_result
from jobs.services import cancel_job, start_scoring_job
from jobs.tasks import run_scoring_job
from personas.models import Persona
from personas.serializers import PersonaSerializer

BAR_WIDTH = 30
POLL_S = 0.2


class Command(BaseCommand):
    help = "Score every PDF in a folder against a persona (an id, or a JSON file) and print the ranking."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "folder", type=Path, help="Folder holding the CV PDFs (not searched recursively)."
        )
        parser.add_argument("--user", required=True, help="Username that owns the persona, CVs and job.")
        parser.add_argument(
            "--persona", required=True, help="A persona id of that user, or a persona JSON file."
        )
        parser.add_argument(
            "--json", action="store_true", help="Print the ranking as JSON instead of a table."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        user = get_user_model().objects.filter(username=options["user"]).first()
        if user is None:
            raise CommandError(f"No user named {options['user']!r}.")
        # Every input is checked before anything is saved: a missing folder leaves no persona behind.
        paths = self._pdfs(options["folder"])
        persona = self._persona(user, options["persona"])
        entries: list[dict[str, Any]] = []
        for start in range(0, len(paths), settings.MAX_BATCH_FILES):
            job = self._score(user, persona, paths[start : start + settings.MAX_BATCH_FILES])
            entries.extend(build_result(job)["scores"])
        ranked = rerank(entries)
        if options["json"]:
            self.stdout.write(json.dumps(ranked, indent=2))
        else:
            self.stdout.write(ranking_table(ranked))

    def _persona(self, user: Any, reference: str) -> Persona:
        path = Path(reference)
        if path.is_file():
            try:
                data = json.loads(path.read_text())
            except (OSError, ValueError) as exc:
                raise CommandError(f"{path} is not a JSON file: {exc}") from exc
            serializer = PersonaSerializer(data={"name": path.stem, **data})
            if not serializer.is_valid():
                raise CommandError(f"{path} is not a valid persona: {json.dumps(serializer.errors)}")
            same = same_persona(user, serializer.validated_data)
            if same is not None:
                self.stdout.write(
                    f"Using persona {same.pk} ({same.name}): the same name and rubric as {path}."
                )
                return same
            persona: Persona = serializer.save(owner=user)
            self.stdout.write(f"Saved persona {persona.pk} ({persona.name}) from {path}.")
            return persona
        found = Persona.objects.for_user(user).filter(pk=reference).first() if is_uuid(reference) else None
        if found is None:
            raise CommandError(f"{reference!r} is neither a persona id of this user nor a JSON file.")
        return found

    @staticmethod
    def _pdfs(folder: Path) -> list[Path]:
        if not folder.is_dir():
            raise CommandError(f"{folder} is not a folder.")
        paths = sorted(path for path in folder.iterdir() if path.is_file() and path.suffix.lower() == ".pdf")
        if not paths:
            raise CommandError(f"No .pdf files in {folder}.")
        return paths

    def _score(self, user: Any, persona: Persona, paths: list[Path]) -> Job:
        uploads = [SimpleUploadedFile(path.name, path.read_bytes(), "application/pdf") for path in paths]
        try:
            job = start_scoring_job(user=user, persona=persona, files=uploads)
        except UploadRejected as exc:
            problems = "; ".join(f"{problem.filename}: {problem.message}" for problem in exc.files)
            raise CommandError(f"{exc.message} {problems}".strip()) from exc
        self.stdout.write(f"Job {job.pk}: scoring {len(job.cv_ids)} CV(s) against {persona.name!r}.")
        runner = threading.Thread(target=_run_in_thread, args=(str(job.pk),), name=f"score-{job.pk}")
        runner.start()
        try:
            job = self._follow(job, runner)
        except KeyboardInterrupt:
            cancel_job(job=job)
            self.stdout.write("\nCancelling: the CVs being scored finish, the rest are skipped.")
            runner.join()
            raise CommandError(f"Job {job.pk} cancelled.") from None
        runner.join()
        return job

    def _follow(self, job: Job, runner: threading.Thread) -> Job:
        """Draw the progress bar until the job ends (scored here, or by a worker that took it first)."""
        shown = ""
        while True:
            job.refresh_from_db()
            line = progress_bar(job.progress, job.status)
            if line != shown:
                self._draw(line)
                shown = line
            if job.is_terminal and not runner.is_alive():
                break
            time.sleep(POLL_S)
        if self.stdout.isatty():
            self.stdout.write("")
        return job

    def _draw(self, line: str) -> None:
        if self.stdout.isatty():
            self.stdout.write("\r" + line, ending="")
            self.stdout.flush()
        else:
            self.stdout.write(line)


def same_persona(user: Any, fields: dict[str, Any]) -> Persona | None:
    """The user's persona with this name and rubric, so running the same file again saves no copy."""
    version = Persona(owner=user, **fields).rubric_version
    named = Persona.objects.for_user(user).filter(name=fields["name"]).order_by("created_at")
    return next((persona for persona in named if persona.rubric_version == version), None)


def _run_in_thread(job_id: str) -> None:
    try:
        run_scoring_job(job_id)
    finally:
        connection.close()


def progress_bar(progress: dict[str, int], status: str) -> str:
    total = max(int(progress.get("total", 0)), 1)
    done = int(progress.get("processed", 0))
    filled = BAR_WIDTH * done // total
    bar = "#" * filled + "-" * (BAR_WIDTH - filled)
    return (
        f"[{bar}] {done}/{progress.get('total', 0)}  scored {progress.get('scored', 0)}  "
        f"failed {progress.get('failed', 0)}  {status}"
    )


def rerank(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One ranking over every job of the folder: scored best first, then the rest in upload order."""
    scored = sorted(
        (entry for entry in entries if entry["status"] == "scored"), key=lambda entry: -entry["score"]
    )
    rest = [entry for entry in entries if entry["status"] != "scored"]
    return [{**entry, "rank": index + 1} for index, entry in enumerate(scored)] + [
        {**entry, "rank": None} for entry in rest
    ]


def ranking_table(entries: list[dict[str, Any]]) -> str:
    width = max([len("file"), *(len(entry["filename"]) for entry in entries)])
    lines = [f"{'rank':>4}  {'score':>5}  {'recommendation':<14}  {'file':<{width}}  note"]
    for entry in entries:
        rank = str(entry["rank"]) if entry["rank"] else "-"
        score = str(entry["score"]) if entry["score"] is not None else "-"
        note = (
            f"{entry['error']['code']}: {entry['error']['message']}"
            if entry["error"]
            else ", ".join(entry["flags"])
        )
        recommendation = entry["recommendation"] or entry["status"]
        lines.append(
            f"{rank:>4}  {score:>5}  {recommendation:<14}  {entry['filename']:<{width}}  {note}".rstrip()
        )
    return "\n".join(lines)
