"""The add-ons' security settings: Content-Security-Policy (django-csp) and login lockout (django-axes).

Django's own security headers and the production refusals stay in cvscoring.settings, which pulls these in.
"""

from __future__ import annotations

from datetime import timedelta

from csp.constants import NONCE, NONE, SELF

from cvscoring.env import env_bool, env_float, env_int, env_list

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
