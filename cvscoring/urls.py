"""Every URL of the service, findable from here."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView

from candidates.api import CandidateViewSet, CVFileViewSet
from cvscoring import health
from jobs import pages
from jobs.api import JobViewSet, UploadBatchViewSet
from jobs.export_api import JobExportViewSet
from personas.api import PersonaViewSet
from personas.draft_api import PersonaDraftViewSet
from webhooks.api import WebhookDeliveryViewSet, WebhookEndpointViewSet

persona_list = PersonaViewSet.as_view({"get": "list", "post": "create"})
persona_detail = PersonaViewSet.as_view(
    {"get": "retrieve", "put": "update", "patch": "partial_update", "delete": "destroy"}
)

jobs_patterns = (
    [
        re_path(
            r"^candidate/upload-batch/?$", UploadBatchViewSet.as_view({"post": "create"}), name="upload-batch"
        ),
        re_path(r"^jobs/my-jobs/?$", JobViewSet.as_view({"get": "my_jobs"}), name="my-jobs"),
        re_path(r"^jobs/(?P<job_id>[^/]+)/status/?$", JobViewSet.as_view({"get": "status"}), name="status"),
        re_path(r"^jobs/(?P<job_id>[^/]+)/cancel/?$", JobViewSet.as_view({"post": "cancel"}), name="cancel"),
        re_path(r"^jobs/(?P<job_id>[^/]+)/retry/?$", JobViewSet.as_view({"post": "retry"}), name="retry"),
        re_path(
            r"^jobs/(?P<job_id>[^/]+)/results\.csv$",
            JobExportViewSet.as_view({"get": "results_csv"}),
            name="results-csv",
        ),
        re_path(
            r"^jobs/(?P<job_id>[^/]+)/results\.json$",
            JobExportViewSet.as_view({"get": "results_json"}),
            name="results-json",
        ),
        re_path(
            r"^jobs/(?P<job_id>[^/]+)/rescore/?$", JobViewSet.as_view({"post": "rescore"}), name="rescore"
        ),
    ],
    "jobs",
)

personas_patterns = (
    [
        path("personas/", persona_list, name="list"),
        re_path(r"^personas/draft/?$", PersonaDraftViewSet.as_view({"post": "create"}), name="draft"),
        path("personas/<str:pk>/", persona_detail, name="detail"),
    ],
    "personas",
)

candidates_patterns = (
    [
        path("candidates/", CandidateViewSet.as_view({"get": "list"}), name="list"),
        path(
            "candidates/<str:pk>/",
            CandidateViewSet.as_view({"get": "retrieve", "delete": "destroy"}),
            name="detail",
        ),
        path("cvs/<str:pk>/file", CVFileViewSet.as_view({"get": "download"}), name="cv-file"),
    ],
    "candidates",
)

# The recruiter's pages: HTML shells whose script talks to the JSON API above with the session cookie.
pages_patterns = (
    [
        path("", pages.home, name="home"),
        path("personas/new/", pages.persona_editor, name="persona-new"),
        path("personas/<uuid:persona_id>/", pages.persona_editor, name="persona-edit"),
        path("jobs/<uuid:job_id>/", pages.job_page, name="job"),
    ],
    "pages",
)

webhooks_patterns = (
    [
        re_path(
            r"^webhooks/endpoint/?$",
            WebhookEndpointViewSet.as_view({"get": "retrieve", "put": "update"}),
            name="endpoint",
        ),
        re_path(
            r"^webhooks/endpoint/rotate-secret/?$",
            WebhookEndpointViewSet.as_view({"post": "rotate_secret"}),
            name="rotate-secret",
        ),
        re_path(
            r"^webhooks/deliveries/?$", WebhookDeliveryViewSet.as_view({"get": "list"}), name="deliveries"
        ),
    ],
    "webhooks",
)

urlpatterns = [
    path("api/v1/", include(jobs_patterns)),
    path("api/v1/", include(personas_patterns)),
    path("api/v1/", include(candidates_patterns)),
    path("api/v1/", include(webhooks_patterns)),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/schema/swagger/", SpectacularSwaggerView.as_view(url_name="schema"), name="swagger-ui"),
    path("api/schema/redoc/", SpectacularRedocView.as_view(url_name="schema"), name="redoc"),
    # Also answered by cvscoring.health.HealthCheckMiddleware, before the host check.
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("admin/rq/", include("django_rq.urls")),
    path("admin/", admin.site.urls),
    path("api-auth/", include("rest_framework.urls")),
    path("accounts/login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(next_page="login"), name="logout"),
    path("", include(pages_patterns)),
]
