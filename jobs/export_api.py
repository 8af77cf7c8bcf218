"""Download a job's ranking as CSV or JSON; another user's job is a 404, as everywhere."""

from __future__ import annotations

from collections.abc import Iterable

from django.http import HttpResponse
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.parsers import BaseParser
from rest_framework.renderers import BaseRenderer
from rest_framework.request import Request
from rest_framework.response import Response

from jobs.api import JobViewSet
from jobs.export import ranking_csv, ranking_document


class FirstRendererNegotiation(BaseContentNegotiation):
    """Answer errors as JSON whatever the Accept header asks, so `Accept: text/csv` is never a 406."""

    def select_parser(self, request: Request, parsers: Iterable[BaseParser]) -> BaseParser | None:
        return next(iter(parsers), None)

    def select_renderer(
        self, request: Request, renderers: Iterable[BaseRenderer], format_suffix: str | None = None
    ) -> tuple[BaseRenderer, str]:
        renderer = next(iter(renderers))
        return renderer, renderer.media_type


class JobExportViewSet(JobViewSet):
    content_negotiation_class = FirstRendererNegotiation

    def results_csv(self, request: Request, job_id: str) -> HttpResponse:
        """The ranking as a CSV attachment: one row per CV, scored best first, then failures."""
        job = self._job()
        response = HttpResponse(ranking_csv(job), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="ranking-{job.pk}.csv"'
        return response

    def results_json(self, request: Request, job_id: str) -> Response:
        """The same ranking as the CSV, as JSON."""
        return Response(ranking_document(self._job()))
