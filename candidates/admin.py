from __future__ import annotations

from django.contrib import admin

from candidates.models import CV, Candidate


class CVInline(admin.TabularInline[CV, Candidate]):
    model = CV
    extra = 0
    fields = ["original_filename", "size", "page_count", "parse_status", "parse_error_code", "created_at"]
    readonly_fields = fields
    show_change_link = True
    can_delete = False


@admin.register(Candidate)
class CandidateAdmin(admin.ModelAdmin[Candidate]):
    list_display = ["label", "owner", "created_at"]
    search_fields = ["label", "owner__username"]
    readonly_fields = ["id", "created_at"]
    inlines = [CVInline]


@admin.register(CV)
class CVAdmin(admin.ModelAdmin[CV]):
    list_display = ["original_filename", "owner", "size", "page_count", "parse_status", "parse_error_code", "created_at"]
    list_filter = ["parse_status", "parse_error_code"]
    search_fields = ["original_filename", "sha256", "owner__username"]
    readonly_fields = [
        "id", "owner", "candidate", "file", "original_filename", "size", "sha256", "page_count", "hidden_text",
        "parse_status", "parse_error_code", "parse_error", "created_at", "parsed_at", "text",
    ]
