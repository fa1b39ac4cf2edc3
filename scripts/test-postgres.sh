#!/usr/bin/env bash
# Starts a throwaway PostgreSQL (Debian's package) on loopback for the tests, as the postgres
# user (it refuses to run as root). Source it: it exports THIDUA_TEST_PG_URL and pg_test_stop (and
# PG_TEST_DIR, PG_TEST_BIN, PG_TEST_OPTS: what `pg_ctl start` needs to start it again on its port).
# Its port is tried, and another one when it was taken, by scripts/port-retry.sh.
set -euo pipefail
# shellcheck source=scripts/port-retry.sh
source "$(dirname "${BASH_SOURCE[0]}")/port-retry.sh"
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$PG_BIN/initdb" ] || { echo "test-postgres: PostgreSQL server binaries not found" >&2; return 1; }
PG_DIR=$(mktemp -d /tmp/thidua-pg.XXXXXX)
RUN_AS=()
if [ "$(id -u)" = 0 ]; then
  chown postgres:postgres "$PG_DIR"
  RUN_AS=(runuser -u postgres --)
fi
"${RUN_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U thidua --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
  || { cat "$PG_DIR/initdb.log" >&2; return 1; }
pg_test_start_on() {  # PORT
  PG_OPTS="-h 127.0.0.1 -p $1 -k $PG_DIR -c fsync=on -c max_connections=300"
  "${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 -o "$PG_OPTS" start >/dev/null
}
on_free_port "$PG_DIR/server.log" pg_test_start_on || { rm -rf "$PG_DIR"; return 1; }
PG_PORT=$FREE_PORT
"${RUN_AS[@]}" "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U thidua thidua
export THIDUA_TEST_PG_URL="postgresql://thidua@127.0.0.1:$PG_PORT/thidua"
export PG_TEST_DIR="$PG_DIR" PG_TEST_BIN="$PG_BIN" PG_TEST_OPTS="$PG_OPTS"
pg_test_stop() {
  "${RUN_AS[@]}" "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_TEST_DIR"
}
echo "test-postgres: PostgreSQL on 127.0.0.1:$PG_PORT"
