#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on loopback for the sync server's tests and prints its SQLAlchemy URL.
# Installs Debian's postgresql package first when it is missing (CI runs as root on a fresh machine).
set -euo pipefail
PORT="${CASENOTES_TEST_POSTGRES_PORT:-54329}"
# A server left running by an earlier run on this machine keeps its port: take the next free one.
while (echo >"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do
  PORT=$((PORT + 1))
done
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL is not installed; run: sudo apt-get install postgresql" >&2
    exit 1
  fi
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
DIR="$(mktemp -d /tmp/casenotes-pg-XXXXXX)"
start="$BIN/initdb -D $DIR/data -A trust -U postgres >/dev/null && \
  $BIN/pg_ctl -D $DIR/data -o '-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off' -l $DIR/log -w start >/dev/null"
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$DIR"
  su postgres -s /bin/bash -c "$start" >&2
else
  bash -c "$start" >&2
fi
echo "postgresql+psycopg://postgres@127.0.0.1:$PORT/postgres"
