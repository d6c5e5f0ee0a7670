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

JDBC_URL="$url" JDBC_USER=root JDBC_PASSWORD= MICRONAUT_SERVER_PORT=$port HAILONG_DEMO_DATA=false \
  HAILONG_ADMIN_PASSWORD=bench-admin-password java -jar "$jar" > target-bench-analysis.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$port/api/v1/questionnaire" >/dev/null && break
  sleep 1
done
echo "MariaDB $(mariadb -uroot -h127.0.0.1 -N -e 'SELECT VERSION()'), $(nproc) cores"
java -cp "$jar" bench/AnalysisBenchmark.java "http://127.0.0.1:$port" "$url&user=root&password=" \
  "$ratings" bench-admin-password
