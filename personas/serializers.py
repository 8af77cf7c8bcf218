"""Persona representation and validation for the API."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from personas.models import Persona
from personas.rubric import RubricError, validate_criteria, validate_free_text


class CriterionSerializer(serializers.Serializer):
    """One rubric criterion, as documented; personas.rubric validates it and refuses protected attributes."""

    name = serializers.CharField(max_length=120)
    description = serializers.CharField(required=False, allow_blank=True, default="")
    weight = serializers.FloatField(required=False, default=1.0, min_value=0.0)

    def get_fields(self) -> dict[str, serializers.Field]:
        # Declared here, not as a class attribute: `required` would shadow Field.required on the serializer.
        fields = super().get_fields()
        fields["required"] = serializers.BooleanField(required=False, default=False)
        return fields


class PersonaSerializer(serializers.ModelSerializer):
    criteria = serializers.JSONField()
    rubric_version = serializers.CharField(read_only=True)

    class Meta:
        model = Persona
        fields = [
            "id",
            "name",
            "role_title",
            "description",
            "min_years_experience",
            "criteria",
            "blind",
            "rubric_version",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["id", "rubric_version", "created_at", "updated_at"]

    def validate_criteria(self, value: Any) -> list[dict[str, Any]]:
        try:
            return validate_criteria(value)
        except RubricError as exc:
            raise serializers.ValidationError(exc.message, code=exc.code) from exc

    def validate_name(self, value: str) -> str:
        return _free_text("name", value)

    def validate_role_title(self, value: str) -> str:
        return _free_text("role_title", value)

    def validate_description(self, value: str) -> str:
        return _free_text("description", value)

    def validate_min_years_experience(self, value: int) -> int:
        if value > 60:
            raise serializers.ValidationError("At most 60 years.", code="out_of_range")
        return value


def _free_text(field: str, value: str) -> str:
    """Refuse text that selects on a protected attribute, anywhere in the persona (issue #9)."""
    try:
        return validate_free_text(field, value)
    except RubricError as exc:
        raise serializers.ValidationError(exc.message, code=exc.code) from exc
