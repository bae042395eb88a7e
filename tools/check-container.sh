#!/usr/bin/env bash
# Builds the sync server's container image and runs compose.yaml once: PostgreSQL healthy, the server's
# /health answering from inside its container. Skips (exit 0, with the reason) when this machine has no
# Docker daemon or cannot pull the base images (CI reaches only the package registries): a missing Docker
# is no fault of the code. A build or a start that fails where Docker works is one, and exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."

skip() {
  echo "check-container: skipped: $*" >&2
  exit 0
}

command -v docker >/dev/null 2>&1 || skip "docker is not installed"
docker info >/dev/null 2>&1 || skip "no Docker daemon answers (docker info failed)"
for image in python:3.11-slim postgres:17; do
  docker image inspect "$image" >/dev/null 2>&1 || docker pull -q "$image" >/dev/null 2>&1 ||
    skip "cannot pull $image (no access to Docker Hub?)"
done

tag="casenotes-server:check"
docker build -q -t "$tag" . >/dev/null
docker run --rm "$tag" --help | grep -q -- "--workers"
echo "check-container: image $tag built; casenotes-server --help runs in it" >&2

docker compose version >/dev/null 2>&1 || skip "docker compose is not installed (the image was built)"
project="casenotes-check-$$"
workdir="$(mktemp -d)"
# A password of letters and digits only: it goes into a URL.
printf 'POSTGRES_PASSWORD=%s\n' "$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')" >"$workdir/.env"
compose=(docker compose --project-name "$project" --env-file "$workdir/.env" -f compose.yaml)
cleanup() {
  "${compose[@]}" down --volumes --remove-orphans >/dev/null 2>&1 || true
  rm -rf "$workdir"
}
trap cleanup EXIT
"${compose[@]}" up --detach --wait --wait-timeout 120 db >/dev/null
# `run`, not `up`: it publishes no port (another server on this machine may hold 8765); ask inside.
"${compose[@]}" build -q server >/dev/null
container="$("${compose[@]}" run --detach server)"
for _ in $(seq 60); do
  if docker exec "$container" python -c \
    "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8765/health', timeout=2)" 2>/dev/null; then
    echo "check-container: compose: PostgreSQL healthy, the server answers /health" >&2
    exit 0
  fi
  sleep 2
done
docker logs --tail 50 "$container" >&2 || true
echo "check-container: the server in compose did not answer /health" >&2
exit 1
