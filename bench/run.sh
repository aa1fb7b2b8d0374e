#!/usr/bin/env bash
# Builds Apportion and runs a benchmark (docs/BENCHMARKS.md):
#   bench/run.sh [--rows N] [--seed S] [--local-server] [--gzip]
#       the import: generates a FOCUS bill of N rows (default 1,000,000) into bench/target, imports it through
#       the REST API and the import job on a fresh WildFly + MariaDB, loads the same file with LOAD DATA LOCAL
#       INFILE, and prints both rates and their ratio
#   bench/run.sh allocation [--rows N] [--rules R] [--seed S] [--local-server]
#       the allocate job: one month of N lines (default 1,000,000) and R rules (default 500)
# MAVEN_ARGS=-o builds offline; SKIP_BUILD=1 reuses the last build.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    JAVA_HOME=$(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV | while read -r jdk; do
        "${jdk}bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])' && [ -x "${jdk}bin/javac" ] && { echo "${jdk%/}"; break; }
    done) || true
    [ -n "$JAVA_HOME" ] || { echo "bench: no JDK 21 or newer found; set JAVA_HOME" >&2; exit 1; }
fi
export JAVA_HOME

if [ "${SKIP_BUILD:-}" != 1 ]; then
    ./mvnw -B -q --no-transfer-progress -DskipTests install
fi
MAIN=org.apportion.bench.ImportBenchmark
if [ "${1:-}" = allocation ]; then
    MAIN=org.apportion.bench.AllocationBenchmark
    shift
fi
exec ./mvnw -B -q --no-transfer-progress -pl bench exec:java -Dbench.main="$MAIN" -Dexec.args="$*"
