#!/usr/bin/env bash
# Dossier import benchmark (docs/benchmarks.md): a 50,000-row CSV imported through the API on
# MariaDB, with the job's progress printed as it is stored.
#   bench/dossiers.sh [ROWS=50000]
set -euo pipefail
cd "$(dirname "$0")/.."
source ./.ci/prerequisites.sh
ensure_mariadb
rows=${1:-50000}
port=8097
db=hailong_bench_dossiers
# HAILONG_JAR: another build of the application (default: this tree's, built by `package`)
jar=${HAILONG_JAR:-survey-api/target/survey-api.jar}
[ -f "$jar" ] || ./mvnw -B -q -pl survey-api -am -DskipTests package
mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4"
url="jdbc:mysql://127.0.0.1:3306/$db?rewriteBatchedStatements=true&characterEncoding=UTF-8&connectionTimeZone=UTC"

JDBC_URL="$url" JDBC_USER=root JDBC_PASSWORD= MICRONAUT_SERVER_PORT=$port HAILONG_DEMO_DATA=false \
  HAILONG_ADMIN_PASSWORD=bench-admin-password java -jar "$jar" > target-bench-dossiers.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/api/v1/questionnaire" >/dev/null && break
  sleep 1
done
echo "MariaDB $(mariadb -uroot -h127.0.0.1 -N -e 'SELECT VERSION()'), $(nproc) cores"
java bench/DossierBenchmark.java "http://127.0.0.1:$port" "$rows" bench-admin-password
