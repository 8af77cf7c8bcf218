"""Settings for cvscoring, all from the environment (see .env.example), with working local defaults.

Django's core settings are here; each add-on or concern keeps its block in a module of its own (settings_api,
settings_pipeline, settings_queue, settings_security, settings_storage), imported here by name so that Django,
which reads this module only, finds every setting. The environment is read through cvscoring.env.
"""

from __future__ import annotations

import django_stubs_ext
from django.core.exceptions import ImproperlyConfigured

from cvscoring.database import database_from_url
from cvscoring.env import (  # noqa: F401 - settings too, read by Django from this module
    BASE_DIR,
    DEFAULT_SECRET_KEY,
    DJANGO_ENV,
    PLACEHOLDER_SECRET_WORDS,
    PRODUCTION,
    VAR_DIR,
    env_bool,
    env_float,
    env_int,
    env_list,
    env_str,
    is_weak_secret,
)
from cvscoring.settings_api import (  # noqa: F401 - read by Django from this module
    REST_FRAMEWORK,
    SPECTACULAR_SETTINGS,
)
from cvscoring.settings_pipeline import (  # noqa: F401 - read by Django from this module
    ANTHROPIC_API_KEY,
    ANTHROPIC_BASE_URL,
    CANDIDATE_ERASURE_HOOKS,
    CV_RETENTION_DAYS,
    DATA_UPLOAD_MAX_NUMBER_FIELDS,
    DATA_UPLOAD_MAX_NUMBER_FILES,
    DB_RETRY_BUDGET_S,
    FILE_UPLOAD_HANDLERS,
    HEARTBEAT_INTERVAL_S,
    HEARTBEAT_STALE_S,
    JOB_MAX_ATTEMPTS,
    JOB_TIMEOUT_S,
    LLM_BATCH_CHECK_FIRST_S,
    LLM_BATCH_CHECK_MAX_S,
    LLM_BATCH_MIN_CVS,
    LLM_CV_DEADLINE_S,
    LLM_INPUT_TOKENS_PER_MINUTE,
    LLM_MAX_RETRIES,
    LLM_OUTAGE_BUDGET_S,
    LLM_OUTAGE_FIRST_WAIT_S,
    LLM_OUTAGE_MAX_WAIT_S,
    LLM_REQUESTS_PER_MINUTE,
    LLM_TIMEOUT_S,
    MAX_BATCH_FILES,
    MAX_CV_BYTES,
    MAX_QUEUED_CVS_PER_USER,
    PARSE_CHILD_MAX_FILES,
    PARSE_CONCURRENCY,
    PARSE_MAX_PAGES,
    PARSE_MEMORY_MB,
    PARSE_TIMEOUT_S,
    PURGE_INTERVAL_S,
    QUEUED_STALE_S,
    QUEUED_WORK_RETRY_AFTER_S,
    RESULT_REUSE,
    SCORING_CONCURRENCY,
    SCORING_MODEL,
    STATUS_SCORES_PAGE_SIZE,
    SWEEP_INTERVAL_S,
    WEBHOOK_ALLOW_PRIVATE,
    WEBHOOK_PAYLOAD_BUILDER,
    WEBHOOK_RETRY_DELAYS_S,
    WEBHOOK_TIMEOUT_S,
)
from cvscoring.settings_queue import (  # noqa: F401 - read by Django from this module
    CACHES,
    REDIS_URL,
    RQ,
    RQ_QUEUES,
    RQ_SHOW_ADMIN_LINK,
    SCORING_QUEUE,
    WEBHOOKS_QUEUE,
)
from cvscoring.settings_security import (  # noqa: F401 - read by Django from this module
    AXES_CLIENT_IP_CALLABLE,
    AXES_COOLOFF_TIME,
    AXES_ENABLED,
    AXES_FAILURE_LIMIT,
    AXES_LOCKOUT_CALLABLE,
    AXES_LOCKOUT_PARAMETERS,
    AXES_RESET_ON_SUCCESS,
    CONTENT_SECURITY_POLICY,
    TRUSTED_PROXY_COUNT,
)
from cvscoring.settings_storage import (  # noqa: F401 - read by Django from this module
    AWS_STORAGE_BUCKET_NAME,
    FILE_UPLOAD_DIRECTORY_PERMISSIONS,
    FILE_UPLOAD_PERMISSIONS,
    MEDIA_ROOT,
    STORAGES,
)

# Lets admin and model classes be subscripted at runtime, as the type checker wants them.
django_stubs_ext.monkeypatch()

# --- Core -----------------------------------------------------------------------------------------------
# DJANGO_ENV=production (cvscoring.env) turns on the start-up refusals below; everything else is development.
DEBUG = env_bool("DEBUG", not PRODUCTION)
SECRET_KEY = env_str("SECRET_KEY", DEFAULT_SECRET_KEY)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "" if PRODUCTION else "localhost,127.0.0.1,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

if PRODUCTION:
    if DEBUG:
        raise ImproperlyConfigured("DEBUG must be off when DJANGO_ENV=production.")
    if is_weak_secret(SECRET_KEY):
        raise ImproperlyConfigured(
            "Set SECRET_KEY to a random value of at least 50 characters, not a placeholder from this "
            "repository (e.g. python -c 'import secrets; print(secrets.token_urlsafe(50))')."
        )
    if not ALLOWED_HOSTS or "*" in ALLOWED_HOSTS:
        raise ImproperlyConfigured("Set ALLOWED_HOSTS to the service's host names ('*' is refused).")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    # SECURE_SSL_REDIRECT=0 only where no client can reach the service but over TLS or loopback (compose).
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 365 * 24 * 3600)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SECURE_CONTENT_TYPE_NOSNIFF = True
# Probes are answered on plain http from inside the host (Docker's HEALTHCHECK, a kubelet): never redirected.
SECURE_REDIRECT_EXEMPT = [r"^healthz/?$", r"^readyz/?$"]
# Trusted only when configured: behind a TLS proxy that sets this header (e.g. X-Forwarded-Proto) and drops
# the client's own; without such a proxy, any client could claim to be on https.
# Given as the header (X-Forwarded-Proto) or as its request.META key (HTTP_X_FORWARDED_PROTO).
PROXY_SSL_HEADER = env_str("SECURE_PROXY_SSL_HEADER").strip().upper().replace("-", "_")
if PROXY_SSL_HEADER:
    SECURE_PROXY_SSL_HEADER = ("HTTP_" + PROXY_SSL_HEADER.removeprefix("HTTP_"), "https")
# HSTS preload (security.W021) is a promise about every host under the domain, made to browser vendors and
# slow to undo: the operator opts in with SECURE_HSTS_PRELOAD=1, so its absence is not a warning here.
SILENCED_SYSTEM_CHECKS = ["security.W021"]

INSTALLED_APPS = [
    # Before the admin, so django-rq's link to its queue dashboard shows on the admin index.
    "django_rq",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    # Counts failed password logins and locks them out (see "Login lockout" below).
    "axes",
    # Checks the Content-Security-Policy settings at start-up.
    "csp",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "cvscoring",
    "personas",
    "candidates",
    "jobs",
    "webhooks",
]

MIDDLEWARE = [
    # First: liveness/readiness probes answer before the host check and without sessions or auth.
    "cvscoring.health.HealthCheckMiddleware",
    # Before anything reads a body: one cut off short (Content-Length, multipart end) is refused whole.
    "api.completebody.CompleteBodyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy on every response (policy below; per-page exceptions in cvscoring/csp.py).
    "cvscoring.csp.ContentSecurityPolicyMiddleware",
    # Serves collected static files (the admin, API docs) under gunicorn, with far-future caching.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes requires: turns a locked-out login into its 429 page.
    "axes.middleware.AxesMiddleware",
]

# django-axes' backend first: it refuses a locked-out login before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "cvscoring.urls"
WSGI_APPLICATION = "cvscoring.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                # {{ CSP_NONCE }}: the nonce an inline <script> or <style> must carry.
                "csp.context_processors.nonce",
            ],
        },
    },
]

# SQLite (the run command's default) is shared by web, workers and threads: see cvscoring.database.
DATABASES = {
    "default": database_from_url(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
        sqlite_timeout_s=env_float("SQLITE_TIMEOUT_S", 30.0),
    )
}

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# Outside production whitenoise serves straight from the apps' static folders: no collectstatic needed.
WHITENOISE_AUTOREFRESH = not PRODUCTION
WHITENOISE_USE_FINDERS = not PRODUCTION
STATICFILES_DIRS = [BASE_DIR / "static"]
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/"

# --- Logging: ids only, never CV text or names ---------------------------------------------------------
# LOG_FORMAT=json: one JSON object per line. Either way, each line names the job being run ("-" outside one).
LOG_FORMAT = env_str("LOG_FORMAT", "plain")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"job": {"()": "joblog.context.JobContextFilter"}},
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s job=%(job_id)s %(message)s"},
        "json": {"()": "joblog.context.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json" if LOG_FORMAT == "json" else "plain",
            "filters": ["job"],
        }
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # anthropic logs request bodies (CV text) at DEBUG: never let it below INFO.
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "httpx": {"level": "WARNING"},
        "httpx2": {"level": "WARNING"},
        "anthropic": {"level": "WARNING"},
    },
}
