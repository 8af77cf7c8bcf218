"""The caller's own personas: list, create, retrieve, update, delete."""

from __future__ import annotations

from typing import Any

from rest_framework import viewsets

from personas.models import Persona, PersonaQuerySet
from personas.serializers import PersonaSerializer


class PersonaViewSet(viewsets.ModelViewSet):
    serializer_class = PersonaSerializer
    throttle_scope = "personas"

    def get_queryset(self) -> PersonaQuerySet:
        return Persona.objects.for_user(self.request.user)

    def perform_create(self, serializer: Any) -> None:
        serializer.save(owner=self.request.user)
