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
#
# --http (this script's own; make bench passes it): then GET /api/v1/eligibility over HTTP through
# `thidua serve` on the SQLite database the run kept (bench/eligibility-http.mjs, --passes
# ${ELIGIBILITY_HTTP_PASSES:-2}), its figures written into --out as "eligibility"."http"; each
# answer's eligible count checked against the engine's (a disagreement fails the script).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
http=0 out="" workdir="" nodb=0
args=(--source "$PWD")
while [ $# -gt 0 ]; do
  case "$1" in
    --http) http=1 ;;
    --out) out=$2; args+=("$1" "$2"); shift ;;
    --workdir) workdir=$2; args+=("$1" "$2"); shift ;;
    --no-db) nodb=1; args+=("$1") ;;
    *) args+=("$1") ;;
  esac
  shift
done
[ -f "$BUILD/build.ninja" ] || cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
targets=(thidua_eligibility)
[ "$http" = 1 ] && targets+=(thidua)
cmake --build "$BUILD" --target "${targets[@]}" >/dev/null
[ -n "${PG:-}" ] && args+=(--pg "$PG")
if [ "$http" = 0 ] || [ "$nodb" = 1 ]; then
  exec "$BUILD/bench/thidua_eligibility" "${args[@]}"
fi
own_dir=0
if [ -z "$workdir" ]; then workdir=$(mktemp -d /tmp/thidua-eligibility.XXXXXX); own_dir=1; args+=(--workdir "$workdir"); fi
result=$(mktemp /tmp/thidua-eligibility-result.XXXXXX.json)
cleanup() {
  rm -f "$result" "$workdir"/eligibility.sqlite "$workdir"/eligibility.sqlite-wal "$workdir"/eligibility.sqlite-shm
  [ "$own_dir" = 1 ] && rm -rf "$workdir"
  return 0
}
trap cleanup EXIT
rc=0
"$BUILD/bench/thidua_eligibility" "${args[@]}" --keep-db | tee "$result" || rc=$?
http_args=(--thidua "$BUILD/thidua" --db "sqlite:$workdir/eligibility.sqlite" --bench-json "$result" --passes "${ELIGIBILITY_HTTP_PASSES:-2}")
[ -n "$out" ] && http_args+=(--merge-into "$out")
node bench/eligibility-http.mjs "${http_args[@]}" >/dev/null || rc=1
exit "$rc"
