"""The REST API (Django REST framework) and its OpenAPI schema (drf-spectacular)."""

from __future__ import annotations

from cvscoring.env import PRODUCTION, env_str

# --- API -----------------------------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "api.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_THROTTLE_CLASSES": ["api.throttling.ScopedThrottle"],
    "DEFAULT_THROTTLE_RATES": {
        "upload": env_str("THROTTLE_UPLOAD", "30/min"),
        "status": env_str("THROTTLE_STATUS", "600/min"),
        "personas": env_str("THROTTLE_PERSONAS", "120/min"),
    },
    "EXCEPTION_HANDLER": "api.handler.api_exception_handler",
    # JSON nested past api.parsers.MAX_JSON_DEPTH is a 400, not a RecursionError.
    "DEFAULT_PARSER_CLASSES": [
        "api.parsers.DepthLimitedJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_PAGINATION_CLASS": "api.pagination.BoundedLimitOffsetPagination",
    "PAGE_SIZE": 20,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    # JSON only in production: the browsable API's HTML forms are a development aid, not a public surface.
    # orjson: a 200-score status page rendered ~10x faster than the json module; same JSON, UTF-8, compact.
    "DEFAULT_RENDERER_CLASSES": [
        "drf_orjson_renderer.renderers.ORJSONRenderer",
        *([] if PRODUCTION else ["rest_framework.renderers.BrowsableAPIRenderer"]),
    ],
}

# OpenAPI 3 at /api/schema/ (Swagger UI: /api/schema/swagger/, ReDoc: /api/schema/redoc/), served locally.
SPECTACULAR_SETTINGS = {
    "TITLE": "cvscoring API",
    "DESCRIPTION": (
        "Upload batches of CV PDFs against a persona (a weighted rubric); workers score each CV and the "
        "job can be polled or delivered to a webhook. Authenticate with `Authorization: Token <key>`. Every "
        'error is `{"error": {"code", "message", ...}}` with a stable `code`; each operation lists its codes.'
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "SERVE_AUTHENTICATION": [],
    "COMPONENT_SPLIT_REQUEST": True,
    # Tags operations by the path segment after /api/v1 (jobs, personas, candidates, webhooks, ...).
    "SCHEMA_PATH_PREFIX": r"/api/v[0-9]+",
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "ENUM_NAME_OVERRIDES": {
        "JobStatusEnum": "jobs.wire.WIRE_STATUSES",
        "JobStateEnum": "jobs.wire.STATES",
        "ItemStatusEnum": "jobs.models.ItemStatus",
        "DeliveryStatusEnum": "webhooks.models.DeliveryStatus",
    },
}
