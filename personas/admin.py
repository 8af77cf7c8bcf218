from __future__ import annotations

from django.contrib import admin

from personas.models import Persona


@admin.register(Persona)
class PersonaAdmin(admin.ModelAdmin[Persona]):
    list_display = ["name", "role_title", "owner", "blind", "min_years_experience", "created_at", "updated_at"]
    list_filter = ["blind", "created_at"]
    search_fields = ["name", "role_title", "owner__username"]
    readonly_fields = ["id", "rubric_version", "created_at", "updated_at"]
