#!/usr/bin/env bash
# Runs every test: the analysis module, then the API against embedded H2 and against MariaDB,
# and the browser tests in headless Chromium. Installs and starts what they need when it can.
set -euo pipefail
cd "$(dirname "$0")"
source ./.ci/prerequisites.sh
install_build_tools
ensure_mariadb
ensure_browser
./mvnw -B verify "$@"
