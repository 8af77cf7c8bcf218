"""Upload a batch, follow and control the caller's jobs. Another user's job is a 404, never its data."""

from __future__ import annotations

import hashlib
from dataclasses import asdict

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from drf_orjson_renderer.renderers import ORJSONRenderer  # type: ignore[import-untyped]
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import status, viewsets
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.request import Request
from rest_framework.response import Response

from api.ids import is_uuid
from api.openapi import error_responses
from api.pagination import BoundedLimitOffsetPagination
from candidates.services import UploadRejected
from jobs.models import Job, JobQuerySet
from jobs.polled_job import polled_job
from jobs.serializers import (
    JobStatusSerializer,
    JobSummarySerializer,
    RescoreSerializer,
    RetryAnswerSerializer,
    ScoresPageSerializer,
    UploadAcceptedSerializer,
    UploadBatchSerializer,
)
from jobs.services import cancel_job, rescore_job, retry_job, start_scoring_job, upload_outcome
from jobs.status_document import status_data, status_json
from jobs.workload import refuse_work_over_cap

# Polling clients are told how long to wait before asking again about an unfinished job.
POLL_AFTER_SECONDS = "2"

JOB_ID = OpenApiParameter("job_id", OpenApiTypes.UUID, OpenApiParameter.PATH, description="The job's id.")
LOCATION = OpenApiParameter(
    "Location", OpenApiTypes.URI, OpenApiParameter.HEADER, response=[202], description="The job's status URL."
)
RETRY_AFTER = OpenApiParameter(
    "Retry-After",
    OpenApiTypes.INT,
    OpenApiParameter.HEADER,
    response=[200, 202, 304],
    description="Seconds to wait before polling again; only while the job is unfinished.",
)


def job_etag(job: Job, page: dict[str, int] | None) -> str:
    """Changes whenever the job row does: every recorded CV advances it, and so does a CV's erasure.

    Read from the row alone (no query): `jobs.erasure` recounts and saves each job whose items it deletes.
    """
    seed = f"{job.pk}:{job.updated_at.isoformat()}:{job.status}:{job.progress}:{sorted((page or {}).items())}"
    return '"' + hashlib.sha256(seed.encode()).hexdigest()[:32] + '"'


def _status_url(request: Request, job: Job) -> str:
    return request.build_absolute_uri(reverse("jobs:status", kwargs={"job_id": job.pk}))


def _writes_json(request: Request) -> bool:
    """The negotiated renderer is orjson's (not the browsable API): the document's bytes go out as built."""
    return isinstance(request.accepted_renderer, ORJSONRenderer)


class UploadBatchViewSet(viewsets.ViewSet):
    throttle_scope = "upload"

    @extend_schema(
        operation_id="upload_batch",
        summary="Upload CVs (PDF, Word .docx, .odt, RTF, text, scans, photos) to score against a persona",
        description="Checks every file (size, type by its bytes) before storing any. A file that cannot be "
        "read is listed in `files` and as a failed entry of the job; a batch with no usable file is refused "
        "and creates nothing. Answers 202 at once; poll `status_url` (also `Location`) or give a "
        "`callback_url`.",
        request={"multipart/form-data": UploadBatchSerializer},
        parameters=[
            OpenApiParameter(
                "Idempotency-Key",
                str,
                OpenApiParameter.HEADER,
                description="Repeat a request safely: the same key and files answer with the first job.",
            ),
            LOCATION,
        ],
        responses={
            202: UploadAcceptedSerializer,
            **error_responses(
                {
                    400: [
                        "validation_error",
                        "malformed_request",
                        "no_files",
                        "too_many_files",
                        "invalid_files",
                    ],
                    404: ["persona_not_found"],
                    413: ["file_too_large", "request_too_large"],
                    415: ["unsupported_media_type"],
                    422: ["idempotency_key_reused"],
                    429: ["too_much_queued_work"],
                    503: ["storage_unavailable", "service_unavailable"],
                }
            ),
        },
    )
    def create(self, request: Request) -> Response:
        """Accept a batch of CV PDFs for one persona; answer 202 with the job id before any parsing."""
        self._refuse_oversized_body(request)
        upload = UploadBatchSerializer(data=request.data, context={"request": request})
        upload.is_valid(raise_exception=True)
        refuse_work_over_cap(user=request.user, incoming=len(upload.validated_data["files"]))
        key = self._idempotency_key(request)
        job = start_scoring_job(user=request.user, idempotency_key=key, **upload.validated_data)
        location = _status_url(request, job)
        # The same body for a repeat under the same Idempotency-Key: the first answer said "queued" too.
        outcome = upload_outcome(job=job)
        accepted = {
            "job_id": job.pk,
            "status": "queued",
            "message": outcome.message,
            "status_url": location,
            "cvs": outcome.cvs,
            "duplicates": outcome.duplicates,
            "files": [asdict(problem) for problem in outcome.refused],
        }
        body = UploadAcceptedSerializer(accepted).data
        return Response(body, status=status.HTTP_202_ACCEPTED, headers={"Location": location})

    @staticmethod
    def _idempotency_key(request: Request) -> str | None:
        key = request.headers.get("Idempotency-Key", "").strip()
        if len(key) > 255:
            raise ValidationError({"Idempotency-Key": ["At most 255 characters."]}, code="invalid")
        return key or None

    @staticmethod
    def _refuse_oversized_body(request: Request) -> None:
        # Checked before the body is read: nothing of an oversized request is parsed or stored.
        length = int(request.META.get("CONTENT_LENGTH") or 0)
        limit = settings.MAX_BATCH_FILES * settings.MAX_CV_BYTES + 1024 * 1024
        if length > limit:
            raise UploadRejected(
                status=413, code="request_too_large", message=f"The request body exceeds {limit} bytes."
            )


class JobPagination(BoundedLimitOffsetPagination):
    default_limit = 20
    max_limit = 100


class JobViewSet(viewsets.GenericViewSet):
    lookup_url_kwarg = "job_id"
    throttle_scope = "status"
    # No serializer describes these actions' input: DRF's OPTIONS metadata would fail (a 500); answer 405.
    metadata_class = None

    def get_queryset(self) -> JobQuerySet:
        return Job.objects.for_user(self.request.user)

    def _job(self, *, polled: bool = False) -> Job:
        """The user's job named in the URL, or a 404; a poll's read skips compiling it (`jobs.polled_job`)."""
        job_id = self.kwargs["job_id"]
        if not is_uuid(job_id):
            job = None
        elif polled:
            job = polled_job(user=self.request.user, job_id=job_id)
        else:
            job = self.get_queryset().filter(pk=job_id).first()
        if job is None:
            raise NotFound("No job with this id belongs to you.", code="job_not_found")
        return job

    def _status_response(
        self, job: Job, code: int = status.HTTP_200_OK, page: dict[str, int] | None = None, **headers: str
    ) -> Response:
        if not job.is_terminal:
            headers.setdefault("Retry-After", POLL_AFTER_SECONDS)
        page = page or {"limit": settings.STATUS_SCORES_PAGE_SIZE, "offset": 0}
        # Rendered by orjson (settings' renderers), which splices the page's JSON text unparsed.
        return Response(status_data(job, **page), status=code, headers=headers)

    @extend_schema(
        operation_id="job_status",
        summary="A job's status, progress and ranking so far",
        parameters=[
            JOB_ID,
            ScoresPageSerializer,
            OpenApiParameter("If-None-Match", str, OpenApiParameter.HEADER, description="A previous ETag."),
            OpenApiParameter("ETag", str, OpenApiParameter.HEADER, response=[200, 304]),
            RETRY_AFTER,
        ],
        responses={
            200: JobStatusSerializer,
            304: OpenApiResponse(description="Unchanged since the ETag given in If-None-Match."),
            **error_responses({404: ["job_not_found"]}, validation=True),
        },
    )
    def status(self, request: Request, job_id: str) -> HttpResponse:
        """The job's status; answers 304 to a poll whose If-None-Match matches the job's current ETag."""
        params = ScoresPageSerializer(data=request.query_params)
        params.is_valid(raise_exception=True)
        # A large job's ranking comes a page at a time, best first, so each poll stays cheap.
        page = {
            "limit": params.validated_data.get("scores_limit", settings.STATUS_SCORES_PAGE_SIZE),
            "offset": params.validated_data["scores_offset"],
        }
        job = self._job(polled=True)
        etag = job_etag(job, page)
        if etag in request.headers.get("If-None-Match", ""):
            headers = {"ETag": etag} if job.is_terminal else {"ETag": etag, "Retry-After": POLL_AFTER_SECONDS}
            return Response(status=status.HTTP_304_NOT_MODIFIED, headers=headers)
        if not _writes_json(request):  # the browsable API's page
            return self._status_response(job, page=page, ETag=etag)
        # The polled path: the document's bytes as `jobs.status_document` writes them, past DRF's renderer.
        headers = {"ETag": etag} if job.is_terminal else {"ETag": etag, "Retry-After": POLL_AFTER_SECONDS}
        body = status_json(job, **page)
        return HttpResponse(body, content_type=ORJSONRenderer.media_type, headers=headers)

    @extend_schema(
        operation_id="my_jobs",
        summary="Your jobs, newest first (without their rankings)",
        responses={200: JobSummarySerializer(many=True), **error_responses(validation=True)},
    )
    def my_jobs(self, request: Request) -> Response:
        paginator = JobPagination()
        jobs = self.get_queryset().with_item_ids().order_by("-created_at")
        page = paginator.paginate_queryset(jobs, request, view=self)
        return paginator.get_paginated_response(JobSummarySerializer(page, many=True).data)

    @extend_schema(
        operation_id="job_cancel",
        summary="Stop a queued or running job (repeating it is harmless)",
        parameters=[JOB_ID, RETRY_AFTER],
        request=None,
        responses={
            200: JobStatusSerializer,
            **error_responses({404: ["job_not_found"], 409: ["job_finished"]}),
        },
    )
    def cancel(self, request: Request, job_id: str) -> Response:
        return self._status_response(cancel_job(job=self._job()))

    @extend_schema(
        operation_id="job_retry",
        summary="Score again the failed and cancelled CVs of a finished job that a retry could fix",
        description="Failures with `error.retryable: false` (a refused, encrypted or unreadable file, a "
        "document that is not a CV) are left as they are; `retry` says how many were retried and skipped.",
        parameters=[JOB_ID, LOCATION, RETRY_AFTER],
        request=None,
        responses={
            202: RetryAnswerSerializer,
            **error_responses(
                {404: ["job_not_found"], 409: ["nothing_to_retry"], 429: ["too_much_queued_work"]}
            ),
        },
    )
    def retry(self, request: Request, job_id: str) -> Response:
        job = self._job()
        # Only an ended job's retry queues anything; a queued or running one is answered as it is.
        retried = job.items.retryable().count() if job.is_terminal else 0
        refuse_work_over_cap(user=request.user, incoming=retried)
        job, report = retry_job(job=job)
        response = self._status_response(job, status.HTTP_202_ACCEPTED, Location=_status_url(request, job))
        retried_doc = {"reopened": report.reopened, "skipped": report.skipped, "message": report.message}
        response.data = {**response.data, "retry": retried_doc}
        return response

    @extend_schema(
        operation_id="job_rescore",
        summary="Score the job's CVs again as a new job, against the persona as it is now (or another one)",
        parameters=[JOB_ID, LOCATION, RETRY_AFTER],
        request=RescoreSerializer,
        responses={
            202: JobStatusSerializer,
            **error_responses(
                {
                    400: ["malformed_request"],
                    404: ["job_not_found", "persona_not_found"],
                    409: ["persona_deleted", "nothing_to_rescore"],
                    429: ["too_much_queued_work"],
                },
                validation=True,
            ),
        },
    )
    def rescore(self, request: Request, job_id: str) -> Response:
        original = self._job()
        serializer = RescoreSerializer(data=request.data, context={"request": request})
        serializer.is_valid(raise_exception=True)
        refuse_work_over_cap(user=request.user, incoming=original.items.count())
        job = rescore_job(job=original, persona=serializer.validated_data["persona"])
        return self._status_response(job, status.HTTP_202_ACCEPTED, Location=_status_url(request, job))
