#!/usr/bin/env bash
# The HTTP figures: requests per second of `thidua serve` answering a group's ranking, against
# nginx serving the very same bytes as a static file, both measured by wrk on loopback in the same
# run. Usage: bench/http.sh WORKDIR -> prints "api_rps nginx_rps".
set -euo pipefail
cd "$(dirname "$0")/.."
work=$1
BIN=${BUILD:-build}/thidua
# The server binds a port the kernel gives it (--port 0) and says which in its "serving" line.
THIDUA_ADMIN_PASSWORD='Demo!Passw0rd' THIDUA_DEMO_PASSWORD='Demo!Passw0rd' \
  "$BIN" serve --demo --db "sqlite:$work/http.db" --host 127.0.0.1 --port 0 >"$work/serve.log" 2>&1 &
api_pid=$!
nginx_pid=""
stop() { kill "$api_pid" 2>/dev/null || true; [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true; }
trap stop EXIT
API_PORT=""
for _ in $(seq 600); do
  API_PORT=$(sed -n 's|.*thidua serving http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$work/serve.log")
  [ -n "$API_PORT" ] && break
  kill -0 "$api_pid" 2>/dev/null || { echo "bench: thidua serve exited:" >&2; tail -n 20 "$work/serve.log" >&2; exit 1; }
  sleep 0.1
done
[ -n "$API_PORT" ] || { echo "bench: thidua serve did not start:" >&2; tail -n 20 "$work/serve.log" >&2; exit 1; }
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$API_PORT/healthz" >/dev/null && break; sleep 0.1; done
# Seed through the API as an administrator would (bench/http_seed.mjs).
node bench/http_seed.mjs "http://127.0.0.1:$API_PORT" >"$work/seed.json"
path=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).path)' "$work/seed.json")
cookie=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).cookie)' "$work/seed.json")
mkdir -p "$work/www"
curl -sf -H "Cookie: $cookie" "http://127.0.0.1:$API_PORT$path" >"$work/www/ranking.json"
[ -s "$work/www/ranking.json" ] || { echo "bench: the ranking endpoint answered nothing" >&2; exit 1; }

read -r NGINX_PORT nginx_pidfile < <(bash bench/nginx.sh "$work" <<CONF
  server {
    listen 127.0.0.1:@PORT@;
    root $work/www;
    default_type application/json;
  }
CONF
)
nginx_pid=$(cat "$nginx_pidfile")
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$NGINX_PORT/ranking.json" >/dev/null && break; sleep 0.1; done
cmp -s <(curl -s -H "Cookie: $cookie" "http://127.0.0.1:$API_PORT$path") "$work/www/ranking.json" ||
  { echo "bench: the API answer changed between requests" >&2; exit 1; }

rps() { wrk -t2 -c64 -d10s "$@" | awk '/Requests\/sec/ {print $2}'; }
api=$(rps -H "Cookie: $cookie" "http://127.0.0.1:$API_PORT$path")
nginx_rps=$(rps "http://127.0.0.1:$NGINX_PORT/ranking.json")
echo "$api $nginx_rps"
