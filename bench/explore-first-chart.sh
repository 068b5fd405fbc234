#!/usr/bin/env bash
# The explorer's first chart for a country at 1M figures, measured in a real browser (headless Chromium) against the
# PostgreSQL build: milliseconds from navigation start to the first drawn chart, as the page itself marks it.
#
#   bench/explore-first-chart.sh     (from the repository root; needs what bench/run.sh needs, plus Debian's chromium
#                                     and chromium-driver)
#
# Settings (environment): BENCH_DIR (/tmp/humstats-explore-bench), BENCH_DB (humstats_bench_explore, dropped and
# re-created by bench/run.sh), BENCH_PORT (8422), COUNTRY (XAA, the largest crisis), METRIC (displaced), RUNS (5,
# after one warm-up), LOAD (1: generate and load 1M figures through bench/run.sh with PARTS=postgresql; 0: reuse the
# database of an earlier run), FIGURES and SEED as in bench/run.sh. LOAD=1 runs bench/run.sh, which needs wrk.
# NICE (0): niceness of the service and the browser; on a machine shared with other builds, NICE=-10 (as root) gives
# them the CPU first, which measures the page rather than the neighbours (the result line says which was used).
set -euo pipefail
cd "$(dirname "$0")/.."

export BENCH_DIR=${BENCH_DIR:-/tmp/humstats-explore-bench}
export BENCH_DB=${BENCH_DB:-humstats_bench_explore}
export BENCH_PORT=${BENCH_PORT:-8422}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
COUNTRY=${COUNTRY:-XAA}
METRIC=${METRIC:-displaced}
RUNS=${RUNS:-5}
NICE=${NICE:-0}
BASE=http://127.0.0.1:$BENCH_PORT
URL="$BASE/explore?metric=$METRIC&location=$COUNTRY"

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

if [ "${LOAD:-1}" = 1 ]; then
  log "generating and loading the data set into $BENCH_DB (bench/run.sh, PARTS=postgresql, short wrk runs)"
  PARTS=postgresql DURATION=${DURATION:-5} bench/run.sh
fi
psql -d "$BENCH_DB" -Atc "select count(*) from figure" >/dev/null 2>&1 \
  || { echo "database $BENCH_DB is not loaded: run with LOAD=1 first" >&2; exit 1; }
log "building the PostgreSQL flavour of this checkout"
timeout 600 ./mvnw -q package -DskipTests -Ppostgresql
APP=$BENCH_DIR/app-explore
rm -rf "$APP" && cp -r target/quarkus-app "$APP"
timeout 600 ./mvnw -B -ntp -q test-compile # the measuring class, compiled before anything is measured

SERVICE_PID=
stop_service() {
  if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID"
    timeout 30 tail --pid="$SERVICE_PID" -f /dev/null || kill -9 "$SERVICE_PID"
  fi
}
trap stop_service EXIT

log "starting the PostgreSQL build on $BASE (-Xmx512m, seed off)"
env HUMSTATS_SEED_ENABLED=false HUMSTATS_ADMIN_KEY=bench-admin-key-not-secret QUARKUS_HTTP_HOST=127.0.0.1 \
  QUARKUS_HTTP_PORT=$BENCH_PORT QUARKUS_HTTP_ACCESS_LOG_ENABLED=false \
  HUMSTATS_DB_URL=jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB HUMSTATS_DB_USER=$PGUSER HUMSTATS_DB_PASSWORD= \
  nice -n "$NICE" java -Xmx512m -jar "$APP/quarkus-run.jar" >"$BENCH_DIR/service-explore.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 180); do
  curl -sf "$BASE/q/health/ready" >/dev/null && break
  kill -0 "$SERVICE_PID" 2>/dev/null || { tail -20 "$BENCH_DIR/service-explore.log"; exit 1; }
  sleep 1
done

log "measuring $URL in headless Chromium, $RUNS runs after one warm-up, each in a fresh browser (load average $(cut -d" " -f1-3 /proc/loadavg))"
timeout 900 nice -n "$NICE" ./mvnw -B -ntp -q -o test -Dtest=FirstChartBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dexplore.bench.url="$URL" -Dexplore.bench.runs="$RUNS" -Dexplore.bench.out="$BENCH_DIR/first-chart.txt" \
  | grep -E '^(run |first chart)' | tee "$BENCH_DIR/first-chart-runs.txt" || true
echo "niceness $NICE; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); nproc $(nproc)" >>"$BENCH_DIR/first-chart.txt"
cat "$BENCH_DIR/first-chart.txt"
