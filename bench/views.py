"""Baselines for the benchmark, served only through bench.urls: the least work an endpoint can do."""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView


@csrf_exempt
def bare_multipart(request: HttpRequest) -> JsonResponse:
    """Read the multipart body through Django's parser and upload handlers, and nothing else."""
    files = request.FILES.getlist("files")
    return JsonResponse({"files": len(files), "bytes": sum(upload.size or 0 for upload in files)})


class BareAPIView(APIView):
    """A constant body behind the status endpoint's authentication, permission and throttle."""

    throttle_scope = "status"

    def get(self, request: Request) -> Response:
        return Response({"status": "ok"})
