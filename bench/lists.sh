#!/usr/bin/env bash
# Figure lists at 1M figures on PostgreSQL (issue 15): HumStats against Platformatic DB 2.61 (an auto-generated REST
# layer, from the npm registry) over the same database, and against pgbench running HumStats's own list statement.
#
#   bench/lists.sh      (from the repository root; ~15 minutes; needs java 17, psql, pgbench, wrk, curl, node and npm,
#                        PostgreSQL on 127.0.0.1:5432)
#
# Steps: build the PostgreSQL flavour; generate the data (bench/GenerateData.java, seed 42); re-create BENCH_DB, migrate
# it with the service, load it with \copy, vacuum analyze; pick the admin-2 place with the most figures and the admin-1
# area with the most figures below it; start the service (-Xmx512m), warm it up for WARMUP seconds (wrk over both
# lists, at least a minute), then wrk -t2 -c20 for DURATION seconds each: the admin-2 list, the admin-1 list, the
# admin-2 list as CSV; the service's CPU time per request from /proc. Then Platformatic DB over the same database, warmed
# up and measured the same way on the admin-2 list (where location_code = X, order by period_end desc, id desc, limit
# 100); then pgbench -c20 -j2 running the statement HumStats sends for that page. Results: $BENCH_DIR/lists-results.md.
#
# Settings (environment): BENCH_DIR (/tmp/humstats-bench-lists), FIGURES (1000000), SEED (42), BENCH_DB
# (humstats_bench_lists, dropped and re-created), DURATION (15), WARMUP (70), CONNECTIONS (20), BENCH_PORT (8313),
# PLT_PORT (8314), REUSE_DATA=1 keeps an already loaded BENCH_DB (skips generation and load), NO_BUILD=1 reuses
# the service already built into $BENCH_DIR/app.
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH_DIR=${BENCH_DIR:-/tmp/humstats-bench-lists}
FIGURES=${FIGURES:-1000000}
SEED=${SEED:-42}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
BENCH_DB=${BENCH_DB:-humstats_bench_lists}
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-70}
CONNECTIONS=${CONNECTIONS:-20}
PORT=${BENCH_PORT:-8313}
PLT_PORT=${PLT_PORT:-8314}
BASE=http://127.0.0.1:$PORT
RESULTS=$BENCH_DIR/lists-results.md

PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do
    if kill -0 "$p" 2>/dev/null; then
      kill "$p"
      timeout 30 tail --pid="$p" -f /dev/null || kill -9 "$p"
    fi
  done
}
trap cleanup EXIT

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

SERVICE_PID=
start_service() {
  env HUMSTATS_SEED_ENABLED=false HUMSTATS_ADMIN_KEY=bench-admin-key-not-secret-0123456789 QUARKUS_HTTP_HOST=127.0.0.1 \
    HUMSTATS_RATE_LIMIT_ENABLED=false QUARKUS_HTTP_PORT=$PORT QUARKUS_HTTP_ACCESS_LOG_ENABLED=false \
    HUMSTATS_DB_URL=jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB HUMSTATS_DB_USER=$PGUSER HUMSTATS_DB_PASSWORD= \
    java -Xmx512m -jar "$BENCH_DIR/app/quarkus-run.jar" >"$BENCH_DIR/service.log" 2>&1 &
  SERVICE_PID=$!
  PIDS+=("$SERVICE_PID")
  for _ in $(seq 300); do
    if curl -sf "$BASE/q/health/ready" >/dev/null; then return 0; fi
    kill -0 "$SERVICE_PID" 2>/dev/null || { tail -20 "$BENCH_DIR/service.log"; return 1; }
    sleep 1
  done
  echo "service did not become ready" >&2
  return 1
}
stop_service() {
  kill "$SERVICE_PID"
  timeout 30 tail --pid="$SERVICE_PID" -f /dev/null || kill -9 "$SERVICE_PID"
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# run NAME URL PID: wrk -t2 -cCONNECTIONS for DURATION s; "name|req/s|p50|p99|CPU ms per request of PID" to runs.txt
run() {
  local name=$1 url=$2 pid=$3 before after
  before=$(cpu_ticks "$pid")
  timeout $((DURATION + 30)) wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency "$url" >"$BENCH_DIR/wrk-$name.txt"
  after=$(cpu_ticks "$pid")
  local rps p50 p99 requests cpu
  rps=$(awk '/Requests\/sec/ {print $2}' "$BENCH_DIR/wrk-$name.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$BENCH_DIR/wrk-$name.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$BENCH_DIR/wrk-$name.txt")
  requests=$(awk '/requests in/ {print $1}' "$BENCH_DIR/wrk-$name.txt")
  cpu=$(awk -v t=$((after - before)) -v n="${requests:-0}" -v hz="$(getconf CLK_TCK)" \
    'BEGIN {if (n > 0) printf "%.2f ms", t * 1000 / hz / n; else printf "no requests"}')
  if grep -q "Non-2xx" "$BENCH_DIR/wrk-$name.txt"; then
    echo "wrk saw errors for $name:" >&2
    grep "Non-2xx\|Socket errors" "$BENCH_DIR/wrk-$name.txt" >&2
  fi
  echo "$name|$rps|$p50|$p99|$cpu" >>"$BENCH_DIR/runs.txt"
  log "$name: $rps req/s, p50 $p50, p99 $p99, CPU per request $cpu"
}

mkdir -p "$BENCH_DIR"
rm -f "$BENCH_DIR/runs.txt"

if [ "${NO_BUILD:-0}" != 1 ] || [ ! -f "$BENCH_DIR/app/quarkus-run.jar" ]; then
  log "building the PostgreSQL flavour"
  timeout 900 ./mvnw -B -ntp -q package -DskipTests -Ppostgresql
  rm -rf "$BENCH_DIR/app" && cp -r target/quarkus-app "$BENCH_DIR/app"
fi

if [ "${REUSE_DATA:-0}" != 1 ]; then
  log "generating $FIGURES figures (seed $SEED)"
  timeout 300 java bench/GenerateData.java --seed "$SEED" --figures "$FIGURES" --out "$BENCH_DIR/data"
  psql -d postgres -qc "drop database if exists $BENCH_DB" -c "create database $BENCH_DB"
  start_service
  stop_service
  log "loading"
  timeout 900 psql -d "$BENCH_DB" -q -v dir="$BENCH_DIR/data" -f bench/load-postgresql.sql
fi

ADMIN2=$(psql -d "$BENCH_DB" -Atc "select f.location_code from figure f join location l on l.code = f.location_code
  where l.admin_level = 2 group by 1 order by count(*) desc, 1 limit 1")
ADMIN1=$(psql -d "$BENCH_DB" -Atc "select a.code from location a join location l on l.path like a.path || '%'
  join figure f on f.location_code = l.code where a.admin_level = 1 group by 1 order by count(*) desc, 1 limit 1")
N2=$(psql -d "$BENCH_DB" -Atc "select count(*) from figure where location_code = '$ADMIN2'")
N1=$(psql -d "$BENCH_DB" -Atc "select count(*) from figure f join location l on l.code = f.location_code
  where l.path like (select path from location where code = '$ADMIN1') || '%'")
log "admin-2 place $ADMIN2 ($N2 figures), admin-1 area $ADMIN1 ($N1 figures at or below it)"
LIST2="$BASE/api/v1/figures?location=$ADMIN2&limit=100"
LIST1="$BASE/api/v1/figures?location=$ADMIN1&limit=100"
CSV2="$BASE/api/v1/figures?location=$ADMIN2&limit=100&format=csv"

# ------------------------------------------------------------------------------------------------ HumStats
start_service
log "HumStats: warming up for ${WARMUP}s"
timeout $((WARMUP + 30)) wrk -t2 -c"$CONNECTIONS" -d"$((WARMUP * 2 / 3))s" "$LIST2" >/dev/null
timeout $((WARMUP + 30)) wrk -t2 -c"$CONNECTIONS" -d"$((WARMUP / 3))s" "$LIST1" >/dev/null
run humstats-admin2 "$LIST2" "$SERVICE_PID"
run humstats-admin1 "$LIST1" "$SERVICE_PID"
run humstats-admin2-csv "$CSV2" "$SERVICE_PID"
stop_service

# ------------------------------------------------------------------------------------------------ Platformatic DB
log "Platformatic DB 2.61 (npm)"
mkdir -p "$BENCH_DIR/platformatic"
(cd "$BENCH_DIR/platformatic" && [ -x node_modules/.bin/plt-db ] || timeout 600 npm install --silent --no-audit --no-fund @platformatic/db@2.61 >/dev/null)
cat >"$BENCH_DIR/platformatic/platformatic.json" <<EOF
{
  "\$schema": "https://schemas.platformatic.dev/@platformatic/db/2.61.0.json",
  "server": { "hostname": "127.0.0.1", "port": $PLT_PORT, "logger": { "level": "warn" } },
  "db": { "connectionString": "postgres://$PGUSER@$PGHOST:$PGPORT/$BENCH_DB", "graphql": false, "openapi": true }
}
EOF
(cd "$BENCH_DIR/platformatic" && exec node_modules/.bin/plt-db start -c platformatic.json >"$BENCH_DIR/platformatic.log" 2>&1) &
PLT_PID=$!
PIDS+=("$PLT_PID")
PLT_URL="http://127.0.0.1:$PLT_PORT/figure/?where.locationCode.eq=$ADMIN2&orderby.periodEnd=desc&orderby.id=desc&limit=100"
for _ in $(seq 300); do curl -sf -o /dev/null "$PLT_URL" && break; sleep 1; done
curl -sf -o "$BENCH_DIR/platformatic-sample.json" "$PLT_URL" || { tail -20 "$BENCH_DIR/platformatic.log"; exit 1; }
NODE_PID=$(pgrep -P "$PLT_PID" -n node || echo "$PLT_PID")
log "Platformatic: warming up for 30s"
timeout 60 wrk -t2 -c"$CONNECTIONS" -d30s "$PLT_URL" >/dev/null
run platformatic-admin2 "$PLT_URL" "$NODE_PID"
kill "$PLT_PID"; pkill -P "$PLT_PID" 2>/dev/null || true

# ------------------------------------------------------------------------------------------------ pgbench
# The statement FigureReader sends for the first page of one place in the default order (100 rows + 1 to know
# whether there is a next page), with the default statuses.
COLS="f.id, f.metric, f.kind, f.best_value, f.low_value, f.high_value, f.qualifier, f.period_start, f.period_end,
  f.date_precision, f.location_code, f.source_id, f.document_id, f.attributed_to, f.subject, f.quote, f.notes, f.status,
  f.status_reason, f.created_at, f.version, f.created_by, f.updated_at, f.updated_by"
cat >"$BENCH_DIR/list.sql" <<EOF
select $COLS, d.id as doc_id, d.title as doc_title, d.publisher as doc_publisher, d.url as doc_url,
  d.published_on as doc_published_on
from (select $COLS from figure f where f.status in ('reported', 'verified', 'disputed') and f.location_code = '$ADMIN2'
      order by f.period_end desc, f.id desc limit 101) f
left join document d on d.id = f.document_id order by f.period_end desc, f.id desc;
EOF
psql -d "$BENCH_DB" -c "explain (analyze, buffers) $(cat "$BENCH_DIR/list.sql")" >"$BENCH_DIR/list-plan.txt"
timeout 60 pgbench -n -M prepared -c"$CONNECTIONS" -j2 -T"$DURATION" -f "$BENCH_DIR/list.sql" "$BENCH_DB" >"$BENCH_DIR/pgbench.txt" 2>&1
TPS=$(awk '/^tps/ {print $3; exit}' "$BENCH_DIR/pgbench.txt")
PGLAT=$(awk '/latency average/ {print $4 " " $5}' "$BENCH_DIR/pgbench.txt")
log "pgbench: $TPS tps, latency average $PGLAT"

row() { grep "^$1|" "$BENCH_DIR/runs.txt" | awk -F'|' '{printf "%s | %s | %s | %s", $2, $3, $4, $5}'; }
{
  echo "| what | req/s | p50 | p99 | CPU per request (that process) |"
  echo "|---|---|---|---|---|"
  echo "| HumStats, admin-2 list ($ADMIN2, $N2 figures), limit 100 | $(row humstats-admin2) |"
  echo "| HumStats, admin-1 list ($ADMIN1, $N1 figures below), limit 100 | $(row humstats-admin1) |"
  echo "| HumStats, admin-2 list as CSV | $(row humstats-admin2-csv) |"
  echo "| Platformatic DB 2.61, admin-2 list | $(row platformatic-admin2) |"
  echo "| pgbench, HumStats's admin-2 statement | $TPS tps | average $PGLAT | | |"
  echo
  echo "$FIGURES figures (seed $SEED); wrk -t2 -c$CONNECTIONS ${DURATION}s after ${WARMUP}s warm-up (HumStats) / 30s"
  echo "(Platformatic); pgbench -c$CONNECTIONS -j2 -M prepared ${DURATION}s; nproc $(nproc); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
} | tee "$RESULTS"
log "results in $RESULTS; plan of the statement in $BENCH_DIR/list-plan.txt"
