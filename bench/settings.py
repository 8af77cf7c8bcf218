"""Settings for the benchmark's own web and worker processes: the product's, plus the bench-only URLconf."""

from __future__ import annotations

import os

from cvscoring.settings import *  # noqa: F403
from cvscoring.settings import CACHES

# The bare baseline views live only in bench.urls; production URLs are untouched.
ROOT_URLCONF = "bench.urls"

# Throttle counters under a prefix of this run, so cleaning up can find (and delete) every key it made.
CACHES = {"default": {**CACHES["default"], "KEY_PREFIX": os.environ.get("BENCH_CACHE_PREFIX", "cvscoring")}}
