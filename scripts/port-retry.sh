# Sourced (scripts/test-postgres.sh, bench/run.sh, bench/nginx.sh). For a server that must be given
# its port beforehand — PostgreSQL and nginx cannot be told port 0 and say which port they bound
# (`thidua serve` can: tests/lib/server.mjs spawnServe).
#
#   on_free_port LOG START   runs `START PORT`; when it fails and what it added to LOG says
#                            "Address already in use", runs it again on another port, at most
#                            PORT_TRIES (default 5) times in all. On success FREE_PORT is the port.
#                            On any other failure, or the last one, prints LOG's last lines, returns 1.
#
# The ports tried are below the kernel's ephemeral range (net.ipv4.ip_local_port_range), where no
# connection's local side is ever put: a port the kernel gave for a moment (listen on 0, read it,
# close) is one of those, and on a busy PostgreSQL run another connection took it before the server
# bound it. Below that range only another listener can hold the port — the retry is for that — and
# it stays free for a server stopped and started again on it (tests/crash/postgres-restart).

port_candidate() {
  local lo=10000 hi
  read -r hi _ </proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || hi=32768
  [ "$hi" -gt $((lo + 1000)) ] || hi=65536  # a range starting low: any port, the retry covers it
  echo $((lo + (RANDOM * 32768 + RANDOM) % (hi - lo)))
}

on_free_port() {
  local log=$1 start=$2 try=0 port before
  while [ "$try" -lt "${PORT_TRIES:-5}" ]; do
    try=$((try + 1))
    port=$(port_candidate)
    before=$(wc -c <"$log" 2>/dev/null || echo 0)
    if "$start" "$port"; then FREE_PORT=$port; return 0; fi
    tail -c +$((before + 1)) "$log" 2>/dev/null | grep -q "Address already in use" || break
    echo "$start: port $port was taken (try $try of ${PORT_TRIES:-5})" >&2
  done
  echo "$start: could not start (try $try; port $port). The last lines of $log:" >&2
  tail -n 15 "$log" >&2 2>/dev/null || true
  return 1
}
