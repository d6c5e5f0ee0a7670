#!/usr/bin/env bash
# Installs axe-core (MPL-2.0, test only) where the browser tests look for it:
# survey-api/target/axe/node_modules/axe-core/axe.min.js (override with -Daxe.path=...).
# Needs npm and the npm registry; run it before the survey-api tests, e.g. from .ci/run.
set -euo pipefail
module="$(cd "$(dirname "$0")/../../.." && pwd)"
if [ -f "$module/target/axe/node_modules/axe-core/axe.min.js" ]; then
  exit 0
fi
mkdir -p "$module/target/axe"
npm install --prefix "$module/target/axe" axe-core@4.10.3 --no-save --no-audit --no-fund --loglevel=error
test -f "$module/target/axe/node_modules/axe-core/axe.min.js"
