"""The polled job's read (`jobs.polled_job`) loads what the ORM's queryset loads, in one query."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from django.utils import timezone

from candidates.tests.factories import STRONG_BACKEND_CV
from jobs.models import Job, JobStatus
from jobs.polled_job import DEFERRED, polled_job
from jobs.tests.factories import make_job

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media")]


def _loaded(job: Job) -> dict[str, Any]:
    """The fields loaded with the row (reading a deferred one would query it)."""
    return {
        field.attname: getattr(job, field.attname)
        for field in Job._meta.concrete_fields
        if field.attname not in DEFERRED
    }


def test_the_job_read_equals_the_querysets_field_for_field_with_the_same_fields_deferred(
    user: Any, django_assert_num_queries: Any
) -> None:
    job = make_job(user, STRONG_BACKEND_CV)
    Job.objects.filter(pk=job.pk).update(
        status=JobStatus.PROCESSING,
        progress={"processed": 1, "total": 1},
        error={"code": "x", "message": "y"},
        waiting_for_llm_until=timezone.now(),
        llm_batch={"requests": 1},
    )
    expected = Job.objects.for_user(user).defer(*DEFERRED).get(pk=job.pk)

    with django_assert_num_queries(1):
        read = polled_job(user=user, job_id=str(job.pk))
        assert read is not None
        loaded = _loaded(read)

    assert read.get_deferred_fields() == expected.get_deferred_fields() == set(DEFERRED)
    assert loaded == _loaded(expected)
    assert loaded["progress"] == {"processed": 1, "total": 1}
    assert read.rubric == expected.rubric  # a deferred field still loads when asked for


def test_another_users_or_an_unknown_job_is_none(user: Any, other_user: Any) -> None:
    job = make_job(user, STRONG_BACKEND_CV)

    assert polled_job(user=other_user, job_id=job.pk) is None
    assert polled_job(user=user, job_id=uuid.uuid4()) is None
    assert polled_job(user=user, job_id=job.pk) == job
