#!/usr/bin/env bash
# npm test: type check, unit and component tests (vitest), then the built extension in Chromium
# against the replica pages (node:test). Ends with one plain "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .e2e-tmp
passed=0
failed=0

step() { printf '\n== %s\n' "$1"; }

step 'type check'
if npx tsc --noEmit; then passed=$((passed + 1)); else failed=$((failed + 1)); fi

step 'unit and component tests'
npx vitest run --config tests/vitest.config.ts --reporter=default --reporter=json --outputFile=.e2e-tmp/vitest.json
counts=$(node -e 'try { const r = require("./.e2e-tmp/vitest.json"); console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTests ?? 0) + (r.success || r.numFailedTests ? 0 : 1)); } catch { console.log("0 1"); }')
passed=$((passed + ${counts% *}))
failed=$((failed + ${counts#* }))

if [ "${SKIP_E2E:-}" != 1 ] && ls tests/e2e/*.test.mjs >/dev/null 2>&1; then
  step 'build the extension (e2e mode) and the replica pages'
  if npx wxt build --mode e2e >.e2e-tmp/build.log 2>&1 && npx wxt build >>.e2e-tmp/build.log 2>&1 && node tests/replicas/build.mjs >>.e2e-tmp/build.log 2>&1; then
    step 'end-to-end tests in Chromium'
    TMPDIR="$PWD/.e2e-tmp" node --test --test-concurrency=1 --test-timeout=120000 tests/e2e/*.test.mjs 2>&1 | tee .e2e-tmp/e2e.log
    e2e_pass=$(grep -E '^# pass [0-9]+' .e2e-tmp/e2e.log | tail -1 | awk '{print $3}')
    e2e_fail=$(grep -E '^# fail [0-9]+' .e2e-tmp/e2e.log | tail -1 | awk '{print $3}')
    passed=$((passed + ${e2e_pass:-0}))
    failed=$((failed + ${e2e_fail:-1}))
  else
    cat .e2e-tmp/build.log
    echo 'build failed: end-to-end tests not run'
    failed=$((failed + 1))
  fi
fi

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
