#!/usr/bin/env bash
# Import / export / change-feed benchmark on PostgreSQL. One command, from the repository root:
#
#   bench/import.sh            # 1,000,000 rows (ROWS=100000 bench/import.sh for a quick run)
#
# Builds the PostgreSQL flavour, creates the database $BENCH_DB on 127.0.0.1:5432 (user postgres, dropped first),
# generates a synthetic gazetteer and ROWS figures (bench/GenerateImport.java, deterministic), then:
#   1. starts the service with -Xmx512m, loads the gazetteer and four sources through the API, and times
#      POST /api/v1/imports?format=csv with the whole file (rows/s, peak RSS);
#   2. restarts the service with -Xmx256m and times GET /api/v1/exports/figures?format=csv (time, size, peak RSS);
#   3. pages the whole change feed, limit=1000 (bench/PageFeed.java): first pages vs deep pages.
# Talks to 127.0.0.1 only, stops the service it started (also on failure or timeout), and drops its database at the
# end unless BENCH_KEEP_DB=1. Every step is bounded with timeout.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${ROWS:-1000000}
PORT=${BENCH_PORT:-8461}
BENCH_DB=${BENCH_DB:-humstats_ingest_bench}
WORK=${BENCH_WORK:-target/bench}
KEY=bench-admin-key-not-secret-0123456789
BASE=http://127.0.0.1:$PORT
PSQL=(psql -q -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1)
SERVICE_PID=

stop_service() {
  if [[ -n "$SERVICE_PID" ]] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true
  fi
  SERVICE_PID=
}
cleanup() {
  stop_service
  if [[ "${BENCH_KEEP_DB:-0}" != 1 ]]; then "${PSQL[@]}" -c "drop database if exists $BENCH_DB" || true; fi
}
trap cleanup EXIT

# Peak resident memory (VmHWM) of the service, in MiB.
peak_rss() { awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$SERVICE_PID/status"; }

start_service() {  # $1: heap limit
  HUMSTATS_DB_URL="jdbc:postgresql://127.0.0.1:5432/$BENCH_DB?reWriteBatchedInserts=true" HUMSTATS_DB_USER=postgres \
    HUMSTATS_DB_PASSWORD= HUMSTATS_ADMIN_KEY=$KEY QUARKUS_HTTP_PORT=$PORT QUARKUS_HTTP_HOST=127.0.0.1 \
    QUARKUS_HTTP_ACCESS_LOG_ENABLED=false HUMSTATS_RATE_LIMIT_ENABLED=false \
    java "-Xmx$1" -jar "$WORK/app/quarkus-run.jar" >"$WORK/service-$1.log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 120); do
    if curl -sf "$BASE/q/health/ready" >/dev/null; then return; fi
    kill -0 "$SERVICE_PID" 2>/dev/null || { cat "$WORK/service-$1.log"; exit 1; }
    sleep 1
  done
  echo "service did not start" >&2; exit 1
}

post() {  # $1 path, $2 content type, $3 body file
  curl -sS -f -X POST "$BASE$1" -H "Authorization: Bearer $KEY" -H "Content-Type: $2" --data-binary "@$3"
}

mkdir -p "$WORK"
echo "== build (PostgreSQL flavour)"
timeout 600 ./mvnw -q package -DskipTests -Ppostgresql
# Run a copy, so that a later build in target/ (e.g. the H2 test suite) cannot change the service under test.
rm -rf "$WORK/app" && cp -r target/quarkus-app "$WORK/app"
echo "== data: $ROWS rows"
timeout 300 java bench/GenerateImport.java "$WORK" "$ROWS"
ls -l "$WORK/figures.csv" | awk '{printf "figures.csv: %.1f MiB\n", $5 / 1048576}'
"${PSQL[@]}" -c "drop database if exists $BENCH_DB" -c "create database $BENCH_DB"

echo "== import (-Xmx512m)"
start_service 512m
post /api/v1/locations/imports text/csv "$WORK/gazetteer.csv" >/dev/null
for s in bench-un bench-ngo bench-gov bench-media; do
  printf '{"id":"%s","name":"Benchmark source %s","type":"other"}' "$s" "$s" >"$WORK/source.json"
  post /api/v1/sources application/json "$WORK/source.json" >/dev/null
done
t0=$(date +%s.%N)
timeout 1800 curl -sS -f -X POST "$BASE/api/v1/imports?format=csv" -H "Authorization: Bearer $KEY" \
  -H "Content-Type: text/csv" --data-binary "@$WORK/figures.csv" -o "$WORK/import-answer.json"
t1=$(date +%s.%N)
echo "answer: $(cat "$WORK/import-answer.json")"
awk -v r="$ROWS" -v a="$t0" -v b="$t1" 'BEGIN {printf "import: %d rows in %.1f s = %.0f rows/s\n", r, b - a, r / (b - a)}'
echo "import: peak RSS $(peak_rss) MiB"
t0=$(date +%s.%N)
timeout 1800 curl -sS -f -X POST "$BASE/api/v1/imports?format=csv" -H "Authorization: Bearer $KEY" \
  -H "Content-Type: text/csv" --data-binary "@$WORK/figures.csv" -o "$WORK/reimport-answer.json"
t1=$(date +%s.%N)
echo "re-import answer: $(cat "$WORK/reimport-answer.json")"
awk -v r="$ROWS" -v a="$t0" -v b="$t1" 'BEGIN {printf "re-import (all unchanged): %.1f s = %.0f rows/s\n", b - a, r / (b - a)}'
stop_service

echo "== export (-Xmx256m)"
start_service 256m
t0=$(date +%s.%N)
timeout 1800 curl -sS -f "$BASE/api/v1/exports/figures?format=csv&status=all" -o "$WORK/export.csv"
t1=$(date +%s.%N)
lines=$(($(wc -l <"$WORK/export.csv") - 1))
awk -v n="$lines" -v s="$(stat -c %s "$WORK/export.csv")" -v a="$t0" -v b="$t1" \
  'BEGIN {printf "export csv: %d figures, %.1f MiB in %.1f s = %.0f figures/s\n", n, s / 1048576, b - a, n / (b - a)}'
echo "export: peak RSS $(peak_rss) MiB"
t0=$(date +%s.%N)
timeout 1800 curl -sS -f "$BASE/api/v1/exports/figures?format=ndjson&status=all" -o "$WORK/export.ndjson"
t1=$(date +%s.%N)
awk -v s="$(stat -c %s "$WORK/export.ndjson")" -v a="$t0" -v b="$t1" 'BEGIN {printf "export ndjson: %.1f MiB in %.1f s\n", s / 1048576, b - a}'
echo "export: peak RSS after both $(peak_rss) MiB"

echo "== change feed (limit=1000)"
timeout 1800 java bench/PageFeed.java "$BASE"
echo "feed: peak RSS $(peak_rss) MiB"
stop_service
echo "== done on $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo) RAM, $(psql -h 127.0.0.1 -U postgres -d postgres -Atc 'show server_version')"
