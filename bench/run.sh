#!/usr/bin/env bash
# `make bench`: runs the national scoring benchmark and writes bench/results/latest.json.
#   - builds build/bench/thidua_bench when it is missing (make bench builds everything first);
#   - starts a throwaway PostgreSQL 15 (Debian's) on a private port and socket directory, and
#     stops it at the end whatever happens; without PostgreSQL the postgres figures are null;
#   - leaves a hook (measure_http) for the HTTP figures, measured once the ranking endpoint exists.
#   - then measures the product through its own HTTP API on its own databases (bench/product.sh:
#     thidua_nation loads the nation into SQLite and PostgreSQL, bench/http_bench.mjs drives
#     `thidua serve`), written under "product" in the same file.
#   - the eligibility part runs bench/eligibility.sh --http: GET /api/v1/eligibility over HTTP too
#     (bench/eligibility-http.mjs), written as "eligibility"."http".
#   - the plan import (bench/plan_import.mjs): POST /api/v1/plans/parse of the sample texts and a
#     ~200 KB text against nginx answering the same requests with the same bytes, as "plan_import".
# Environment: BUILD (build directory, default build), THIDUA_BENCH_OUT (results file),
# THIDUA_BENCH_PG_PORT (PostgreSQL's port; by default one found free by scripts/port-retry.sh),
# THIDUA_BENCH_ARGS (extra arguments, e.g. "--scale 0.1"),
# THIDUA_NATION_SCALE (the product part's --scale, default 1: the whole nation, ~15 min on both
# databases; 0.02 for a quick look), THIDUA_BENCH_PRODUCT=0 (skip it),
# THIDUA_BENCH_ENGINE=0 (skip the engine part), THIDUA_BENCH_ELIGIBILITY=0 (skip the eligibility run),
# THIDUA_ELIGIBILITY_SCALE (its --scale, default 1: the whole nation), THIDUA_BENCH_DOCUMENTS=0
# (skip bench/documents.sh), THIDUA_BENCH_PLAN=0 (skip the plan import; THIDUA_PLAN_DURATION: its
# seconds per side and text set, default 10).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/port-retry.sh
BUILD=${BUILD:-build}
OUT=${THIDUA_BENCH_OUT:-bench/results/latest.json}
BENCH="$BUILD/bench/thidua_bench"
mkdir -p "$(dirname "$OUT")"
[ -f "$BUILD/build.ninja" ] || cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$BUILD" --target thidua_bench thidua_nation thidua

work=$(mktemp -d /tmp/thidua-bench.XXXXXX)
chmod 755 "$work"
PGBIN=/usr/lib/postgresql/15/bin
PGPORT=""
pg_started=0

# PostgreSQL refuses to run as root: as root, run its commands as the postgres user.
as_pg() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

cleanup() {
  if [ "$pg_started" = 1 ]; then
    as_pg "$PGBIN/pg_ctl -D $work/pg -m fast -w stop" >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

start_postgres() {
  [ -x "$PGBIN/initdb" ] || { echo "bench: PostgreSQL 15 not installed, skipping it" >&2; return 1; }
  mkdir -p "$work/pg"
  [ "$(id -u)" = 0 ] && chown postgres "$work" "$work/pg"
  as_pg "$PGBIN/initdb -D $work/pg -A trust -U postgres --no-locale -E UTF8 --no-sync" >"$work/initdb.log" 2>&1 ||
    { cat "$work/initdb.log" >&2; return 1; }
  if [ -n "${THIDUA_BENCH_PG_PORT:-}" ]; then
    pg_start_on "$THIDUA_BENCH_PG_PORT" || { cat "$work/pg.log" >&2; return 1; }
    PGPORT=$THIDUA_BENCH_PG_PORT
  else
    on_free_port "$work/pg.log" pg_start_on || return 1
    PGPORT=$FREE_PORT
  fi
  pg_started=1
}
pg_start_on() {  # PORT
  # A dedicated database box's settings: memory for the whole table and the aggregation,
  # durability off (a throwaway instance; queries are read-only and unaffected).
  local opts="-k $work -p $1 -h 127.0.0.1 -c shared_buffers=1GB -c work_mem=256MB"
  opts+=" -c maintenance_work_mem=512MB -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  opts+=" -c max_wal_size=4GB"
  as_pg "$PGBIN/pg_ctl -D $work/pg -l $work/pg.log -w -t 60 -o '$opts' start" >/dev/null
}

# The HTTP figures: `thidua serve` answering Cluster No. 5's ranking against nginx serving the
# same bytes as a static file, both under wrk on loopback in this same run (bench/http.sh).
measure_http() {
  if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null || [ ! -x "$BUILD/thidua" ]; then
    echo "bench: wrk, nginx or $BUILD/thidua missing: HTTP figures left null" >&2
    return 0
  fi
  local figures
  figures=$(BUILD="$BUILD" bash bench/http.sh "$work") || { echo "bench: HTTP measurement failed" >&2; return 0; }
  read -r api nginx_rps <<<"$figures"
  local ratio
  ratio=$(awk -v a="$api" -v n="$nginx_rps" 'BEGIN { if (n > 0) printf "%.3f", a / n; else print "null" }')
  "$BENCH" --merge "$OUT" ranking_api_rps="$api" nginx_same_bytes_rps="$nginx_rps" api_vs_nginx="$ratio"
}

args=(--source "$PWD" --out "$OUT" --workdir "$work")
if start_postgres; then
  args+=(--pg "host=127.0.0.1 port=$PGPORT user=postgres dbname=postgres")
fi
if [ "${THIDUA_BENCH_ENGINE:-1}" != 0 ]; then
  # shellcheck disable=SC2086
  "$BENCH" "${args[@]}" ${THIDUA_BENCH_ARGS:-}
  measure_http
fi
# The national eligibility run (issue 10): the product's eligibility engine, its floor, and the
# same evaluation as SQL in SQLite and this PostgreSQL, under "eligibility" (bench/eligibility.sh).
if [ "${THIDUA_BENCH_ELIGIBILITY:-1}" != 0 ]; then
  pg_conn=""
  [ "$pg_started" = 1 ] && pg_conn="postgresql://postgres@127.0.0.1:$PGPORT/postgres"  # a URL: the product's storage opens it too
  BUILD="$BUILD" PG="$pg_conn" bash bench/eligibility.sh --http --scale "${THIDUA_ELIGIBILITY_SCALE:-1}" --out "$OUT" --workdir "$work"
fi
if [ "$pg_started" = 1 ]; then  # the engine part's PostgreSQL is not needed any more
  as_pg "$PGBIN/pg_ctl -D $work/pg -m fast -w stop" >/dev/null 2>&1 || true
  pg_started=0
fi
if [ "${THIDUA_BENCH_DOCUMENTS:-1}" != 0 ]; then  # workbooks and .docx against openpyxl and python-docx
  BUILD="$BUILD" bash bench/documents.sh --out "$OUT" || echo "bench: the documents part failed" >&2
fi
if [ "${THIDUA_BENCH_PLAN:-1}" != 0 ]; then  # the import screen's API against nginx (about 40 s)
  BUILD="$BUILD" node bench/plan_import.mjs --out "$OUT" --duration "${THIDUA_PLAN_DURATION:-10}" ||
    echo "bench: the plan import part failed" >&2
fi
if [ "${THIDUA_BENCH_PRODUCT:-1}" != 0 ]; then
  BUILD="$BUILD" bash bench/product.sh --scale "${THIDUA_NATION_SCALE:-1}" --out "$OUT"
fi
echo "bench: wrote $OUT"
