"""POST /api/v1/personas/draft: a persona drafted from a job advert, returned unsaved for the editor."""

from __future__ import annotations

from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import exceptions, serializers, viewsets
from rest_framework.request import Request
from rest_framework.response import Response

from api.openapi import error_responses
from personas.advert_reader import AdvertUnreadable
from personas.services import NotAJobAdvert, advert_text_from_upload, draft_persona

MAX_TEXT_CHARS = 100_000


class DraftRefused(exceptions.APIException):
    """A 400 (or 413) with a stable code, rendered by the project's error envelope."""

    status_code = 400

    def __init__(self, code: str, message: str, *, status: int = 400) -> None:
        super().__init__(detail=message, code=code)
        self.status_code = status


class DraftTextSerializer(serializers.Serializer):
    text = serializers.CharField(max_length=MAX_TEXT_CHARS, help_text="The advert's text, pasted.")


class DraftFileSerializer(serializers.Serializer):
    file = serializers.FileField(help_text="The advert as PDF, Word (.docx) or plain text.")


class LeftOutSerializer(serializers.Serializer):
    text = serializers.CharField()
    reason = serializers.CharField()


class DraftCriterionSerializer(serializers.Serializer):
    name = serializers.CharField()
    description = serializers.CharField()
    weight = serializers.IntegerField(min_value=1, max_value=3)

    def get_fields(self) -> dict[str, serializers.Field]:
        # As in CriterionSerializer: a `required` attribute would shadow Field.required.
        fields = super().get_fields()
        fields["required"] = serializers.BooleanField()
        return fields


class DraftPersonaSerializer(serializers.Serializer):
    """Schema only: the unsaved persona; POST it unchanged to /api/v1/personas/ to save it."""

    name = serializers.CharField()
    role_title = serializers.CharField()
    description = serializers.CharField(allow_blank=True)
    min_years_experience = serializers.IntegerField()
    criteria = DraftCriterionSerializer(many=True)
    blind = serializers.BooleanField()
    language = serializers.ChoiceField(choices=["en", "es"], help_text="The advert's language.")
    left_out = LeftOutSerializer(many=True, help_text="Advert phrases kept out of the draft, and why.")

    def get_fields(self) -> dict[str, serializers.Field]:
        # Declared here: a `source` attribute would shadow Field.source.
        fields = super().get_fields()
        fields["source"] = serializers.ChoiceField(choices=["offline", "claude"], help_text="Who drafted it.")
        return fields


class PersonaDraftViewSet(viewsets.ViewSet):
    throttle_scope = "upload"  # reads an untrusted file in the sandbox, and may call the LLM

    @extend_schema(
        operation_id="draft_persona",
        summary="Draft a persona from a job advert (not saved)",
        description='Send the advert as `file` (multipart) or as JSON `{"text": ...}`. The answer is a '
        "persona body to review; POST it unchanged to /api/v1/personas/ to save it. `left_out` lists advert "
        "phrases that select on a protected attribute, which never become criteria.",
        request={"application/json": DraftTextSerializer, "multipart/form-data": DraftFileSerializer},
        responses={
            200: DraftPersonaSerializer,
            **error_responses(
                {
                    400: ["not_a_job_advert", "unsupported_type", "unreadable", "validation_error"],
                    413: ["file_too_large"],
                }
            ),
        },
        examples=[OpenApiExample("Pasted text", value={"text": "Backend Developer\nRequirements: ..."})],
    )
    def create(self, request: Request) -> Response:
        """Read the advert, draft the persona, answer it without saving anything."""
        try:
            draft = draft_persona(text=self._advert_text(request))
        except NotAJobAdvert as exc:
            raise DraftRefused(exc.code, exc.message) from None
        return Response(draft.as_body())

    @staticmethod
    def _advert_text(request: Request) -> str:
        upload = request.FILES.get("file")
        if upload is None:
            serializer = DraftTextSerializer(data=request.data)
            serializer.is_valid(raise_exception=True)
            return str(serializer.validated_data["text"])
        if getattr(upload, "too_large", False):
            raise DraftRefused("file_too_large", "The advert file is too large.", status=413)
        try:
            return advert_text_from_upload(upload=upload)
        except AdvertUnreadable as exc:
            raise DraftRefused(_code(exc), exc.message) from None


def _code(exc: AdvertUnreadable) -> str:
    # An empty or image-only PDF has no advert in it: the same answer as a CV or an invoice.
    return "not_a_job_advert" if exc.code in ("no_text_layer", "not_a_pdf") else exc.code
