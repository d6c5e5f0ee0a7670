#!/usr/bin/env bash
# Analysis benchmark (docs/benchmarks.md): 10 million ratings' worth of rollups for the whole
# province on MariaDB; times the API next to GROUP BY over an equally large raw table.
#   bench/analysis.sh [RATINGS=10000000]
# Loading 10 million ratings takes about 13 minutes here; KEEP_DATA=1 reuses a loaded database.
set -euo pipefail
cd "$(dirname "$0")/.."
source ./.ci/prerequisites.sh
ensure_mariadb
ratings=${1:-10000000}
port=8098
db=hailong_bench_analysis
# HAILONG_JAR: another build of the application (default: the one the build packages; never
# `install`, which would overwrite the shared local repository's artifacts)
jar=${HAILONG_JAR:-survey-api/target/survey-api.jar}
[ -f "$jar" ] || ./mvnw -B -q -pl survey-api -am -DskipTests package
if [ "${KEEP_DATA:-0}" != 1 ]; then
  mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4"
fi
url="jdbc:mysql://127.0.0.1:3306/$db?rewriteBatchedStatements=true&characterEncoding=UTF-8&connectionTimeZone=UTC"

# starts the application on the benchmark's database; extra environment as arguments
start_app() {
  env JDBC_URL="$url" JDBC_USER=root JDBC_PASSWORD= MICRONAUT_SERVER_PORT=$port HAILONG_DEMO_DATA=false \
    HAILONG_ADMIN_PASSWORD=bench-admin-password "$@" java -jar "$jar" > target-bench-analysis.log 2>&1 &
  app=$!
  for _ in $(seq 1 60); do
    curl -sf "http://127.0.0.1:$port/api/v1/questionnaire" >/dev/null && break
    sleep 1
  done
}
trap 'kill $app 2>/dev/null || true' EXIT
start_app
echo "MariaDB $(mariadb -uroot -h127.0.0.1 -N -e 'SELECT VERSION()'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$jar" bench/AnalysisBenchmark.java "http://127.0.0.1:$port" "$url&user=root&password=" \
  "$ratings" bench-admin-password

# the alert scan (every unit's weekly p-charts over 26 weeks, a background job) on the same data:
# the application again with a scan every 10 s, three scans timed from its log, then the list
if jar tf "$jar" | grep -q 'vn/hailong/api/stats/AlertScanner'; then
  kill $app; wait $app 2>/dev/null || true
  start_app HAILONG_ALERT_SCAN=10s
  for _ in $(seq 1 120); do
    [ "$(grep -c 'Alert scan:' target-bench-analysis.log)" -ge 3 ] && break
    sleep 1
  done
  grep -o 'Alert scan: .*' target-bench-analysis.log | head -3 \
    | sed 's/^/alert scan of every unit over 26 weeks (background job): /'
  java -cp "$jar" bench/AnalysisBenchmark.java "http://127.0.0.1:$port" "$url&user=root&password=" \
    "$ratings" bench-admin-password alerts
fi
