"""django-csp's middleware, with the few exceptions third-party staff pages need, each named with its reason.

The policy itself is CONTENT_SECURITY_POLICY in settings: same origin, and inline code only with the nonce.
"""

from __future__ import annotations

from csp.constants import SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts
from django.http import HttpRequest, HttpResponseBase
from rest_framework.renderers import BrowsableAPIRenderer

# Longest prefix first. Only staff reach these pages, and none shows CV content unescaped.
INLINE_ALLOWED: tuple[tuple[str, dict[str, list[str]]], ...] = (
    # django-rq's dashboard templates carry inline <script> and <style> on every page.
    ("/admin/rq/", {"script-src": [SELF, UNSAFE_INLINE], "style-src": [SELF, UNSAFE_INLINE]}),
    # Django's change lists add an inline <style> and our admin draws progress bars with style attributes.
    ("/admin/", {"style-src": [SELF, UNSAFE_INLINE]}),
    # ReDoc's bundle injects its generated <style> elements at run time, without a nonce.
    ("/api/schema/redoc/", {"style-src": [SELF, UNSAFE_INLINE], "worker-src": [SELF, "blob:"]}),
)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """Send CONTENT_SECURITY_POLICY on every response, relaxed only where INLINE_ALLOWED says why."""

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        path = request.path_info
        relaxed = next((rules for prefix, rules in INLINE_ALLOWED if path.startswith(prefix)), None)
        if isinstance(getattr(response, "accepted_renderer", None), BrowsableAPIRenderer):
            # DRF's browsable API (development only: production renders JSON alone) uses inline handlers.
            relaxed = {"script-src": [SELF, UNSAFE_INLINE], "style-src": [SELF, UNSAFE_INLINE]}
        if relaxed is not None and parts.replace is None:
            parts.replace = relaxed
        return parts
