#!/usr/bin/env bash
# What durability costs: the rate of single-figure creates (each its own commit) with the shipped, durable settings
# against the same service with commits that may be lost on a crash. One command, from the repository root:
#
#   bench/durability.sh            # ROUNDS=3 SECONDS_PER_RUN=20 THREADS=4 by default
#
# H2:         shipped URL (WRITE_DELAY=0: each commit is written to the file before it returns)
#             against WRITE_DELAY=500 (H2's default: commits reach the file up to 0.5 s later; kill -9 lost writes).
# PostgreSQL: shipped (synchronous_commit=on, PostgreSQL's default: the commit waits for the WAL flush)
#             against synchronous_commit=off (the commit returns before the flush; a PostgreSQL crash loses the last
#             few hundred milliseconds of commits).
# The two settings of each database run alternately, ROUNDS times each, so that drift in the machine's load hits both.
# Talks to 127.0.0.1 only; stops every service it starts; drops its PostgreSQL database at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-3}
SECS=${SECONDS_PER_RUN:-20}
THREADS=${THREADS:-4}
PORT=${BENCH_PORT:-8471}
WORK=$(realpath -m "${BENCH_WORK:-target/bench-durability}")   # H2 wants absolute file paths
KEY=bench-admin-key-not-secret-0123456789
BASE=http://127.0.0.1:$PORT
DB=humstats_durability_bench
PID=
stop() { if [[ -n "$PID" ]]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; PID=; fi; }
trap 'stop; psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $DB" >/dev/null 2>&1 || true' EXIT

run() {  # $1 flavour label, $2 app dir, $3 JDBC URL
  HUMSTATS_DB_URL=$3 HUMSTATS_ADMIN_KEY=$KEY QUARKUS_HTTP_PORT=$PORT QUARKUS_HTTP_HOST=127.0.0.1 \
    QUARKUS_HTTP_ACCESS_LOG_ENABLED=false HUMSTATS_RATE_LIMIT_ENABLED=false \
    java -Xmx512m -jar "$2/quarkus-run.jar" >"$WORK/service.log" 2>&1 &
  PID=$!
  local ready=
  for _ in $(seq 1 240); do curl -sf -o /dev/null "$BASE/q/health/ready" && { ready=1; break; }; sleep 0.5; done
  [[ -n "$ready" ]] || { echo "the service did not start; its log:" >&2; tail -20 "$WORK/service.log" >&2; exit 1; }
  curl -sf -o /dev/null -X POST "$BASE/api/v1/sources" -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
    -d '{"id":"durability-bench","name":"Durability benchmark","type":"other"}' || true
  java bench/WriteLoad.java "$BASE" "$KEY" "$THREADS" 5 >/dev/null    # warm-up
  echo "$1: $(java bench/WriteLoad.java "$BASE" "$KEY" "$THREADS" "$SECS")"
  stop
}

mkdir -p "$WORK"
echo "== build (H2, then PostgreSQL)"
./mvnw -B -ntp -q package -DskipTests
rm -rf "$WORK/h2" && cp -r target/quarkus-app "$WORK/h2"
./mvnw -B -ntp -q package -DskipTests -Ppostgresql
rm -rf "$WORK/pg" && cp -r target/quarkus-app "$WORK/pg"

echo "== H2, $THREADS writers, ${SECS} s per run"
for r in $(seq 1 "$ROUNDS"); do
  d="$WORK/h2data-$r"
  run "h2 durable   (WRITE_DELAY=0)  " "$WORK/h2" "jdbc:h2:file:$d-a/humstats;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"
  run "h2 delayed   (WRITE_DELAY=500)" "$WORK/h2" "jdbc:h2:file:$d-b/humstats;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=500"
  rm -rf "$d-a" "$d-b"
done
echo "== PostgreSQL, $THREADS writers, ${SECS} s per run"
for r in $(seq 1 "$ROUNDS"); do
  for mode in on off; do
    psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $DB" -c "create database $DB" >/dev/null 2>&1
    run "pg synchronous_commit=$mode " "$WORK/pg" "jdbc:postgresql://127.0.0.1:5432/$DB?options=-c%20synchronous_commit%3D$mode"
  done
done
echo "== $(nproc) cores, load before the end: $(cut -d' ' -f1-3 /proc/loadavg)"
