"""The product's URLs plus the benchmark's baseline views (selected by bench.settings only)."""

from __future__ import annotations

from django.urls import path

from bench.views import BareAPIView, bare_multipart
from cvscoring.urls import urlpatterns as product_urlpatterns

urlpatterns = [
    path("bench/bare-multipart", bare_multipart, name="bench-bare-multipart"),
    path("bench/bare-api", BareAPIView.as_view(), name="bench-bare-api"),
    *product_urlpatterns,
]
