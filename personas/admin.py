"""Staff views of personas; criteria edited here pass the same validation as the API."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.db.models import Count, QuerySet
from django.http import HttpRequest
from django.utils.html import format_html_join
from django.utils.safestring import SafeString

from personas.models import Persona
from personas.rubric import RubricError, validate_criteria, validate_free_text


class PersonaAdminForm(forms.ModelForm[Persona]):
    class Meta:
        model = Persona
        fields = ["owner", "name", "role_title", "description", "min_years_experience", "criteria", "blind"]

    def clean_criteria(self) -> list[dict[str, Any]]:
        try:
            return validate_criteria(self.cleaned_data["criteria"])
        except RubricError as exc:
            raise forms.ValidationError(exc.message, code=exc.code) from exc

    def clean_name(self) -> str:
        return self._free_text("name")

    def clean_role_title(self) -> str:
        return self._free_text("role_title")

    def clean_description(self) -> str:
        return self._free_text("description")

    def _free_text(self, field: str) -> str:
        try:
            return validate_free_text(field, self.cleaned_data[field])
        except RubricError as exc:
            raise forms.ValidationError(exc.message, code=exc.code) from exc


@admin.register(Persona)
class PersonaAdmin(admin.ModelAdmin[Persona]):
    form = PersonaAdminForm
    list_display = ["name", "role_title", "owner", "criteria_count", "job_count", "blind", "updated_at"]
    list_filter = ["blind", "created_at"]
    list_select_related = ["owner"]
    search_fields = ["name", "role_title", "owner__username", "=id"]
    readonly_fields = ["id", "rubric_version", "criteria_table", "created_at", "updated_at"]
    fieldsets = [
        (
            None,
            {"fields": ["id", "owner", "name", "role_title", "description", "min_years_experience", "blind"]},
        ),
        ("Rubric", {"fields": ["criteria_table", "criteria", "rubric_version"]}),
        ("Dates", {"fields": ["created_at", "updated_at"]}),
    ]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Persona]:
        return super().get_queryset(request).annotate(job_total=Count("jobs"))

    @admin.display(description="criteria")
    def criteria_count(self, persona: Persona) -> int:
        return len(persona.criteria or [])

    @admin.display(description="jobs", ordering="job_total")
    def job_count(self, persona: Persona) -> int:
        return int(getattr(persona, "job_total", 0))

    @admin.display(description="criteria as scored")
    def criteria_table(self, persona: Persona) -> SafeString:
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            (
                (
                    item.get("name", ""),
                    item.get("weight", 1),
                    "yes" if item.get("required") else "",
                    item.get("description"),
                )
                for item in persona.criteria or []
            ),
        )
        header = SafeString("<tr><th>name</th><th>weight</th><th>required</th><th>description</th></tr>")
        return SafeString(f"<table>{header}{rows}</table>")
