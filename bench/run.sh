#!/usr/bin/env bash
# HumStats at 1M figures: generate, load into PostgreSQL and H2, run the service on each with -Xmx512m, measure a
# country-wide aggregate and a 10-year monthly time series with wrk, time the hand-written SQL, record RSS.
#
#   bench/run.sh            (from the repository root; about 10 minutes; needs java 17, psql, wrk and curl)
#
# Settings (environment): BENCH_DIR (work directory, default /tmp/humstats-bench), FIGURES (1000000), SEED (42),
# PGHOST/PGPORT/PGUSER (127.0.0.1/5432/postgres), BENCH_DB (humstats_bench, dropped and re-created),
# DURATION (wrk seconds per run, 20), CONNECTIONS (connections of the throughput run, 4), COUNTRY (XAA, the largest
# crisis), BENCH_PORT (8311), PARTS ("postgresql h2"; e.g. PARTS=h2 to measure one database only),
# H2_LOAD_TIMEOUT (900 s). Latency is measured with one connection (one request at a time, as a dashboard user sees it); throughput
# again with CONNECTIONS connections.
# Everything it starts is stopped on exit; each step is bounded by a timeout.
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH_DIR=${BENCH_DIR:-/tmp/humstats-bench}
FIGURES=${FIGURES:-1000000}
SEED=${SEED:-42}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
BENCH_DB=${BENCH_DB:-humstats_bench}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-4}
COUNTRY=${COUNTRY:-XAA}
PORT=${BENCH_PORT:-8311}
PARTS=${PARTS:-postgresql h2}
BASE=http://127.0.0.1:$PORT
AGGREGATE="/api/v1/aggregates?metric=displaced&location=$COUNTRY&level=1&from=2015-01-01&to=2015-12-31"
SERIES="/api/v1/timeseries?metric=displaced&location=$COUNTRY&from=2010-01-01&to=2019-12-31&interval=month"
RESULTS=$BENCH_DIR/results.md

SERVICE_PID=
stop_service() {
  if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID"
    timeout 30 tail --pid="$SERVICE_PID" -f /dev/null || kill -9 "$SERVICE_PID"
  fi
  SERVICE_PID=
}
trap stop_service EXIT

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

# start_service APP_DIR LOG [ENV=VALUE...]: runs the packaged service, waits until it is ready (at most 3 minutes).
start_service() {
  local app=$1 out=$2
  shift 2
  # A benchmark measures the service, not its rate limits (HUMSTATS_RATE_LIMIT_ENABLED=false).
  env HUMSTATS_SEED_ENABLED=false HUMSTATS_ADMIN_KEY=bench-admin-key-not-secret-0123456789 QUARKUS_HTTP_HOST=127.0.0.1 \
    HUMSTATS_RATE_LIMIT_ENABLED=false \
    QUARKUS_HTTP_PORT=$PORT QUARKUS_HTTP_ACCESS_LOG_ENABLED=false "$@" \
    java -Xmx512m -jar "$app/quarkus-run.jar" >"$out" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 180); do
    if curl -sf "$BASE/q/health/ready" >/dev/null; then return 0; fi
    kill -0 "$SERVICE_PID" 2>/dev/null || { tail -20 "$out"; return 1; }
    sleep 1
  done
  echo "service did not become ready" >&2
  return 1
}

# measure NAME PATH: warm-up, then wrk for DURATION seconds with one connection (latency) and with CONNECTIONS
# (throughput); appends "name|median|p99|req/s at 1|req/s at N" to $BENCH_DIR/wrk.txt.
measure() {
  local name=$1 path=$2
  for _ in $(seq 30); do curl -sf -o /dev/null "$BASE$path"; done
  timeout $((DURATION + 30)) wrk -t1 -c1 -d"${DURATION}s" --timeout 10s --latency "$BASE$path" \
    >"$BENCH_DIR/wrk-$name.txt"
  timeout $((DURATION + 30)) wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency "$BASE$path" \
    >"$BENCH_DIR/wrk-$name-c$CONNECTIONS.txt"
  local median p99 rps rpsn
  median=$(awk '$1 == "50%" {print $2}' "$BENCH_DIR/wrk-$name.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$BENCH_DIR/wrk-$name.txt")
  rps=$(awk '/Requests\/sec/ {print $2}' "$BENCH_DIR/wrk-$name.txt")
  rpsn=$(awk '/Requests\/sec/ {print $2}' "$BENCH_DIR/wrk-$name-c$CONNECTIONS.txt")
  echo "$name|$median|$p99|$rps|$rpsn" >>"$BENCH_DIR/wrk.txt"
  log "$name: median $median, p99 $p99, $rps req/s (one connection), $rpsn req/s ($CONNECTIONS connections)"
}

rss() { # current and peak resident set size of the service, in MB
  awk '/VmRSS/ {r = $2} /VmHWM/ {h = $2} END {printf "%d MB (peak %d MB)", r / 1024, h / 1024}' "/proc/$SERVICE_PID/status"
}

# median of the psql \timing of a script run 5 times (after one warm-up run)
hand_sql() {
  local file=$1 times=()
  for i in 0 1 2 3 4 5; do
    t=$(timeout 120 psql -d "$BENCH_DB" -v country="$COUNTRY" -v ON_ERROR_STOP=1 -c '\timing on' -f "$file" \
        | awk '/^Time:/ {t = $2} END {print t}')
    [ "$i" -gt 0 ] && times+=("$t")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR] = $1} END {printf "%.1f ms", a[int((NR + 1) / 2)]}'
}

mkdir -p "$BENCH_DIR"
# Answers of an earlier run must not stand in for this one's in the comparison below.
rm -f "$BENCH_DIR"/aggregate-*.json "$BENCH_DIR"/timeseries-*.json
rm -f "$BENCH_DIR/wrk.txt"

log "building the PostgreSQL and the H2 flavour"
timeout 600 ./mvnw -q package -DskipTests -Ppostgresql
rm -rf "$BENCH_DIR/app-postgresql" && cp -r target/quarkus-app "$BENCH_DIR/app-postgresql"
timeout 600 ./mvnw -q package -DskipTests
rm -rf "$BENCH_DIR/app-h2" && cp -r target/quarkus-app "$BENCH_DIR/app-h2"

log "generating $FIGURES figures (seed $SEED)"
timeout 300 java bench/GenerateData.java --seed "$SEED" --figures "$FIGURES" --out "$BENCH_DIR/data"

# ------------------------------------------------------------------------------------------------ PostgreSQL
pg_load="not measured"; pg_rss="not measured"; hand_aggregate=""; hand_series=""
if [[ " $PARTS " == *" postgresql "* ]]; then
log "PostgreSQL: fresh database $BENCH_DB, schema by the service's migrations, then \\copy"
psql -d postgres -qc "drop database if exists $BENCH_DB" -c "create database $BENCH_DB"
PG_ENV=(HUMSTATS_DB_URL=jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB HUMSTATS_DB_USER=$PGUSER HUMSTATS_DB_PASSWORD=)
start_service "$BENCH_DIR/app-postgresql" "$BENCH_DIR/service-postgresql.log" "${PG_ENV[@]}"
stop_service
load_start=$(date +%s)
timeout 600 psql -d "$BENCH_DB" -q -v dir="$BENCH_DIR/data" -f bench/load-postgresql.sql
pg_load="$(($(date +%s) - load_start))s"
log "PostgreSQL loaded in $pg_load"
start_service "$BENCH_DIR/app-postgresql" "$BENCH_DIR/service-postgresql.log" "${PG_ENV[@]}"
measure pg-aggregate "$AGGREGATE"
measure pg-timeseries "$SERIES"
pg_rss=$(rss)
curl -sf "$BASE$AGGREGATE" >"$BENCH_DIR/aggregate-postgresql.json"
curl -sf "$BASE$SERIES" >"$BENCH_DIR/timeseries-postgresql.json"
stop_service
log "hand-written SQL"
hand_aggregate=$(hand_sql bench/hand-aggregate.sql)
hand_series=$(hand_sql bench/hand-timeseries.sql)
log "hand SQL: aggregate $hand_aggregate, time series $hand_series"
fi

# ------------------------------------------------------------------------------------------------ H2
h2_load="not measured"; h2_rss="not measured"
if [[ " $PARTS " == *" h2 "* ]]; then
log "H2: fresh file database, schema by the service's migrations, then bench/LoadH2.java"
rm -rf "$BENCH_DIR/h2"
H2_ENV=(HUMSTATS_DATA_DIR=$BENCH_DIR/h2)
start_service "$BENCH_DIR/app-h2" "$BENCH_DIR/service-h2.log" "${H2_ENV[@]}"
stop_service
load_start=$(date +%s)
# H2 is not a target; its load (bench/LoadH2.java, batches committed every 20,000 rows) is bounded by H2_LOAD_TIMEOUT.
# When it does not finish, the H2 rows of the table say so.
if timeout "${H2_LOAD_TIMEOUT:-900}" java -cp "$(ls "$BENCH_DIR"/app-h2/lib/main/com.h2database.h2-*.jar)" \
    bench/LoadH2.java \
    "jdbc:h2:file:$BENCH_DIR/h2/humstats;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    "$BENCH_DIR/data"; then
  h2_load="$(($(date +%s) - load_start))s"
  log "H2 loaded in $h2_load"
  start_service "$BENCH_DIR/app-h2" "$BENCH_DIR/service-h2.log" "${H2_ENV[@]}"
  measure h2-aggregate "$AGGREGATE"
  measure h2-timeseries "$SERIES"
  h2_rss=$(rss)
  curl -sf "$BASE$AGGREGATE" >"$BENCH_DIR/aggregate-h2.json"
  curl -sf "$BASE$SERIES" >"$BENCH_DIR/timeseries-h2.json"
  stop_service
else
  h2_load="not finished after ${H2_LOAD_TIMEOUT:-900}s ($(du -sh "$BENCH_DIR/h2" | cut -f1) on disk)"
  log "H2 load $h2_load"
  echo "h2-aggregate|not loaded|||" >>"$BENCH_DIR/wrk.txt"
  echo "h2-timeseries|not loaded|||" >>"$BENCH_DIR/wrk.txt"
fi
rm -rf "$BENCH_DIR/h2"
fi

same="no (or H2 not loaded)"
if [ ! -f "$BENCH_DIR/aggregate-h2.json" ] || [ ! -f "$BENCH_DIR/aggregate-postgresql.json" ]; then
  same="not compared (one database measured)"
elif cmp -s "$BENCH_DIR/aggregate-postgresql.json" "$BENCH_DIR/aggregate-h2.json" \
  && cmp -s "$BENCH_DIR/timeseries-postgresql.json" "$BENCH_DIR/timeseries-h2.json"; then same=yes; fi

row() { grep "^$1|" "$BENCH_DIR/wrk.txt" | awk -F'|' '{printf "%s | %s | %s | %s", $2, $3, $4, $5}'; }
{
  echo "| database | endpoint | median | p99 | req/s (1 conn.) | req/s ($CONNECTIONS conn.) | hand-written SQL (median of 5) | service RSS |"
  echo "|---|---|---|---|---|---|---|---|"
  echo "| PostgreSQL | aggregate (level=1, one year) | $(row pg-aggregate) | $hand_aggregate | $pg_rss |"
  echo "| PostgreSQL | time series (10 years, monthly) | $(row pg-timeseries) | $hand_series | |"
  echo "| H2 | aggregate (level=1, one year) | $(row h2-aggregate) | | $h2_rss |"
  echo "| H2 | time series (10 years, monthly) | $(row h2-timeseries) | | |"
  echo
  echo "$FIGURES figures (seed $SEED); load: PostgreSQL ${pg_load}, H2 ${h2_load}; wrk ${DURATION}s per run;"
  echo "same answers on PostgreSQL and H2: $same; nproc $(nproc); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
} | tee "$RESULTS"
log "results in $RESULTS"
