"""Redis: the RQ queues the workers take jobs from, and the cache (throttle counters)."""

from __future__ import annotations

from cvscoring.env import env_int, env_str

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
        "BACKEND": "cvscoring.redis_cache.SharedClientRedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "cvscoring",
        "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
    }
}
