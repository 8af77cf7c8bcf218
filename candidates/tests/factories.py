"""Test data for candidates: users, CV texts and PDF uploads (factory-boy for the rows)."""

from __future__ import annotations

from typing import Any

import factory
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from candidates.tests.pdfgen import cv_pdf

STRONG_BACKEND_CV = """Alex Example
Senior Backend Engineer
alex@example.com | +44 20 7946 0000
EXPERIENCE
Senior Backend Engineer, Acme Corp, Jan 2018 - present
Built Django REST Framework APIs in Python serving 2 million users.
Ran PostgreSQL and Redis in production on Kubernetes; led a team of 5 engineers.
Backend Developer, Beta Ltd, 2014 - 2017
Wrote Python services with Django and Celery; designed PostgreSQL schemas.
SKILLS
Python, Django, DRF, PostgreSQL, Redis, Docker, Kubernetes, AWS
EDUCATION
BSc Computer Science, University of Example, 2010 - 2014
"""

WEAK_BACKEND_CV = """Sam Sample
Shop Assistant
sam@example.com
EXPERIENCE
Shop Assistant, Corner Store, 2019 - present
Served customers, handled the till and stocked shelves every morning.
Trained two new colleagues on opening and closing the store.
Waiter, Harbour Cafe, 2017 - 2019
Took orders, served tables and kept the dining room clean on busy weekends.
SKILLS
Customer service, cash handling, stock rotation, Microsoft Word, teamwork
EDUCATION
High school diploma, Riverside High School, 2017
"""


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = "alice"
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.com")
    password = factory.django.Password("pw-for-tests-only")


def make_user(*, username: str = "alice", password: str = "pw-for-tests-only") -> Any:
    return UserFactory(username=username, password=password)


def pdf_upload(name: str = "cv.pdf", text: str = STRONG_BACKEND_CV) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, cv_pdf(text), content_type="application/pdf")
