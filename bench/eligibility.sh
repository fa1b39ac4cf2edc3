#!/usr/bin/env bash
# The national eligibility run of issue 10 (bench/README.md, "Eligibility"): builds
# thidua_eligibility and runs it. Arguments go to the program (--scale S, --out FILE, --runs N,
# --workdir DIR, --check, --no-sql, --no-db, --keep-db). PG: a postgresql://HOST:PORT/DB URL for the
# PostgreSQL part (empty: skipped); a database thidua_eligibility_bench is made on that server and dropped.
#
# Smoke (what `make test` can run cheaply: a tiny nation, SQL answers checked against the
# engine's, exit 1 on any disagreement, nothing written):
#   bash bench/eligibility.sh --scale 0.002 --runs 1 --check
# and with PostgreSQL (scripts/test-postgres.sh):
#   source scripts/test-postgres.sh; PG="$THIDUA_TEST_PG_URL" bash bench/eligibility.sh --scale 0.002 --runs 1 --check; pg_test_stop
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
[ -f "$BUILD/build.ninja" ] || cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD" --target thidua_eligibility >/dev/null
args=(--source "$PWD" "$@")
[ -n "${PG:-}" ] && args+=(--pg "$PG")
"$BUILD/bench/thidua_eligibility" "${args[@]}"
