#!/usr/bin/env bash
# The product through its own HTTP API on its own databases (bench/README.md, "The product"):
# for SQLite and then PostgreSQL (scripts/test-postgres.sh), `thidua_nation load` writes the
# national data set at --scale through the storage repositories, bench/http_bench.mjs starts
# `thidua serve` on it and measures; the figures go under "product" in --out (merged with what
# the file holds). With --check, fails when the harness finds errors or lost writes (the smoke
# run of `make test`); it never fails on a timing.
#   bash bench/product.sh [--scale S] [--out FILE] [--duration SECONDS] [--samples N] [--only sqlite|postgresql] [--check]
# --only runs one database and keeps the other's figures already in --out (a rerun of one half).
# --samples: report → ranking samples, each interleaved with one of its write floor (at most half
# the manifest's probes: 820 at --scale 1; `node bench/http_bench.mjs --only rtr` takes more, in rounds).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
scale=0.02 out=bench/results/latest.json duration=10 samples=1000 check=0 only=
while [ $# -gt 0 ]; do
  case $1 in
    --scale) scale=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --samples) samples=$2; shift 2 ;;
    --check) check=1; shift ;;
    --only) only=$2; shift 2 ;;
    *) echo "product.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
# Always brought up to date: a stale thidua_nation from an older commit once ran a whole-nation
# load for 45 minutes and then failed on a subcommand it did not have yet.
cmake --build "$BUILD" --target thidua thidua_nation >&2
for cmd in wrk nginx; do
  command -v $cmd >/dev/null || { apt-get install -y -qq wrk nginx-light >/dev/null 2>&1 || true; }
  command -v $cmd >/dev/null || { echo "product.sh: $cmd is missing (apt-get install wrk nginx-light)" >&2; exit 1; }
done
work=$(mktemp -d /tmp/thidua-product.XXXXXX)
pg_up=0
finish() { [ "$pg_up" = 1 ] && pg_test_stop; rm -rf "$work"; }
trap finish EXIT

load_of() { cut -d' ' -f1-3 /proc/loadavg; }
started=$(date -u +%FT%TZ) load_start=$(load_of)
run_one() {  # name url
  local name=$1 url=$2 t0
  t0=$(date +%s.%N)
  echo "product: $name: loading the nation at scale $scale" >&2
  nice -n 5 "$BUILD/bench/thidua_nation" load --db "$url" --scale "$scale" --manifest "$work/$name-manifest.json" \
    >"$work/$name-load.json"
  # A bulk load leaves PostgreSQL work behind: its last checkpoint still spreading the load's WAL,
  # autovacuum's first pass over every loaded table, and rows whose first reader sets their hint
  # bits (dirtying every page the server's start reads). Measured right after the load, that work
  # ran into the figures as 100–440 ms COMMITs (WALSync waits) for the product and the floor alike;
  # a production database is not measured in the minutes after its import. Settled first:
  # VACUUM (ANALYZE) sets the hint bits and the visibility map, CHECKPOINT writes it all out.
  # (SQLite: the loader's last connection closes with the WAL checkpointed.)
  if [ "${url%%:*}" = postgresql ]; then
    echo "product: $name: VACUUM (ANALYZE) and CHECKPOINT after the load" >&2
    psql "$url" -X -q -c "VACUUM (ANALYZE)" -c "CHECKPOINT"
  fi
  echo "product: $name: measuring through HTTP" >&2
  node bench/http_bench.mjs --db "$url" --manifest "$work/$name-manifest.json" --work "$work/$name" \
    --duration "$duration" --samples "$samples" >"$work/$name.json"
  awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }' >"$work/$name-seconds"
}
case $only in ""|sqlite|postgresql) ;; *) echo "product.sh: --only sqlite or postgresql" >&2; exit 2 ;; esac
[ "$only" = postgresql ] || run_one sqlite "sqlite:$work/nation.db"
if [ "$only" != sqlite ]; then
  # shellcheck disable=SC1091
  source scripts/test-postgres.sh >&2
  pg_up=1
  psql "$THIDUA_TEST_PG_URL" -q -c "CREATE DATABASE nation"
  run_one postgres "${THIDUA_TEST_PG_URL%/*}/nation"
fi

ONLY=$only WORK=$work OUT=$out SCALE=$scale STARTED=$started LOAD_START="$load_start" LOAD_END="$(load_of)" CHECK=$check node -e '
const fs = require("fs"), e = process.env, w = (f) => JSON.parse(fs.readFileSync(`${e.WORK}/${f}`, "utf8"));
const ran = e.ONLY ? [e.ONLY] : ["sqlite", "postgresql"];
const file = { sqlite: "sqlite", postgresql: "postgres" };
const m = w(`${file[ran[0]]}-manifest.json`);
let all = {};
try { all = JSON.parse(fs.readFileSync(e.OUT, "utf8")); } catch { /* a new file */ }
const product = {
  what: "thidua serve through its HTTP API on a database thidua_nation loaded through the storage repositories",
  run: { started: e.STARTED, finished: new Date().toISOString().slice(0, 19) + "Z", cpus: require("os").cpus().length,
         load_average_start: e.LOAD_START, load_average_end: e.LOAD_END },
  dataset: { scale: Number(e.SCALE), ...m.counts },
};
for (const db of ["sqlite", "postgresql"]) {
  if (ran.includes(db)) {
    const f = file[db];
    product[db] = { ...w(`${f}.json`), load: w(`${f}-load.json`).load_timings, seconds: Number(fs.readFileSync(`${e.WORK}/${f}-seconds`, "utf8")) };
    if (e.ONLY) product[db].run = product.run;
  } else if (all.product && all.product[db]) product[db] = all.product[db];  // kept from an earlier run (--only)
}
all.product = product;
fs.writeFileSync(e.OUT, JSON.stringify(all, null, 2) + "\n");
// The smoke check: the harness must find no error, no lost write, every bad input a 4xx.
const problems = [];
for (const db of ran) {
  const f = product[db], r = f.deadline_rush;
  if (f.cold_start_errors) problems.push(`${db}: ${f.cold_start_errors} rankings not answered at cold start`);
  if (f.report_to_ranking_not_reflected || !f.report_to_ranking_samples) problems.push(`${db}: reports not reflected in the ranking`);
  if (r.errors || r.lost_writes || r.acknowledged !== r.reports) problems.push(`${db}: rush errors ${r.errors}, lost ${r.lost_writes}`);
  if (r.bad_input.not_4xx || !r.bad_input.disconnect_left_nothing || !r.server_alive) problems.push(`${db}: bad input not refused with 4xx, or the server died`);
  if (r.rush_floor_errors) problems.push(`${db}: the write floor failed`);
  if (!(f.ranking_rps > 0) || f.ranking_non2xx) problems.push(`${db}: the ranking under wrk failed`);
  const rc = f.reference_check;
  if (!rc || rc.mismatches || !rc.coverage_compared) problems.push(`${db}: served scores against the reference: ${JSON.stringify(rc)}`);
  const rr = f.reference_rankings;
  if (!rr || rr.mismatches || !rr.ranked || rr.ranked !== rr.units || !rr.units_with_points || !rr.scorecards_compared)
    problems.push(`${db}: served rankings against the SQL reference: ${JSON.stringify(rr)}`);
  if (f.national_view_non2xx || !(f.national_view_rps > 0)) problems.push(`${db}: the national view under wrk failed`);
  if (f.national_nginx_non2xx || f.ranking_nginx_non2xx) problems.push(`${db}: nginx, the reference, answered errors`);
}
if (ran.includes("postgresql")) {
const pr = product.postgresql.pg_restart;
if (!pr || !pr.restarted || pr.lost_writes || pr.half_written || pr.unclear_failures || pr.retry_failed)
  problems.push(`postgresql restart during the rush: ${JSON.stringify(pr)}`);
const t = product.postgresql.two_instances;
if (!t || t.not_reflected || !t.cross_instance_staleness_samples || t.rush_with_kill.lost_writes) problems.push("two instances: stale, or lost writes");
}
if (problems.length) { console.error("product: " + problems.join("; ")); if (e.CHECK === "1") process.exit(1); }
console.error(`product: wrote ${e.OUT}` + (problems.length ? "" : " (no errors, no lost writes)"));
'
