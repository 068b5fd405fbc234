#!/usr/bin/env bash
# The report extractor, measured: the founding article (exactly its three figures), IDMC's IDETECT test set and fully
# labelled excerpts (is the labelled quantity among the candidates, in the right unit), IDMC's India 2023 descriptions
# (the qualifier), precision on a hand-labelled sample, and speed on one thread (CPU time, full OCHA gazetteer loaded).
#
#   bench/extraction-eval.sh [DATA_DIR] [--held-out] [--show idetect|labelled|india|ucdp|sample|misses] [--speed-mb N]
#
# DATA_DIR is the text2figure folder (default ../shared/data/external/text2figure, i.e. beside the repository). The
# files are read where they are and never copied. --held-out also scores the UCDP headlines, which the rules were not
# tuned on. Exits non-zero when the founding article does not give its three figures. Needs Java 17; ~1-2 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=../shared/data/external/text2figure
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then
  DATA=$1
  shift
fi
./mvnw -B -ntp -q compile
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
exec java -cp "target/classes:$(cat target/classpath.txt)" bench/ExtractionEval.java --data "$DATA" "$@"
