#!/usr/bin/env bash
# Two instances of the PostgreSQL build start together on one empty database: the migrations and the seed must happen
# once; writers on both while a partner follows the feed of one: every change exactly once, in one order; both
# instances give the same ETag for the same answer.
#
# Usage: .ci/two-instances.sh APP_DIR   (a built target/quarkus-app of the PostgreSQL flavour; database
#        humstats_pair on 127.0.0.1:5432 is recreated). Exits 1 on any failure.
set -euo pipefail
app=$1
key=two-instances-admin-key-not-secret-012345
work=$(mktemp -d /tmp/humstats-pair.XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
psql -h 127.0.0.1 -U postgres -d test -qc "drop database if exists humstats_pair" -c "create database humstats_pair" >/dev/null
export HUMSTATS_ADMIN_KEY=$key HUMSTATS_DB_URL=jdbc:postgresql://127.0.0.1:5432/humstats_pair HUMSTATS_DB_USER=postgres HUMSTATS_DB_PASSWORD=
ports=(8393 8394)
for port in "${ports[@]}"; do
  QUARKUS_HTTP_PORT=$port java -Xmx256m -jar "$app/quarkus-run.jar" >"$work/service-$port.log" 2>&1 &
  pids+=($!)
done
for port in "${ports[@]}"; do
  for _ in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready" && break; sleep 0.2; done
  curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready" || { echo "instance on $port did not start:"; tail -40 "$work/service-$port.log"; exit 1; }
done
migrations=$(psql -h 127.0.0.1 -U postgres -d humstats_pair -tAc "select count(*) from flyway_schema_history where success")
seeded=$(psql -h 127.0.0.1 -U postgres -d humstats_pair -tAc "select count(*) from figure")
sources=$(psql -h 127.0.0.1 -U postgres -d humstats_pair -tAc "select count(*) from source")
seedfile=$(grep -c . "$(dirname "$0")/../seed-data/figures.ndjson")
echo "both started: $migrations migrations applied once, $seeded seed figures (seed file: $seedfile lines), $sources sources"
[ "$seeded" = "$seedfile" ] || { echo "the seed was loaded $seeded times over: expected $seedfile figures"; exit 1; }

auth=(-H "Authorization: Bearer $key" -H "Content-Type: application/json")
curl -sf -o /dev/null "${auth[@]}" -X POST "http://127.0.0.1:8393/api/v1/sources" -d '{"id":"pair-src","name":"Pair test","type":"other"}'
start=$(curl -sf "http://127.0.0.1:8394/api/v1/changes?limit=10000" | jq -r .page.next_cursor)
while true; do
  page=$(curl -sf "http://127.0.0.1:8394/api/v1/changes?limit=10000&since=$start")
  [ "$(jq '.data | length' <<<"$page")" = 0 ] && break
  start=$(jq -r .page.next_cursor <<<"$page")
done
write() {
  local port=$1 n
  for n in $(seq 1 40); do
    curl -sf "${auth[@]}" -X POST "http://127.0.0.1:$port/api/v1/figures" \
      -d "{\"metric\":\"displaced\",\"kind\":\"stock\",\"value\":$n,\"period_end\":\"2017-01-$(printf %02d $(( n % 28 + 1 )))\",\"location_code\":\"SY0902\",\"source\":\"pair-src\"}" \
      | jq -r .id >>"$work/acked"
  done
}
: >"$work/seen"
follow() {
  local cursor=$start page finished
  while true; do
    # Checked before polling: once the writers had finished, an empty page means the partner has it all.
    finished=0; [ -e "$work/stop" ] && finished=1
    page=$(curl -sf "http://127.0.0.1:8393/api/v1/changes?limit=7&since=$cursor")
    jq -r '.data[] | select(.figure.source == "pair-src") | .figure.id' <<<"$page" >>"$work/seen"
    cursor=$(jq -r .page.next_cursor <<<"$page")
    [ "$(jq '.data | length' <<<"$page")" = 0 ] && [ "$finished" = 1 ] && return 0
  done
}
follow & partner=$!
writers=()
for port in 8393 8394 8393 8394; do write "$port" & writers+=($!); done
for w in "${writers[@]}"; do wait "$w"; done
touch "$work/stop"; wait "$partner"
acked=$(sort -u "$work/acked" | wc -l)
seen=$(wc -l <"$work/seen")
repeated=$(sort "$work/seen" | uniq -d | wc -l)
missed=$(comm -23 <(sort -u "$work/acked") <(sort -u "$work/seen") | wc -l)
id=$(head -1 "$work/acked")
tag1=$(curl -sfI "http://127.0.0.1:8393/api/v1/figures/$id" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
tag2=$(curl -sfI "http://127.0.0.1:8394/api/v1/figures/$id" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
agg=/api/v1/aggregates?metric=displaced\&location=SY0902
atag1=$(curl -sfI "http://127.0.0.1:8393$agg" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
atag2=$(curl -sfI "http://127.0.0.1:8394$agg" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
echo "two instances: $acked writes answered 201 (half on each), partner read $seen, repeated $repeated, missed $missed; ETags figure $tag1 / $tag2, aggregate $atag1 / $atag2"
[ "$acked" = 160 ] && [ "$repeated" = 0 ] && [ "$missed" = 0 ] && [ -n "$tag1" ] && [ "$tag1" = "$tag2" ] && [ "$atag1" = "$atag2" ]
