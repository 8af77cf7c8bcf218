"""Staff views of candidates and their CVs; deleting a candidate here erases its stored files too."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import Count, QuerySet
from django.http import HttpRequest, HttpResponse

from candidates.models import CV, Candidate
from candidates.services import erase_candidate

CV_INLINE_FIELDS: tuple[str, ...] = (
    "original_filename",
    "size",
    "page_count",
    "parse_status",
    "parse_error_code",
    "created_at",
)


class CVInline(admin.TabularInline[CV, Candidate]):
    model = CV
    extra = 0
    fields = readonly_fields = CV_INLINE_FIELDS
    show_change_link = True
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Candidate | None = None) -> bool:
        return False


@admin.register(Candidate)
class CandidateAdmin(admin.ModelAdmin[Candidate]):
    list_display = ["label", "owner", "cv_count", "created_at"]
    list_filter = ["created_at"]
    list_select_related = ["owner"]
    search_fields = ["label", "owner__username", "=id"]
    readonly_fields = ["id", "owner", "created_at"]
    inlines = [CVInline]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Candidate]:
        return super().get_queryset(request).annotate(cv_total=Count("cvs"))

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # candidates come from uploads

    @admin.display(description="CVs", ordering="cv_total")
    def cv_count(self, candidate: Candidate) -> int:
        return int(getattr(candidate, "cv_total", 0))

    def get_deleted_objects(self, objs: Any, request: HttpRequest) -> tuple[Any, Any, set[str], Any]:
        """Whoever may erase a candidate may erase what hangs off it (a CV alone is not deletable)."""
        deleted, counts, _perms_needed, protected = super().get_deleted_objects(objs, request)
        return deleted, counts, set(), protected

    def delete_model(self, request: HttpRequest, obj: Candidate) -> None:
        """Erase, not just delete: the stored PDFs go with the rows."""
        erase_candidate(candidate=obj)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Candidate]) -> None:
        for candidate in queryset:
            erase_candidate(candidate=candidate)

    def response_delete(self, request: HttpRequest, obj_display: str, obj_id: Any) -> HttpResponse:
        """Confirm by id: the label (often the person's name) would wait in the session's messages."""
        return super().response_delete(request, str(obj_id), obj_id)


@admin.register(CV)
class CVAdmin(admin.ModelAdmin[CV]):
    list_display = [
        "original_filename",
        "owner",
        "candidate",
        "size",
        "page_count",
        "parse_status",
        "parse_error_code",
        "created_at",
    ]
    list_filter = ["parse_status", "parse_error_code", "created_at"]
    list_select_related = ["owner", "candidate"]
    search_fields = ["original_filename", "sha256", "owner__username", "=id"]
    readonly_fields = [
        "id",
        "owner",
        "candidate",
        "file",
        "original_filename",
        "size",
        "sha256",
        "page_count",
        "hidden_text",
        "parse_status",
        "parse_error_code",
        "parse_error",
        "created_at",
        "parsed_at",
        "text",
    ]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: CV | None = None) -> bool:
        return False  # a CV alone would leave its file behind: delete (erase) its candidate instead
