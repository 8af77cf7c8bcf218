"""Storage: uploaded CVs in a private local folder or S3 (when a bucket is named), and the static files."""

from __future__ import annotations

from pathlib import Path

from cvscoring.env import PRODUCTION, VAR_DIR, env_int, env_str

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
