# The Casenotes sync server (casenotes-server) in a container, for a municipality's own machine; compose.yaml
# runs it beside PostgreSQL, and the README's "Running the sync server" says how. The desktop app is not in it.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /src
# The version number lives in desktop/__init__.py; .dockerignore leaves out the rest of the desktop app.
COPY pyproject.toml README.md ./
COPY desktop/__init__.py desktop/__init__.py
COPY syncserver syncserver
# The project's own dependencies are the desktop's (Qt, SQLCipher); the `server` extra lists everything the
# server imports (tests/server/test_container.py keeps it so). Install that extra, then the project alone.
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['optional-dependencies']['server']))" > /tmp/server-requirements.txt \
 && pip install -r /tmp/server-requirements.txt \
 && pip install --no-deps . \
 && rm -rf /src /tmp/server-requirements.txt

RUN useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin casenotes \
 && install -d -o casenotes -g casenotes /var/lib/casenotes
USER casenotes
# Without CASENOTES_SERVER_DATABASE_URL the server keeps a SQLite file here (a trial only: use PostgreSQL).
WORKDIR /var/lib/casenotes

EXPOSE 8765
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8765/health', timeout=4)"]
# The database URL comes from the environment (CASENOTES_SERVER_DATABASE_URL), never the command line.
ENTRYPOINT ["casenotes-server"]
CMD ["--host", "0.0.0.0", "--port", "8765", "--workers", "4"]
