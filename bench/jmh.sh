#!/usr/bin/env bash
# JMH benchmarks of the calendar and the engine (src/test/java/io/quorate/bench).
# Usage: bench/jmh.sh [JMH options, e.g. CalendarBenchmark -f 1 -wi 2 -i 3]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Dstyle.color=never test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >/dev/null
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main "$@"
