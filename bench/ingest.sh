#!/usr/bin/env bash
# Ingestion benchmark (docs/benchmarks.md): starts Hài Lòng on a fresh MariaDB database and posts
# ratings to it from a second process, next to the raw JDBC ceiling measured in the same run.
#   bench/ingest.sh [RATINGS=20000] [CLIENTS=32]
set -euo pipefail
cd "$(dirname "$0")/.."
source ./.ci/prerequisites.sh
ensure_mariadb
ratings=${1:-20000}
clients=${2:-32}
port=8099
db=hailong_bench
# HAILONG_JAR: another build of the application to run (default: this one); the client always
# runs from this build, so that two builds are compared under the same load
build=survey-api/target/survey-api.jar
[ -f "$build" ] || ./mvnw -B -q -DskipTests package
jar=${HAILONG_JAR:-$build}
mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4"
url="jdbc:mysql://127.0.0.1:3306/$db?rewriteBatchedStatements=true&characterEncoding=UTF-8&connectionTimeZone=UTC"

JDBC_URL="$url" JDBC_USER=root JDBC_PASSWORD= MICRONAUT_SERVER_PORT=$port HAILONG_WEB_RATE_LIMIT=0 \
  HAILONG_DEMO_DATA=false java -jar "$jar" > target-bench-app.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$port/api/v1/questionnaire" >/dev/null && break
  sleep 1
done
echo "MariaDB $(mariadb -uroot -h127.0.0.1 -N -e 'SELECT VERSION()'), innodb_flush_log_at_trx_commit=$(mariadb -uroot -h127.0.0.1 -N -e 'SELECT @@innodb_flush_log_at_trx_commit'), $(nproc) cores"
java -cp "$build" bench/IngestBenchmark.java "http://127.0.0.1:$port" "$url&user=root&password=" "$ratings" "$clients" \
  "$app" "$(pgrep -x mariadbd || pgrep -x mysqld)" "$(getconf CLK_TCK)"
