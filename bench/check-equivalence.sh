#!/usr/bin/env bash
# Checks, against a running service full of figures, that the SQL pushdown used without explain=true changes no
# number: every answer must equal the explain=true answer (which reads every figure) with the explanations removed.
# Usage: bench/check-equivalence.sh [base-url]   (default http://127.0.0.1:8301)
# The same comparison runs in the test suite, on H2 and PostgreSQL, over a generated crisis of a few thousand
# figures: src/test/java/org/humstats/aggregate/PushdownEquivalenceTest.java. This script is for the 1M data set.
set -euo pipefail
base=${1:-http://127.0.0.1:8301}
strip='walk(if type == "object" then del(.figures) else . end)'
failures=0
check() {
  local plain explained
  plain=$(curl -sf "$base$1" | jq -S .)
  explained=$(curl -sf "$base$1&explain=true" | jq -S "$strip")
  if [ "$plain" != "$explained" ]; then
    echo "DIFFERS: $1"; failures=$((failures + 1))
  else
    echo "same ($(echo "$plain" | wc -c) bytes): $1"
  fi
}
for metric in displaced idps killed in_need; do
  for loc in XAA XAB XAA03 XAC0102; do
    check "/api/v1/aggregates?metric=$metric&location=$loc&from=2015-01-01&to=2015-12-31"
    check "/api/v1/aggregates?metric=$metric&location=$loc&level=1&from=2014-03-10&to=2016-08-20&policy=median"
    check "/api/v1/timeseries?metric=$metric&location=$loc&from=2012-01-15&to=2014-12-31&interval=month&fill=previous"
    check "/api/v1/timeseries?metric=$metric&location=$loc&from=2010-01-01&to=2019-12-31&interval=quarter&policy=max"
  done
done
# the two benchmarked questions of bench/run.sh
check "/api/v1/aggregates?metric=displaced&location=XAA&level=1&from=2015-01-01&to=2015-12-31"
check "/api/v1/timeseries?metric=displaced&location=XAA&from=2010-01-01&to=2019-12-31&interval=month"
check "/api/v1/aggregates?metric=displaced&level=1&from=2017-01-01&to=2017-06-30&group_by=source"
check "/api/v1/aggregates?metric=killed&from=2011-01-01&to=2018-12-31&status=reported,verified,disputed"
check "/api/v1/aggregates?metric=displaced&location=XAA&level=2&from=2015-01-01&to=2015-12-31&rollup=children"
check "/api/v1/aggregates?metric=idps&location=XAA&level=1&to=2016-12-31&group_by=source_type"
check "/api/v1/timeseries?metric=displaced&location=XAA01&from=2016-01-01&to=2016-03-31&interval=day"
check "/api/v1/timeseries?metric=displaced&location=XAA01&from=2016-01-01&to=2016-12-31&interval=week"
check "/api/v1/timeseries?metric=killed&location=XAA&from=2010-01-01&to=2019-12-31&interval=year&status=reported,verified,disputed"
check "/api/v1/timeseries?metric=idps&location=XAB&from=2013-01-01&to=2015-12-31&interval=month&source=syn-un-agency-1&fill=previous"
echo "$failures difference(s)"
[ "$failures" -eq 0 ]
