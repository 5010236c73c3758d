# Doorstroommonitor Noord-Veluwe: one app instance. Several instances share one PostgreSQL
# (compose.yaml); see docs/deploy.md for the reverse proxy (websockets, upload size, sticky sessions).
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# A TrueType font with € and − for the PDF handout (fpdf2's built-in fonts are Latin-1 only); the
# chart images (vl-convert) use it too. The slim image has no fonts at all.
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-liberation \
    && rm -rf /var/lib/apt/lists/*

# Dependencies first, so a code change does not reinstall them (all wheels, incl. libpq in psycopg[binary]).
COPY requirements.txt ./
RUN pip install -r requirements.txt

COPY app.py alembic.ini ./
COPY .streamlit/ .streamlit/
COPY pages/ pages/
COPY ui/ ui/
COPY reporting/ reporting/
COPY handouts/ handouts/
COPY domain/ domain/
COPY data_access/ data_access/
COPY migrations/ migrations/
COPY sample_data/ sample_data/

# Never run as root; data/ only matters for the embedded SQLite fallback (no DATABASE_URL).
RUN useradd --create-home --uid 10001 monitor && mkdir -p /app/data && chown monitor /app/data
USER monitor

EXPOSE 8501
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=2).status != 200)"]

# DATABASE_URL (postgresql://user:password@host:5432/db) selects the shared database.
# Secure by default: it listens on every address, so until an account exists (or single sign-on is
# configured) the app shows only a Dutch set-up page saying how to create the first administrator:
#   docker compose -p doorstroommonitor run --rm migrate python -m data_access users add secretaris --role beheerder
# (tests/e2e/test_sign_in.py starts this CMD's options without accounts and checks exactly that).
# Single sign-on: mount a secrets.toml with an [auth] section at /app/.streamlit/secrets.toml
# (never build it into the image; .dockerignore leaves it out). README.md "Sign-in and roles".
CMD ["python", "-m", "ui.serve", "app.py", \
     "--server.port", "8501", "--server.address", "0.0.0.0", \
     "--server.headless", "true", "--browser.gatherUsageStats", "false", \
     "--server.fileWatcherType", "none"]
