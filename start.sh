#!/usr/bin/env bash
# Starts Hài Lòng on an embedded database with demo data and prints the URLs.
# Environment (all optional): MICRONAUT_SERVER_PORT, JDBC_URL, JDBC_USER, JDBC_PASSWORD,
# HAILONG_ADMIN_PASSWORD, HAILONG_DEMO_DATA, HAILONG_WEB_RATE_LIMIT (README, "Configuration").
set -euo pipefail
cd "$(dirname "$0")"
source ./.ci/prerequisites.sh
install_build_tools

jar=survey-api/target/survey-api.jar
if [ ! -f "$jar" ] || [ -n "$(find pom.xml */pom.xml */src -newer "$jar" -print -quit)" ]; then
  echo "Building (first start takes a few minutes while Maven downloads)..."
  ./mvnw -B -q -DskipTests install
fi
exec java -jar "$jar"
