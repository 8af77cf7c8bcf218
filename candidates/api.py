"""The caller's candidates: list, read, erase; and their CV files, served to the owner only."""

from __future__ import annotations

from typing import Any

from django.core.files.storage import default_storage
from django.http import FileResponse, HttpResponseRedirect
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, viewsets
from rest_framework.exceptions import NotFound
from rest_framework.request import Request

from api.ids import is_uuid
from api.openapi import error_responses
from candidates.downloads import download_for, stored_head
from candidates.models import CV, Candidate, CandidateQuerySet
from candidates.serializers import CandidateSerializer
from candidates.services import erase_candidate
from candidates.storage import is_s3

_CANDIDATE_ID = [
    OpenApiParameter("id", OpenApiTypes.UUID, OpenApiParameter.PATH, description="The candidate's id.")
]


@extend_schema_view(
    list=extend_schema(
        summary="Your candidates, newest first, with their CVs",
        responses={200: CandidateSerializer(many=True), **error_responses()},
    ),
    retrieve=extend_schema(
        summary="One of your candidates",
        parameters=_CANDIDATE_ID,
        responses={200: CandidateSerializer, **error_responses({404: ["not_found"]})},
    ),
    destroy=extend_schema(
        summary="Erase a candidate everywhere: CVs, extracted text, scores and stored files",
        parameters=_CANDIDATE_ID,
        responses={204: None, **error_responses({404: ["not_found"]})},
    ),
)
class CandidateViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.DestroyModelMixin, viewsets.GenericViewSet
):
    serializer_class = CandidateSerializer
    throttle_scope = "status"

    def get_queryset(self) -> CandidateQuerySet:
        return Candidate.objects.for_user(self.request.user).prefetch_related("cvs")

    def perform_destroy(self, instance: Candidate) -> None:
        erase_candidate(candidate=instance)


class CVFileViewSet(viewsets.GenericViewSet):
    throttle_scope = "status"

    @extend_schema(
        operation_id="cv_file",
        summary="Download a CV's file",
        description=(
            "Served as what its bytes are, named `cv-<id>.<extension>` (never the uploaded name): inline "
            "for a PDF, as an attachment otherwise, with `X-Content-Type-Options: nosniff`."
        ),
        parameters=[
            OpenApiParameter("id", OpenApiTypes.UUID, OpenApiParameter.PATH, description="The CV's id.")
        ],
        responses={
            (200, "application/pdf"): OpenApiResponse(
                OpenApiTypes.BINARY, description="The file, from local storage."
            ),
            302: OpenApiResponse(
                description="On S3: a redirect to a signed URL valid for a few minutes, which answers with "
                "the same Content-Type and Content-Disposition."
            ),
            **error_responses({404: ["cv_not_found"]}),
        },
    )
    def download(self, request: Request, pk: str) -> Any:
        """The stored file: streamed from private local storage, or a short-lived signed URL on S3."""
        cv = CV.objects.for_user(request.user).filter(pk=pk).first() if is_uuid(pk) else None
        if cv is None:
            raise NotFound("No CV with this id belongs to you.", code="cv_not_found")
        download = download_for(cv.pk, stored_head(default_storage, cv.file.name))
        if is_s3(default_storage):
            response: Any = HttpResponseRedirect(
                default_storage.url(cv.file.name, parameters=download.s3_parameters())  # type: ignore[call-arg]
            )
        else:
            response = FileResponse(
                default_storage.open(cv.file.name, "rb"),
                content_type=download.content_type,
                as_attachment=not download.inline,
                filename=download.filename,
            )
        response["X-Content-Type-Options"] = "nosniff"
        return response
