#!/usr/bin/env bash
# The whole gate behind `npm test`: lint, typecheck, both builds, Firefox's linter, unit tests, the real-browser
# suite. Every step runs even when an earlier one fails, so one run shows everything that is wrong; the last line
# is the total over all steps and tests ("N passed, N failed"), and the exit code is non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."

reports=.reports
rm -rf "$reports" && mkdir -p "$reports"

step() {
  local name=$1
  shift
  echo
  echo "── $name: $*"
  if "$@"; then
    echo "pass $name" >>"$reports/steps.txt"
  else
    echo "fail $name" >>"$reports/steps.txt"
    echo "✖ $name failed"
  fi
}

step lint npx biome check .
step typecheck npx tsc --noEmit
step build:chrome npx wxt build
step build:firefox npx wxt build -b firefox --mv3
step web-ext-lint npx web-ext lint --source-dir .output/firefox-mv3 --no-config-discovery
step unit npx vitest run --reporter=default --reporter=json --outputFile.json="$reports/unit.json"
step e2e node --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$reports/e2e.tap" tests/e2e/*.test.mjs

node scripts/summarize-tests.mjs "$reports"
