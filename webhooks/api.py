"""The caller's webhook endpoint (default URL and signing secret) and the delivery attempts made for them."""

from __future__ import annotations

import uuid

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response

from api.openapi import error_responses
from api.pagination import BoundedLimitOffsetPagination
from webhooks.models import WebhookDelivery
from webhooks.serializers import WebhookDeliverySerializer, WebhookEndpointSerializer
from webhooks.services import endpoint_for, rotate_endpoint_secret, set_endpoint_url


class WebhookEndpointViewSet(viewsets.ViewSet):
    serializer_class = WebhookEndpointSerializer
    throttle_scope = "personas"

    @extend_schema(
        operation_id="webhook_endpoint_retrieve",
        summary="Your webhook endpoint and signing secret (made on first use)",
        responses={200: WebhookEndpointSerializer, **error_responses()},
    )
    def retrieve(self, request: Request) -> Response:
        return Response(WebhookEndpointSerializer(endpoint_for(user=request.user)).data)

    @extend_schema(
        operation_id="webhook_endpoint_update",
        summary="Set (or clear, with an empty url) where your job events are sent by default",
        description="The URL must be http(s) and resolve to public addresses only.",
        request=WebhookEndpointSerializer,
        responses={200: WebhookEndpointSerializer, **error_responses(validation=True)},
    )
    def update(self, request: Request) -> Response:
        serializer = WebhookEndpointSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        endpoint = set_endpoint_url(user=request.user, url=serializer.validated_data["url"])
        return Response(WebhookEndpointSerializer(endpoint).data)

    @extend_schema(
        operation_id="webhook_endpoint_rotate_secret",
        summary="Replace your signing secret; deliveries from now on are signed with the new one",
        request=None,
        responses={200: WebhookEndpointSerializer, **error_responses()},
    )
    def rotate_secret(self, request: Request) -> Response:
        return Response(WebhookEndpointSerializer(rotate_endpoint_secret(user=request.user)).data)


class WebhookDeliveryViewSet(viewsets.GenericViewSet):
    serializer_class = WebhookDeliverySerializer
    pagination_class = BoundedLimitOffsetPagination
    throttle_scope = "status"

    @extend_schema(
        operation_id="webhook_deliveries_list",
        summary="Your webhook delivery attempts, newest first",
        parameters=[OpenApiParameter("job_id", OpenApiTypes.UUID, description="Only this job's attempts.")],
        responses={200: WebhookDeliverySerializer(many=True), **error_responses(validation=True)},
    )
    def list(self, request: Request) -> Response:
        attempts = WebhookDelivery.objects.for_user(request.user).order_by("-created_at")
        job_id = request.query_params.get("job_id")
        if job_id:
            try:
                attempts = attempts.filter(job_id=uuid.UUID(job_id))
            except ValueError as exc:
                raise ValidationError({"job_id": ["Must be a valid UUID."]}, code="invalid") from exc
        page = self.paginate_queryset(attempts)
        return self.get_paginated_response(WebhookDeliverySerializer(page, many=True).data)
