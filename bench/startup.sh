#!/usr/bin/env bash
# Start-up to ready on H2 (issue 15 targets: <= 5 s on an empty data directory, <= 4 s on one that has data):
# the packaged H2 build is started RUNS times on an empty data directory and RUNS times again on that directory, each
# time until GET /q/health/ready answers 200, and stopped. Prints the median and the range of each, and where the
# time of the last run of each went, from the log's timestamps: JVM and Quarkus boot until the first log line,
# Flyway, the seed, the rest until "started".
#
#   bench/startup.sh                 (from the repository root; needs java 17 and curl; ~2 minutes on an idle machine)
#   APPCDS=1 bench/startup.sh        the same with an AppCDS archive (quarkus.package.jar.appcds.enabled=true)
#   NO_BUILD=1 bench/startup.sh      use target/quarkus-app as it is
#
# Settings: RUNS (5), BENCH_DIR (/tmp/humstats-bench-startup), BENCH_PORT (8315), JAVA_OPTS (extra JVM options).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
BENCH_DIR=${BENCH_DIR:-/tmp/humstats-bench-startup}
PORT=${BENCH_PORT:-8315}
JAVA_OPTS=${JAVA_OPTS:-}
mkdir -p "$BENCH_DIR"

PID=
cleanup() { if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then kill "$PID"; fi; }
trap cleanup EXIT

if [ "${NO_BUILD:-0}" != 1 ]; then
  if [ "${APPCDS:-0}" = 1 ]; then
    timeout 900 ./mvnw -B -ntp -q package -DskipTests -Dquarkus.package.jar.appcds.enabled=true
  else
    timeout 900 ./mvnw -B -ntp -q package -DskipTests
  fi
fi
APP=target/quarkus-app
CDS=()
if [ "${APPCDS:-0}" = 1 ] && [ -f "$APP/app-cds.jsa" ]; then CDS=(-XX:SharedArchiveFile="$APP/app-cds.jsa"); fi

now_ms() { date +%s%3N; }

# start LOG: starts the service on $BENCH_DIR/data, prints milliseconds to ready, stops it.
start() {
  local log=$1 t0 t1
  t0=$(now_ms)
  # shellcheck disable=SC2086
  env HUMSTATS_DATA_DIR="$BENCH_DIR/data" HUMSTATS_ADMIN_KEY=startup-bench-key-not-secret-0123456789 \
    QUARKUS_HTTP_PORT=$PORT QUARKUS_HTTP_HOST=127.0.0.1 \
    java "${CDS[@]}" $JAVA_OPTS -jar "$APP/quarkus-run.jar" >"$log" 2>&1 &
  PID=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do
    kill -0 "$PID" 2>/dev/null || { tail -20 "$log" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(now_ms)
  kill "$PID"
  timeout 30 tail --pid="$PID" -f /dev/null || kill -9 "$PID"
  PID=
  echo $((t1 - t0)) "$t0"
}

summary() { sort -n | awk '{a[NR] = $1} END {printf "median %d ms (%d-%d ms, %d runs)", a[int((NR + 1) / 2)], a[1], a[NR], NR}'; }

# phases LOG T0: where the time went, from the log's timestamps (ms after the java command)
phases() {
  python3 - "$1" "$2" <<'EOF'
import re, sys, datetime
log, t0 = sys.argv[1], int(sys.argv[2])
marks = [("first log line", r"."), ("Flyway done", r"Successfully applied|is up to date|No migration necessary"),
         ("seed done", r"Seed data: added \d+ figures|Admin key"), ("started", r"started in")]
times = {}
for line in open(log, errors="replace"):
    m = re.match(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3})", line)
    if not m:
        continue
    t = int(datetime.datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S,%f").timestamp() * 1000) - t0
    for name, rx in marks:
        if name not in times and re.search(rx, line):
            times[name] = t
print(", ".join(f"{n} at {times[n]} ms" for n, _ in marks if n in times))
EOF
}

empty=() again=()
for i in $(seq "$RUNS"); do
  rm -rf "$BENCH_DIR/data"
  read -r ms t0 < <(start "$BENCH_DIR/empty-$i.log")
  empty+=("$ms"); last_empty_t0=$t0
  read -r ms t0 < <(start "$BENCH_DIR/again-$i.log")
  again+=("$ms"); last_again_t0=$t0
done
rm -rf "$BENCH_DIR/data"
echo "empty data directory: $(printf '%s\n' "${empty[@]}" | summary)"
echo "  last run: $(phases "$BENCH_DIR/empty-$RUNS.log" "$last_empty_t0")"
echo "with data (second start): $(printf '%s\n' "${again[@]}" | summary)"
echo "  last run: $(phases "$BENCH_DIR/again-$RUNS.log" "$last_again_t0")"
echo "nproc $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg); AppCDS: ${APPCDS:-0}"
