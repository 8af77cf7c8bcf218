"""The caller's candidates: list, read, erase; and their CV files, served to the owner only."""

from __future__ import annotations

from typing import Any

from django.core.files.storage import default_storage
from django.http import FileResponse, HttpResponseRedirect
from rest_framework import mixins, viewsets
from rest_framework.exceptions import NotFound
from rest_framework.request import Request

from candidates.models import CV, Candidate, CandidateQuerySet
from candidates.serializers import CandidateSerializer
from candidates.services import erase_candidate


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

    def download(self, request: Request, pk: str) -> Any:
        """The stored PDF: streamed from private local storage, or a short-lived signed URL on S3."""
        cv = CV.objects.for_user(request.user).filter(pk=pk).first() if _is_uuid(pk) else None
        if cv is None:
            raise NotFound("No CV with this id belongs to you.", code="cv_not_found")
        if hasattr(default_storage, "bucket_name"):
            return HttpResponseRedirect(default_storage.url(cv.file.name))
        handle = default_storage.open(cv.file.name, "rb")
        return FileResponse(
            handle, content_type="application/pdf", as_attachment=False, filename=cv.original_filename
        )


def _is_uuid(value: str) -> bool:
    try:
        CV._meta.pk.to_python(value)  # type: ignore[union-attr]
    except Exception:  # noqa: BLE001 - any parse failure means "not one of ours"
        return False
    return True
