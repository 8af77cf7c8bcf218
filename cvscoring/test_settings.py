"""Test settings: this machine's real PostgreSQL and Redis (or DATABASE_URL / REDIS_URL), fast hashing."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/cvscoring")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/14")
RUN = os.environ.setdefault("CVSCORING_TEST_RUN", str(os.getpid()))
# A queue of its own per run: a worker started by another run on this machine never takes our jobs.
os.environ.setdefault("SCORING_QUEUE", f"scoring-test-{RUN}")
os.environ.setdefault("WEBHOOKS_QUEUE", f"webhooks-test-{RUN}")
if "MEDIA_ROOT" not in os.environ:
    # The run's own media folder, removed when the process that made it exits (the processes a test starts
    # inherit the variable, so they neither make another nor remove this one).
    os.environ["MEDIA_ROOT"] = tempfile.mkdtemp(prefix="cvscoring-test-media-")
    atexit.register(shutil.rmtree, os.environ["MEDIA_ROOT"], ignore_errors=True)
# Tests never reach the real API: the scorer is offline unless a test points it at the local stand-in.
os.environ.pop("ANTHROPIC_API_KEY", None)
os.environ.pop("ANTHROPIC_BASE_URL", None)

from cvscoring import settings_api  # noqa: E402 - after the environment defaults above
from cvscoring.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
REST_FRAMEWORK = {
    **settings_api.REST_FRAMEWORK,
    "DEFAULT_THROTTLE_RATES": {"upload": "10000/min", "status": "10000/min", "personas": "10000/min"},
}
HEARTBEAT_INTERVAL_S = 0.5
# One test database per run, so parallel runs on one machine (developers, helpers) never collide.
DATABASES["default"]["TEST"] = {"NAME": f"test_cvscoring_{RUN}"}  # noqa: F405
# Throttle counters in process memory: an API test needs Redis only when it really enqueues (clean_redis).
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
