#!/usr/bin/env bash
# Builds the e2e flavour of the extension and the replica pages, then runs the e2e test files
# (all of tests/e2e/*.test.mjs, or the files given as arguments) one at a time.
set -euo pipefail
cd "$(dirname "$0")/../.."
npx wxt build --mode e2e
node tests/replicas/build.mjs
mkdir -p .e2e-tmp
if [ "$#" -eq 0 ]; then set -- tests/e2e/*.test.mjs; fi
TMPDIR="$PWD/.e2e-tmp" exec node --test --test-concurrency=1 --test-timeout=60000 "$@"
