#!/usr/bin/env bash
# Stops everything scripts/cluster-up.sh (and the drill) started: the app nodes, HAProxy, then the Galera nodes
# (node 1 last, so that it may bootstrap the cluster at the next start). Only our own processes, found by the pid
# files under .data/ and checked against their command lines. Keeps the data; scripts/cluster-up.sh --clean wipes it.
source "$(dirname "$0")/cluster-common.sh"
for f in "$STATE"/driver-*.pid; do   # a load writer left by an interrupted drill
  [ -f "$f" ] || continue; pid=$(cat "$f")
  is_ours "$pid" "cluster" && kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true; rm -f "$f"
done
for n in "${APP_NODES[@]}"; do stop_app "$n"; echo "app-$n stopped"; done
pid=$(haproxy_pid)
if is_ours "$pid" "$STATE/haproxy.cfg"; then
  for p in $(pgrep -f -- "-f $STATE/haproxy.cfg" || true); do is_ours "$p" "$STATE/haproxy.cfg" && kill "$p"; done
  echo "HAProxy stopped"
fi
rm -f "$STATE/haproxy.pid"
for n in 3 2 1; do stop_node "$n"; echo "galera-$n stopped"; done
left=""
for n in "${NODES[@]}"; do is_ours "$(node_pid "$n")" "$(node_dir "$n")" && left="$left galera-$n"; done
for n in "${APP_NODES[@]}"; do is_ours "$(app_pid "$n")" "--server.port=$(app_port "$n")" && left="$left app-$n"; done
[ -z "$left" ] && echo "nothing of the cluster is running" || { echo "still running:$left" >&2; exit 1; }
