"""Settings for cvscoring, all from the environment (see .env.example), with working local defaults."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import django_stubs_ext
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from cvscoring.database import database_from_url

# Lets admin and model classes be subscripted at runtime, as the type checker wants them.
django_stubs_ext.monkeypatch()

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("CVSCORING_VAR_DIR", BASE_DIR / "var"))

DEFAULT_SECRET_KEY = "insecure-local-development-key-change-me"
# Words in the placeholder keys this repository ships (settings, .env.example, docker-compose.yml,
# Dockerfile): a key containing one was copied from here, so it is public.
PLACEHOLDER_SECRET_WORDS = ("insecure", "change-me", "not-a-secret", "collectstatic", "example")


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value not in (None, "") else default


def env_float(name: str, default: float) -> float:
    value = os.environ.get(name)
    return float(value) if value not in (None, "") else default


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def is_weak_secret(key: str) -> bool:
    """Tell whether a key is one Django's deploy check flags (short, repetitive) or a placeholder of ours."""
    lowered = key.lower()
    placeholder = any(word in lowered for word in PLACEHOLDER_SECRET_WORDS)
    return len(key) < 50 or len(set(key)) < 5 or lowered.startswith("django-insecure-") or placeholder


# --- Core -----------------------------------------------------------------------------------------------
# DJANGO_ENV=production turns on the start-up refusals below; everything else is development.
DJANGO_ENV = env_str("DJANGO_ENV", "development")
PRODUCTION = DJANGO_ENV == "production"
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

# --- Content-Security-Policy (django-csp) ------------------------------------------------------------------
# Everything from our own origin, nothing inline unless it carries the response's nonce (the Swagger UI page
# does), no plugins, no framing, forms posting only to us.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    }
}

# --- Login lockout (django-axes) on every password form: /accounts/login/, /admin/login/, /api-auth/login/
# After AXES_FAILURE_LIMIT wrong passwords from one address, or for one username, logins from it (or to it)
# are refused with 429 for AXES_COOLOFF_MINUTES; any attempt meanwhile restarts the wait. Token-authenticated
# API calls never reach it. Unlock early with `manage.py axes_reset` or in the admin.
AXES_ENABLED = env_bool("AXES_ENABLED", True)
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_float("AXES_COOLOFF_MINUTES", 15.0))
# Comma-separated; "a+b" locks the combination only (e.g. "username+ip_address").
AXES_LOCKOUT_PARAMETERS: list[str | list[str]] = [
    item.split("+") if "+" in item else item
    for item in env_list("AXES_LOCKOUT_PARAMETERS", "ip_address,username")
]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "cvscoring.lockout.lockout_response"
AXES_CLIENT_IP_CALLABLE = "cvscoring.lockout.client_ip"
# Reverse proxies in front of the service that append to X-Forwarded-For (0: use the connection's address).
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

# --- Storage: a private local folder by default, S3 when a bucket is named -----------------------------
# MEDIA_URL is deliberately not routed: CV files are served only through an owner-checked view.
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
# CVs are personal data: readable by the service's user and group only, whatever the process umask.
FILE_UPLOAD_PERMISSIONS = 0o640
FILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o750
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME")


def s3_storage(bucket_name: str) -> dict[str, object]:
    """The S3 storage of a bucket, from the AWS_* variables (boto3 finds the credentials itself)."""
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": bucket_name,
            # Any S3-compatible store (MinIO, moto in the tests); AWS itself when empty.
            "endpoint_url": env_str("AWS_S3_ENDPOINT_URL") or None,
            "region_name": env_str("AWS_S3_REGION_NAME") or None,
            "default_acl": None,
            "file_overwrite": False,
            "querystring_auth": True,
            "querystring_expire": env_int("AWS_QUERYSTRING_EXPIRE", 300),
            # Signature V4 for the signed download URLs: the only one newer AWS regions accept.
            "signature_version": env_str("AWS_S3_SIGNATURE_VERSION", "s3v4"),
            "location": env_str("AWS_LOCATION", "cvs"),
        },
    }


if AWS_STORAGE_BUCKET_NAME:
    default_storage = s3_storage(AWS_STORAGE_BUCKET_NAME)
else:
    default_storage = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
STORAGES = {
    "default": default_storage,
    # Hashed, compressed names need `collectstatic` first: the image runs it; development and tests do not.
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# --- Redis, queue and cache ----------------------------------------------------------------------------
REDIS_URL = env_str("REDIS_URL", "redis://127.0.0.1:6379/0")
SCORING_QUEUE = env_str("SCORING_QUEUE", "scoring")
# Webhook deliveries run on their own queue; retries are scheduled, so a worker must run --with-scheduler.
WEBHOOKS_QUEUE = env_str("WEBHOOKS_QUEUE", "webhooks")
RQ_QUEUES = {
    SCORING_QUEUE: {"URL": REDIS_URL, "DEFAULT_TIMEOUT": env_int("JOB_TIMEOUT_S", 1800)},
    "default": {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 600},
    WEBHOOKS_QUEUE: {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 120},
}
# We enqueue from transaction.on_commit ourselves, so the enqueue error can be handled there.
RQ = {"WORKER_CLASS": "cvscoring.worker.ScoringWorker", "COMMIT_MODE": "auto"}
RQ_SHOW_ADMIN_LINK = True

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "cvscoring",
        "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
    }
}

# --- API -----------------------------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
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

# --- Uploads and parsing -------------------------------------------------------------------------------
MAX_BATCH_FILES = env_int("MAX_BATCH_FILES", 50)
MAX_CV_BYTES = env_int("MAX_CV_BYTES", 10 * 1024 * 1024)
# Django counts files itself; leave it room so our own check answers with a clear error code first.
DATA_UPLOAD_MAX_NUMBER_FILES = MAX_BATCH_FILES + 50
# Django's default, stated: past it the body is refused as `too_many_fields` (api.handler), never parsed.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1000
FILE_UPLOAD_HANDLERS = ["candidates.uploads.CappedUploadHandler"]
PARSE_TIMEOUT_S = env_float("PARSE_TIMEOUT_S", 30.0)
PARSE_MEMORY_MB = env_int("PARSE_MEMORY_MB", 1024)
PARSE_MAX_PAGES = env_int("PARSE_MAX_PAGES", 30)
# CVs parsed at once per job, ahead of the LLM calls; parsing is CPU-bound, so about one per core.
PARSE_CONCURRENCY = env_int("PARSE_CONCURRENCY", os.cpu_count() or 1)
# Candidates whose newest CV is older than this many days are erased (0: keep), by the scoring workers
# once every PURGE_INTERVAL_S (cvscoring.retention), or by `manage.py purge_cvs` from cron.
CV_RETENTION_DAYS = env_int("CV_RETENTION_DAYS", 0)
PURGE_INTERVAL_S = env_int("PURGE_INTERVAL_S", 24 * 3600)
# Called with `candidate_id=` inside an erasure, before its rows go: each app removes what it holds.
CANDIDATE_ERASURE_HOOKS = ["jobs.erasure.forget_candidate"]

# --- Scoring -------------------------------------------------------------------------------------------
ANTHROPIC_API_KEY = env_str("ANTHROPIC_API_KEY")
ANTHROPIC_BASE_URL = env_str("ANTHROPIC_BASE_URL") or None
SCORING_MODEL = env_str("SCORING_MODEL", "claude-haiku-4-5")
SCORING_CONCURRENCY = env_int("SCORING_CONCURRENCY", 8)
LLM_TIMEOUT_S = env_float("LLM_TIMEOUT_S", 60.0)
LLM_MAX_RETRIES = env_int("LLM_MAX_RETRIES", 2)
LLM_CV_DEADLINE_S = env_float("LLM_CV_DEADLINE_S", 300.0)
LLM_REQUESTS_PER_MINUTE = env_int("LLM_REQUESTS_PER_MINUTE", 0)  # 0: no shared budget
LLM_INPUT_TOKENS_PER_MINUTE = env_int("LLM_INPUT_TOKENS_PER_MINUTE", 0)
# Message Batches: a job sending at least this many CVs to the LLM goes through the batch API, at half the
# token price, results within 24 h (0: never). Checks need a worker run --with-scheduler; they back off from
# FIRST to MAX seconds as the batch ages.
LLM_BATCH_MIN_CVS = env_int("LLM_BATCH_MIN_CVS", 0)
# A CV already scored for this user with the same scorer, model, prompt, rubric and redaction versions keeps
# that result in a new upload (marked `reused`) instead of being scored, and paid for, again.
RESULT_REUSE = env_bool("RESULT_REUSE", True)
LLM_BATCH_CHECK_FIRST_S = env_float("LLM_BATCH_CHECK_FIRST_S", 30.0)
LLM_BATCH_CHECK_MAX_S = env_float("LLM_BATCH_CHECK_MAX_S", 300.0)
# An LLM outage (429/529/5xx/timeouts past the per-call retries) parks the job, its CVs pending, and
# resumes it after FIRST to MAX seconds (growing with the outage, never sooner than retry-after); past
# BUDGET seconds of outage the waiting CVs fail llm_unavailable (retryable). BUDGET 0: no waiting at all.
LLM_OUTAGE_BUDGET_S = env_float("LLM_OUTAGE_BUDGET_S", 900.0)
LLM_OUTAGE_FIRST_WAIT_S = env_float("LLM_OUTAGE_FIRST_WAIT_S", 5.0)
LLM_OUTAGE_MAX_WAIT_S = env_float("LLM_OUTAGE_MAX_WAIT_S", 60.0)

# --- Jobs and recovery ---------------------------------------------------------------------------------
JOB_TIMEOUT_S = env_int("JOB_TIMEOUT_S", 1800)
# The status endpoint lists at most this many scores unless ?scores_limit= asks (up to 500);
# result.scores_page says how many there are. Above MAX_BATCH_FILES, so one upload's job is listed whole.
STATUS_SCORES_PAGE_SIZE = env_int("STATUS_SCORES_PAGE_SIZE", 200)
JOB_MAX_ATTEMPTS = env_int("JOB_MAX_ATTEMPTS", 3)
HEARTBEAT_INTERVAL_S = env_float("HEARTBEAT_INTERVAL_S", 10.0)
HEARTBEAT_STALE_S = env_float("HEARTBEAT_STALE_S", 60.0)
# A user's CVs waiting or being scored at once (0: no cap); past it uploads, retries and rescores get 429.
MAX_QUEUED_CVS_PER_USER = env_int("MAX_QUEUED_CVS_PER_USER", 500)
QUEUED_WORK_RETRY_AFTER_S = env_int("QUEUED_WORK_RETRY_AFTER_S", 60)

SWEEP_INTERVAL_S = env_int("SWEEP_INTERVAL_S", 30)
QUEUED_STALE_S = env_float("QUEUED_STALE_S", 60.0)
# A lost database connection inside an attempt is reconnected and the write retried for up to this long
# (a failover, a pooler restart) before the attempt gives up.
DB_RETRY_BUDGET_S = env_float("DB_RETRY_BUDGET_S", 60.0)

# --- Webhooks ------------------------------------------------------------------------------------------
# Only for local receivers (tests, docker-compose): allows URLs that resolve to private/loopback addresses.
WEBHOOK_ALLOW_PRIVATE = env_bool("WEBHOOK_ALLOW_PRIVATE", False)
WEBHOOK_TIMEOUT_S = env_float("WEBHOOK_TIMEOUT_S", 10.0)
# Wait before attempt 2, 3, ...: 7 attempts over about 8.5 hours by default.
WEBHOOK_RETRY_DELAYS_S = [
    int(delay) for delay in env_list("WEBHOOK_RETRY_DELAYS_S", "10,60,300,1800,7200,21600")
]
# Builds the delivered body (the job status document) from a job id; settings wire jobs into webhooks.
WEBHOOK_PAYLOAD_BUILDER = "jobs.serializers.job_status_document"

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
