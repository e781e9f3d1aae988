#!/usr/bin/env bash
# Ingest benchmark: starts the server jar twice on fresh H2 databases, first with profile
# enforcement on, then off (tyokyky.validation.enabled=false), runs the same load against each
# (fi.tyokyky.server.load.IngestLoad) and prints both results, their ratio and the server's
# resident memory after the load.
#
#   fhir-server/load/run-load.sh [BUNDLES] [THREADS] [WARMUP]      (defaults: 200 2 150)
#
# Environment: PORT (default 18090), SERVER_JAVA_OPTS (default -Xmx1g),
# SKIP_BUILD=1 to use the jar and test classes already built.
set -euo pipefail

BUNDLES=${1:-200}
THREADS=${2:-2}
WARMUP=${3:-150}
PORT=${PORT:-18090}
SERVER_JAVA_OPTS=${SERVER_JAVA_OPTS:--Xmx1g}

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "Building the server jar and the load classes..."
  ./mvnw -B -q -o -pl fhir-server package -DskipTests
fi
JAR=$(ls fhir-server/target/tyokyky-fhir-server-*-exec.jar | head -1)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tyokyky-load.XXXXXX")
SERVER_PID=""

stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
}
trap stop_server EXIT

# run_mode NAME ENFORCEMENT: starts a server, loads it, leaves RESULT and rss in $WORK/NAME.*
run_mode() {
  local name=$1 enforcement=$2 dir="$WORK/$1"
  mkdir -p "$dir"
  echo "== $name: starting the server (tyokyky.validation.enabled=$enforcement, data in $dir)"
  local started=$(date +%s%N)
  # shellcheck disable=SC2086
  java $SERVER_JAVA_OPTS -jar "$JAR" --server.port="$PORT" \
      --spring.datasource.url="jdbc:h2:file:$dir/tyokyky" \
      --tyokyky.validation.enabled="$enforcement" > "$dir/server.log" 2>&1 &
  SERVER_PID=$!
  until curl -sf "http://localhost:$PORT/actuator/health" > /dev/null; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      echo "The server stopped; see $dir/server.log" >&2
      exit 1
    fi
    sleep 0.2
  done
  local ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
  echo "   ready after ${ready_ms} ms"
  ./mvnw -B -q -o -pl fhir-server exec:java@load \
      -Dload.args="--url http://localhost:$PORT/fhir --bundles $BUNDLES --threads $THREADS --warmup $WARMUP --label $name" \
      | tee "$dir/load.out"
  local rss_kb
  rss_kb=$(ps -o rss= -p "$SERVER_PID" | tr -d ' ')
  echo "   server RSS after the load: $((rss_kb / 1024)) MB"
  echo "$ready_ms" > "$WORK/$name.ready"
  echo "$rss_kb" > "$WORK/$name.rss"
  grep '^RESULT' "$dir/load.out" > "$WORK/$name.result"
  stop_server
}

value() { # value FILE KEY
  tr ' ' '\n' < "$1" | sed -n "s/^$2=//p"
}

run_mode enforced true
run_mode unenforced false

echo
echo "== Summary ($BUNDLES bundles, $THREADS client threads, $WARMUP warm-up bundles not counted)"
printf '%-11s %10s %12s %14s %9s %9s %7s %10s %9s\n' mode bundles/s resources/s res/bundle p50_ms p95_ms errors ready_ms rss_MB
for name in enforced unenforced; do
  f="$WORK/$name.result"
  printf '%-11s %10s %12s %14s %9s %9s %7s %10s %9s\n' "$name" "$(value "$f" bundles_per_s)" \
      "$(value "$f" resources_per_s)" "$(value "$f" resources_per_bundle)" "$(value "$f" p50_ms)" \
      "$(value "$f" p95_ms)" "$(value "$f" errors)" "$(cat "$WORK/$name.ready")" \
      "$(( $(cat "$WORK/$name.rss") / 1024 ))"
done
awk -v on="$(value "$WORK/enforced.result" bundles_per_s)" -v off="$(value "$WORK/unenforced.result" bundles_per_s)" \
    'BEGIN { printf "validated / unvalidated ingest: %.1f %%\n", 100 * on / off }'
echo "(server logs and load output under $WORK)"
