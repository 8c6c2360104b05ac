#!/usr/bin/env bash
# npm test: every check, in order. Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }
step "chromium";    node scripts/ensure-chromium.mjs
step "lint";        npx eslint . --max-warnings=0
step "typecheck";   npx tsc --noEmit
step "unit";        npx vitest run --project unit
step "build";       npm run -s build
step "integration"; npx tsx lib/db/launch.ts --fresh -- vitest run --project integration
step "e2e";         npx playwright test
