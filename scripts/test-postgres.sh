#!/usr/bin/env bash
# Starts a throwaway PostgreSQL (Debian's package) on loopback for the tests, as the postgres
# user (it refuses to run as root). Source it: it exports THIDUA_TEST_PG_URL and pg_test_stop.
set -euo pipefail
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$PG_BIN/initdb" ] || { echo "test-postgres: PostgreSQL server binaries not found" >&2; return 1; }
PG_DIR=$(mktemp -d /tmp/thidua-pg.XXXXXX)
PG_PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
RUN_AS=()
if [ "$(id -u)" = 0 ]; then
  chown postgres:postgres "$PG_DIR"
  RUN_AS=(runuser -u postgres --)
fi
"${RUN_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U thidua --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
  || { cat "$PG_DIR/initdb.log" >&2; return 1; }
"${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
  -o "-h 127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=on -c max_connections=300" start >/dev/null \
  || { cat "$PG_DIR/server.log" >&2; return 1; }
"${RUN_AS[@]}" "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U thidua thidua
export THIDUA_TEST_PG_URL="postgresql://thidua@127.0.0.1:$PG_PORT/thidua"
export PG_TEST_DIR="$PG_DIR" PG_TEST_BIN="$PG_BIN"
pg_test_stop() {
  "${RUN_AS[@]}" "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_TEST_DIR"
}
echo "test-postgres: PostgreSQL on 127.0.0.1:$PG_PORT"
