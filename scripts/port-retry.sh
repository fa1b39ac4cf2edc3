# shellcheck shell=bash
# Sourced (scripts/test-postgres.sh, bench/run.sh, bench/nginx.sh). For a server that must be given
# its port beforehand — PostgreSQL and nginx cannot be told port 0 and say which port they bound
# (`thidua serve` can: tests/lib/server.mjs spawnServe).
#
#   on_free_port LOG START   runs `START PORT`; when it fails and what it added to LOG says
#                            "Address already in use", runs it again on another port, at most
#                            PORT_TRIES (default 5) times in all. On success FREE_PORT is the port.
#                            On any other failure, or the last one, prints LOG's last lines, returns 1.
#                            PORT_TRY_FIRST: the port tried first (tests/crash/port-taken.test.mjs
#                            gives one it holds).
#
# The ports tried are below the kernel's ephemeral range (net.ipv4.ip_local_port_range), where the
# kernel never puts a connection's local side: a port the kernel gave for a moment (listen on 0, read it,
# close) is one of those, and on a busy PostgreSQL run another connection took it before the server
# bound it. Below that range only another listener can hold the port — the retry is for that — and
# it stays free for a server stopped and started again on it (tests/crash/postgres-restart).

port_candidate() {
  local lo=10000 hi
  read -r hi _ 2>/dev/null </proc/sys/net/ipv4/ip_local_port_range || hi=32768
  [ "$hi" -gt $((lo + 1000)) ] || hi=65536  # a range starting low: any port, the retry covers it
  echo $((lo + (RANDOM * 32768 + RANDOM) % (hi - lo)))
}

on_free_port() {
  local log=$1 start=$2 try=0 port before added
  while [ "$try" -lt "${PORT_TRIES:-5}" ]; do
    try=$((try + 1))
    if [ "$try" = 1 ] && [ -n "${PORT_TRY_FIRST:-}" ]; then port=$PORT_TRY_FIRST; else port=$(port_candidate); fi
    before=$({ wc -c <"$log"; } 2>/dev/null || echo 0)
    # shellcheck disable=SC2034  # read by the caller
    if "$start" "$port"; then FREE_PORT=$port; return 0; fi
    added=$(tail -c +$((before + 1)) "$log" 2>/dev/null || true)
    [[ $added == *"Address already in use"* ]] || break
    echo "$start: port $port was taken (try $try of ${PORT_TRIES:-5})" >&2
  done
  echo "$start: could not start (try $try; port $port). The last lines of $log:" >&2
  tail -n 15 "$log" >&2 2>/dev/null || true
  return 1
}
