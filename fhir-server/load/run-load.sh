#!/usr/bin/env bash
# Ingest benchmark: starts the server jar twice on fresh H2 databases, runs the same load against
# each (fi.tyokyky.server.load.IngestLoad) and prints both results, their ratio and the server's
# resident memory after the load. What the two runs differ in is chosen with COMPARE:
#   enforcement (default): profile enforcement on, then off (tyokyky.validation.enabled=false);
#   audit: profile enforcement on in both, audit on, then off (tyokyky.audit.enabled=false);
#   durability: H2 with WRITE_DELAY=0 (every commit written before the answer, the server's
#               default), then with H2's own default WRITE_DELAY=500 (commits written up to
#               500 ms later); enforcement on in both.
#   security: authentication on (bearer tokens from the embedded issuer, the server's default),
#             then off (tyokyky.security.enabled=false); enforcement on in both.
# Every server keeps its issuer key and demo clients in its own data directory ($WORK/NAME/data),
# where the load client finds the credentials file; with security off there is none and the client
# sends no token.
#
#   fhir-server/load/run-load.sh [BUNDLES] [THREADS] [WARMUP]      (defaults: 200 2 150)
#
# Environment: COMPARE (enforcement, durability, security or audit), PORT (default 18090), READS
# (default 100, read and search requests timed after the load), SERVER_JAVA_OPTS
# (default -Xmx1g), H2_URL_OPTIONS (appended to the H2 URL of every run, e.g. ";CACHE_SIZE=65536"),
# SKIP_BUILD=1 to use the jar and test classes already built, SERVER_JAR to start another server
# jar (e.g. a copy, so that a build running meanwhile cannot rewrite it under the server).
set -euo pipefail

BUNDLES=${1:-200}
THREADS=${2:-2}
WARMUP=${3:-150}
PORT=${PORT:-18090}
READS=${READS:-100}
SERVER_JAVA_OPTS=${SERVER_JAVA_OPTS:--Xmx1g}
COMPARE=${COMPARE:-enforcement}
H2_URL_OPTIONS=${H2_URL_OPTIONS:-}

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "Building the server jar and the load classes..."
  # -am: the server is built with the library and package of this checkout, not with whatever
  # snapshots the local repository holds.
  ./mvnw -B -q -o -pl fhir-server -am package -DskipTests
fi
JAR=${SERVER_JAR:-$(ls fhir-server/target/tyokyky-fhir-server-*-exec.jar | head -1)}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tyokyky-load.XXXXXX")
SERVER_PID=""

# The load client runs from the reactor's own output: it uses the library's test fixtures
# (the fhir-model test-jar), which are not installed in the local repository. Resolving the
# classpath in one reactor invocation with test-compile makes Maven point at the modules'
# target/classes and target/test-classes instead.
echo "Resolving the load client's classpath..."
./mvnw -B -q -o -pl fhir-server -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/client.classpath" -Dspotless.check.skip=true \
    > "$WORK/classpath.log" 2>&1 || { cat "$WORK/classpath.log" >&2; exit 1; }
CLIENT_CLASSPATH="fhir-server/target/test-classes:fhir-server/target/classes:$(cat "$WORK/client.classpath")"

stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
}
trap stop_server EXIT

# run_mode NAME ENFORCEMENT URL_OPTIONS [SERVER_ARGS...]: starts a server on an H2 database whose
# URL ends with URL_OPTIONS, with SERVER_ARGS (e.g. --tyokyky.security.enabled=false), loads it,
# leaves RESULT and rss in $WORK/NAME.*
run_mode() {
  local name=$1 enforcement=$2 url="jdbc:h2:file:$WORK/$1/tyokyky$3$H2_URL_OPTIONS" dir="$WORK/$1"
  shift 3
  mkdir -p "$dir"
  echo "== $name: starting the server (tyokyky.validation.enabled=$enforcement, $url $*)"
  local started=$(date +%s%N)
  # shellcheck disable=SC2086
  java $SERVER_JAVA_OPTS -jar "$JAR" --server.port="$PORT" \
      --spring.datasource.url="$url" \
      --tyokyky.security.data-directory="$dir/data" \
      --tyokyky.validation.enabled="$enforcement" "$@" > "$dir/server.log" 2>&1 &
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
  java -cp "$CLIENT_CLASSPATH" -Dlogback.configurationFile=fhir-server/target/test-classes/logback-test.xml \
      fi.tyokyky.server.load.IngestLoad --url "http://localhost:$PORT/fhir" --bundles "$BUNDLES" \
      --threads "$THREADS" --warmup "$WARMUP" --label "$name" \
      --credentials "$dir/data/demo-clients.json" | tee "$dir/load.out"
  measure_reads "$name"
  local rss_kb
  rss_kb=$(ps -o rss= -p "$SERVER_PID" | tr -d ' ')
  echo "   server RSS after the load: $((rss_kb / 1024)) MB"
  echo "$ready_ms" > "$WORK/$name.ready"
  echo "$rss_kb" > "$WORK/$name.rss"
  grep '^RESULT' "$dir/load.out" > "$WORK/$name.result"
  stop_server
}

# measure_reads NAME: READS sequential reads of one Patient, then READS searches answering 10
# Patients (with audit on: one AuditEvent per read, ten per search); median and p95 in ms into
# $WORK/NAME.reads. Sequential curl calls: the figures include curl's own start-up, the same in
# every run.
measure_reads() {
  local name=$1 base="http://localhost:$PORT/fhir" id kind url token auth=()
  token=$(read_token "$WORK/$name/data/demo-clients.json")
  if [ -n "$token" ]; then auth=(-H "Authorization: Bearer $token"); fi
  id=$(curl -sf "${auth[@]}" "$base/Patient?_count=1&_elements=id" | sed -n 's/.*"resourceType":"Patient","id":"\([^"]*\)".*/\1/p')
  : > "$WORK/$name.reads"
  for kind in read search; do
    if [ "$kind" = read ]; then url="$base/Patient/$id"; else url="$base/Patient?_count=10"; fi
    for _ in $(seq "$READS"); do
      curl -s -o /dev/null -w '%{time_total}\n' "${auth[@]}" "$url"
    done | sort -n | awk -v kind="$kind" '{ t[NR] = $1 * 1000 } END {
        printf "%s_p50_ms=%.1f %s_p95_ms=%.1f ", kind, t[int(NR * 0.5) + 1], kind, t[int(NR * 0.95)] }' \
        >> "$WORK/$name.reads"
  done
  echo "   reads: $(cat "$WORK/$name.reads")"
}

# read_token FILE: an access token of centre A's reader (client_secret_basic) from the demo
# credentials FILE, or nothing when there is no such file (security off). Read once before the
# timed reads: tokens live 5 minutes, longer than READS reads take.
read_token() {
  [ -f "$1" ] || return 0
  local secret
  secret=$(python3 -c 'import json,sys
for c in json.load(open(sys.argv[1]))["clients"]:
    if c["client_id"] == "centre-a-reader": print(c["client_secret"])' "$1")
  curl -sf -u "centre-a-reader:$secret" -d grant_type=client_credentials -d 'scope=system/*.rs' \
      "http://localhost:$PORT/oauth2/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

value() { # value FILE KEY
  tr ' ' '\n' < "$1" | sed -n "s/^$2=//p"
}

case "$COMPARE" in
  enforcement)
    MODES=(enforced unenforced)
    run_mode enforced true ""
    run_mode unenforced false ""
    RATIO_LABEL="validated / unvalidated ingest"
    ;;
  durability)
    MODES=(durable delayed)
    run_mode durable true ";WRITE_DELAY=0"
    run_mode delayed true ";WRITE_DELAY=500"
    RATIO_LABEL="durable (WRITE_DELAY=0) / delayed (WRITE_DELAY=500) ingest"
    ;;
  security)
    MODES=(secured open)
    run_mode secured true "" --tyokyky.security.enabled=true
    run_mode open true "" --tyokyky.security.enabled=false
    RATIO_LABEL="secured / open ingest"
    ;;
  audit)
    MODES=(audited unaudited)
    run_mode audited true "" --tyokyky.audit.enabled=true
    run_mode unaudited true "" --tyokyky.audit.enabled=false
    RATIO_LABEL="audited / unaudited ingest"
    ;;
  *)
    echo "COMPARE must be enforcement, durability, security or audit, not $COMPARE" >&2
    exit 2
    ;;
esac

echo
echo "== Summary ($BUNDLES bundles, $THREADS client threads, $WARMUP warm-up bundles not counted)"
printf '%-11s %10s %12s %14s %9s %9s %7s %10s %9s\n' mode bundles/s resources/s res/bundle p50_ms p95_ms errors ready_ms rss_MB
for name in "${MODES[@]}"; do
  f="$WORK/$name.result"
  printf '%-11s %10s %12s %14s %9s %9s %7s %10s %9s\n' "$name" "$(value "$f" bundles_per_s)" \
      "$(value "$f" resources_per_s)" "$(value "$f" resources_per_bundle)" "$(value "$f" p50_ms)" \
      "$(value "$f" p95_ms)" "$(value "$f" errors)" "$(cat "$WORK/$name.ready")" \
      "$(( $(cat "$WORK/$name.rss") / 1024 ))"
done
for name in "${MODES[@]}"; do echo "$name reads: $(cat "$WORK/$name.reads")"; done
awk -v first="$(value "$WORK/${MODES[0]}.result" bundles_per_s)" -v second="$(value "$WORK/${MODES[1]}.result" bundles_per_s)" \
    -v label="$RATIO_LABEL" 'BEGIN { printf "%s: %.1f %%\n", label, 100 * first / second }'
echo "(server logs and load output under $WORK)"
