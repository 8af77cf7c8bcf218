"""The caller's own personas: list, create, retrieve, update, delete."""

from __future__ import annotations

from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    extend_schema,
    extend_schema_serializer,
    extend_schema_view,
)
from rest_framework import viewsets

from api.openapi import error_responses
from personas.models import Persona, PersonaQuerySet
from personas.serializers import CriterionSerializer, PersonaSerializer

CRITERIA_CODES = (
    "`fields.criteria[].code` says why criteria were refused: `invalid_criteria`, `invalid_criterion`, "
    "`invalid_weight`, `duplicate_criterion`, `too_many_criteria`, `protected_attribute`. "
    "`fields.name`, `fields.role_title` and `fields.description` answer `protected_attribute` when the text "
    'selects on a protected attribute ("only men", "under 30", "native English speaker"), lookalike '
    "letters included; the message quotes the words. Mentioning is not selecting: an equal-opportunity "
    "statement passes."
)


@extend_schema_serializer(component_name="Persona")
class PersonaSchemaSerializer(PersonaSerializer):
    """Schema only: `criteria` documented as the list of criteria that personas.rubric validates."""

    criteria = CriterionSerializer(many=True)  # type: ignore[assignment]


_WRITE_ERRORS = error_responses({400: ["malformed_request"]}, validation=True)
_FOUND_ERRORS = error_responses({404: ["not_found"]})
_PERSONA_ID = [
    OpenApiParameter("id", OpenApiTypes.UUID, OpenApiParameter.PATH, description="The persona's id.")
]


@extend_schema_view(
    list=extend_schema(
        summary="Your personas, newest first",
        responses={200: PersonaSchemaSerializer(many=True), **error_responses()},
    ),
    create=extend_schema(
        summary="Create a persona",
        description=CRITERIA_CODES,
        request=PersonaSchemaSerializer,
        responses={201: PersonaSchemaSerializer, **_WRITE_ERRORS},
    ),
    retrieve=extend_schema(
        summary="One of your personas",
        parameters=_PERSONA_ID,
        responses={200: PersonaSchemaSerializer, **_FOUND_ERRORS},
    ),
    update=extend_schema(
        summary="Replace a persona (running jobs keep the rubric they started with)",
        description=CRITERIA_CODES,
        parameters=_PERSONA_ID,
        request=PersonaSchemaSerializer,
        responses={200: PersonaSchemaSerializer, **_WRITE_ERRORS, **_FOUND_ERRORS},
    ),
    partial_update=extend_schema(
        summary="Change some fields of a persona",
        description=CRITERIA_CODES,
        parameters=_PERSONA_ID,
        request=PersonaSchemaSerializer,
        responses={200: PersonaSchemaSerializer, **_WRITE_ERRORS, **_FOUND_ERRORS},
    ),
    destroy=extend_schema(
        summary="Delete a persona (its jobs stay readable)",
        parameters=_PERSONA_ID,
        responses={204: None, **_FOUND_ERRORS},
    ),
)
class PersonaViewSet(viewsets.ModelViewSet):
    serializer_class = PersonaSerializer
    throttle_scope = "personas"

    def get_queryset(self) -> PersonaQuerySet:
        return Persona.objects.for_user(self.request.user)

    def perform_create(self, serializer: Any) -> None:
        serializer.save(owner=self.request.user)
