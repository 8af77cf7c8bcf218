"""Candidates and their CVs as the API shows them (never the extracted text)."""

from __future__ import annotations

from rest_framework import serializers

from candidates.models import CV, Candidate


class CVSerializer(serializers.ModelSerializer):
    filename = serializers.CharField(source="original_filename")

    class Meta:
        model = CV
        fields = [
            "id",
            "filename",
            "size",
            "sha256",
            "page_count",
            "parse_status",
            "parse_error_code",
            "parse_error",
            "hidden_text",
            "created_at",
        ]


class CandidateSerializer(serializers.ModelSerializer):
    cvs = CVSerializer(many=True, read_only=True)

    class Meta:
        model = Candidate
        fields = ["id", "label", "created_at", "cvs"]
