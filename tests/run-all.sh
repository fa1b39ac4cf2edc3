#!/usr/bin/env bash
# Every kind of test, on both databases. Exits non-zero on the first failing kind.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/test-postgres.sh
trap pg_test_stop EXIT

step() { printf '\n==== %s ====\n' "$*"; }

step "web unit tests (number and date reading, audit wording, chart labels)"
(cd web && npm test --silent)

step "plan audit tools (tools/plan-audit: usage, a missing binary)"
python3 -m unittest discover -s tools/plan-audit -p 'test_*.py'

step "unit and storage tests (SQLite and PostgreSQL)"
ctest --test-dir build --output-on-failure

# Unit and storage tests (SQLite and the PostgreSQL started above) under the sanitizers;
# THIDUA_SANITIZE_UNIT_ONLY=1 runs the unit tests only (docs/fuzzing.md).
step "unit and storage tests under ASan + UBSan (build-asan/, SQLite and PostgreSQL)"
bash tests/sanitizers.sh

step "fuzzing: every harness of fuzz/ for ${FUZZ_SECONDS:=10} s (build-fuzz/; \`make fuzz\` runs longer)"
FUZZ_SECONDS=$FUZZ_SECONDS bash fuzz/run.sh

for db in sqlite postgres; do
  step "API tests on $db"
  THIDUA_TEST_DB=$db node --test --test-concurrency=2 tests/api/
  step "crash and fault matrix on $db"
  THIDUA_TEST_DB=$db node --test --test-concurrency=1 tests/crash/
  step "soak: the reporting deadline for ${THIDUA_SOAK_SECONDS:-30} s on $db"
  THIDUA_TEST_DB=$db node --test tests/soak/
  step "browser tests on $db"
  THIDUA_TEST_DB=$db node --test tests/browser/
done

step "benchmark harness smoke: the product through HTTP, eligibility, documents, plan import (tiny scale, no timing asserted)"
smoke_out=$(mktemp /tmp/thidua-smoke.XXXXXX.json)
bash bench/product.sh --scale 0.0005 --duration 1 --samples 5 --check --out "$smoke_out"
PG="$THIDUA_TEST_PG_URL" bash bench/eligibility.sh --http --scale 0.002 --runs 1 --check --out "$smoke_out"
bash bench/documents.sh --smoke
node bench/plan_import.mjs --duration 1 --large-kb 20 --check --out "$smoke_out"  # about 5 s
rm -f "$smoke_out"
