#!/usr/bin/env bash
# Starts nginx (a daemon) for the benchmarks' reference, on a free port (scripts/port-retry.sh: nginx
# cannot be told port 0; a port taken by another listener is tried again on another one).
#   bash bench/nginx.sh WORKDIR < HTTP_BODY   -> prints "PORT PIDFILE"
# HTTP_BODY: what goes inside `http { }` besides the common settings below, "@PORT@" standing for the
# port (`listen 127.0.0.1:@PORT@;`). Stop it with `kill "$(cat PIDFILE)"`.
set -euo pipefail
work=$(realpath "$1")
cd "$(dirname "$0")/.."
source scripts/port-retry.sh
body=$(cat)
nginx_start_on() {  # PORT
  local conf="$work/nginx-$1.conf"
  cat >"$conf" <<CONF
worker_processes 2;
pid $work/nginx-$1.pid;
error_log $work/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  keepalive_requests 1000000;
${body//@PORT@/$1}
}
CONF
  # The daemon's parent returns once the socket is bound (or exits 1 when it could not be).
  nginx -c "$conf" -p "$work" -e "$work/nginx-error.log" 2>>"$work/nginx-error.log"
}
on_free_port "$work/nginx-error.log" nginx_start_on
for _ in $(seq 50); do [ -s "$work/nginx-$FREE_PORT.pid" ] && break; sleep 0.1; done
echo "$FREE_PORT $work/nginx-$FREE_PORT.pid"
