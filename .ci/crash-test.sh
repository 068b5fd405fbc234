#!/usr/bin/env bash
# Durability under kill -9: writers create figures and a partner follows the change feed while the service is killed
# with SIGKILL, several times; then every figure that was answered 201 must be there, and the partner must have seen
# every change exactly once across the restarts (a feed number handed out twice would make it skip new changes).
#
# Usage: .ci/crash-test.sh h2|postgresql APP_DIR [ROUNDS]
#   APP_DIR: a built target/quarkus-app of that flavour. PostgreSQL: database humstats_crash on 127.0.0.1:5432.
# Prints one line per round (start-up time, acknowledged writes) and a summary; exits 1 on any lost or repeated change.
set -euo pipefail
flavour=$1
app=$2
rounds=${3:-3}
port=${CRASH_PORT:-8391}
base=http://127.0.0.1:$port
key=crash-test-admin-key-not-secret-0123456789
work=$(mktemp -d /tmp/humstats-crash.XXXXXX)
pid=
jobs_pids=()
cleanup() {
  for p in "${jobs_pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT

export HUMSTATS_ADMIN_KEY=$key QUARKUS_HTTP_PORT=$port
if [ "$flavour" = postgresql ]; then
  psql -h 127.0.0.1 -U postgres -d test -qc "drop database if exists humstats_crash" -c "create database humstats_crash" >/dev/null
  export HUMSTATS_DB_URL=jdbc:postgresql://127.0.0.1:5432/humstats_crash HUMSTATS_DB_USER=postgres HUMSTATS_DB_PASSWORD=
else
  export HUMSTATS_DATA_DIR=$work/data
fi

start() {
  local t0 t1
  t0=$(date +%s%N)
  java -Xmx256m -jar "$app/quarkus-run.jar" >>"$work/service.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    if curl -sf -o /dev/null "$base/q/health/ready"; then
      t1=$(date +%s%N)
      ms=$(( (t1 - t0) / 1000000 ))
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "the service died while starting; its log:" >&2; tail -40 "$work/service.log" >&2; return 1
    fi
    sleep 0.2
  done
  echo "the service did not become ready in 120 s" >&2; tail -40 "$work/service.log" >&2; return 1
}

auth=(-H "Authorization: Bearer $key" -H "Content-Type: application/json")

# A partner that follows the feed, keeping its cursor in a file, as a real one would. It is asked to stop (never
# killed) between pages, so that what it read and the cursor it stored always agree.
follow() {
  local cursor page
  while [ ! -e "$work/stop" ]; do
    cursor=$(cat "$work/cursor" 2>/dev/null || true)
    if ! page=$(curl -sf --max-time 10 "$base/api/v1/changes?limit=500${cursor:+&since=$cursor}"); then
      sleep 0.2; continue
    fi
    jq -r '.data[] | select(.figure.source == "crash-src") | .figure.id' <<<"$page" >>"$work/seen"
    jq -r '.page.next_cursor' <<<"$page" >"$work/cursor.new" && mv "$work/cursor.new" "$work/cursor"
    [ "$(jq '.data | length' <<<"$page")" = 0 ] && { [ "${1:-}" = once ] && return 0; sleep 0.1; }
  done
}

write() {
  local n=0 out code
  while true; do
    n=$((n + 1))
    out=$(curl -s --max-time 10 -w '\n%{http_code}' "${auth[@]}" -X POST "$base/api/v1/figures" \
      -d "{\"metric\":\"displaced\",\"kind\":\"flow\",\"value\":$n,\"period_start\":\"2016-01-01\",\"period_end\":\"2016-01-0$((n % 9 + 1))\",\"location_code\":\"SY0902\",\"source\":\"crash-src\"}") || continue
    code=${out##*$'\n'}
    [ "$code" = 201 ] && jq -r .id <<<"${out%$'\n'*}" >>"$work/acked.$1"
  done
}

: >"$work/seen"
for round in $(seq 1 "$rounds"); do
  start
  curl -sf -o /dev/null "${auth[@]}" -X POST "$base/api/v1/sources" -d '{"id":"crash-src","name":"Crash test","type":"other"}' || true
  jobs_pids=()
  follow & partner=$!
  for w in 1 2 3 4; do write "$w" & jobs_pids+=($!); done
  sleep 4
  kill -9 "$pid"; wait "$pid" 2>/dev/null || true; pid=
  for p in "${jobs_pids[@]}"; do kill "$p" 2>/dev/null || true; done
  touch "$work/stop"; wait "$partner" 2>/dev/null || true; rm -f "$work/stop"
  wait 2>/dev/null || true
  jobs_pids=()
  echo "round $round: ready in $ms ms; $(cat "$work"/acked.* 2>/dev/null | wc -l) writes acknowledged so far"
done
start
follow once
acked=$(cat "$work"/acked.* | sort -u)
lost=0
for id in $acked; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$base/api/v1/figures/$id")
  [ "$code" = 200 ] || { lost=$((lost + 1)); echo "lost: $id ($code)"; }
done
phantom=0
for id in $(sort -u "$work/seen"); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$base/api/v1/figures/$id")
  [ "$code" = 200 ] || { phantom=$((phantom + 1)); echo "read in the feed, then gone: $id ($code)"; }
done
total=$(wc -w <<<"$acked")
repeated=$(sort "$work/seen" | uniq -d | wc -l)
unseen=$(comm -23 <(tr ' ' '\n' <<<"$acked" | sort -u) <(sort -u "$work/seen") | wc -l)
echo "$flavour: $rounds kill -9 rounds, $total writes answered 201, lost $lost; feed: $(wc -l <"$work/seen") changes read, repeated $repeated, missed $unseen, gone after reading $phantom; last start-up $ms ms"
[ "$lost" = 0 ] && [ "$repeated" = 0 ] && [ "$unseen" = 0 ] && [ "$phantom" = 0 ] && [ "$total" -gt 0 ]
