#!/usr/bin/env bash
# Builds the bench module and runs the aggregate benchmark (docs/BENCHMARKS.md):
#   bench/aggregates.sh [--months 24] [--iterations 30] [--seed S] [--keep] [--local-server] [--buffer-pool-mib N]
# Fills the cost aggregate tables with the rows 2 years of 10M-line monthly bills give (~11M daily rows, several
# GB, ~10 minutes), rolls them up, and times dashboard queries (p50/p95). --keep reuses the rows of the last run.
# Builds through the reactor without installing anything: MAVEN_ARGS=-o builds offline, SKIP_BUILD=1 reuses it.
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
    ./mvnw -B -q --no-transfer-progress -pl bench -am -DskipTests package dependency:build-classpath \
        -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
fi
exec "$JAVA_HOME/bin/java" -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
    org.apportion.bench.AggregateBenchmark "$@"
