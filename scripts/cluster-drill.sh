#!/usr/bin/env bash
# The cluster drill, on the cluster of scripts/cluster-up.sh (started here if it is not running):
#   1. baseline: the Gatling simulation (MixedUseSimulation, UIDL) through HAProxy, SESSIONS sessions on the two
#      app nodes: p50/p95/p99, errors, load average;
#   2. faults under load (Gatling with FAULT_SESSIONS sessions, plus a writer that saves members through the real
#      services via HAProxy's database port and records which saves were acknowledged):
#      a. kill -9 of app node 1 (then started again),
#      b. kill -9 of the Galera node taking the writes: time to the first acknowledged save after the kill,
#      c. that Galera node restarted: rejoins by IST while the load runs,
#      d. rolling restart of both app nodes (drained in HAProxy, stopped, started, back in);
#      then rows acknowledged vs stored;
#   3. the security rules across the two nodes (ClusterSecurityDrill): failures spread over both nodes lock the
#      account; a disabled user loses her sessions on both.
# SESSIONS (400), HOLD_S (120), RAMP_S (60), FAULT_SESSIONS (200), WRITERS (8), SKIP_BASELINE=1, SKIP_FAULTS=1.
# Results in target/cluster-drill/. scripts/cluster-down.sh stops everything afterwards.
source "$(dirname "$0")/cluster-common.sh"
OUT="$ROOT/target/cluster-drill"
mkdir -p "$OUT"
SESSIONS=${SESSIONS:-400}; HOLD_S=${HOLD_S:-120}; RAMP_S=${RAMP_S:-60}
FAULT_SESSIONS=${FAULT_SESSIONS:-200}; WRITERS=${WRITERS:-8}
HAPROXY_URL="http://127.0.0.1:$HTTP_PROXY_PORT"
say() { echo "[$(date +%H:%M:%S)] $* (load $(load_average))"; }

"$ROOT/scripts/cluster-up.sh" | sed 's/^/  /'
say "compiling the drill's and the load test's classes once"
[ -n "${SKIP_COMPILE:-}" ] || ./mvnw -q -Pdrill,load test-compile -DskipTests > "$OUT/compile.log" 2>&1

gatling() { # DESCRIPTION SESSIONS HOLD RAMP: prints the report folder
  ./mvnw -q -Pload gatling:test -Dgatling.simulation=cl.clusterminero.gestion.load.MixedUseSimulation \
    -Dgatling.description="$1" -Dload.baseUrl="$HAPROXY_URL" -Dload.sessions="$2" -Dload.holdSeconds="$3" \
    -Dload.rampSeconds="$4" > "$OUT/gatling-$1.log" 2>&1 || echo "  (gatling reported failed requests)" >&2
  ls -td "$ROOT"/target/gatling/*/ | head -1
}
summary() { python3 "$ROOT/scripts/gatling-summary.py" "$1/index.html"; }

if [ -z "${SKIP_BASELINE:-}" ]; then
  say "baseline: warm-up, 20 sessions for 40 s"
  gatling cluster-warmup 20 30 10 > /dev/null
  say "baseline: $SESSIONS sessions through HAProxy, ramp $RAMP_S s, hold $HOLD_S s"
  report=$(gatling "cluster-$SESSIONS" "$SESSIONS" "$HOLD_S" "$RAMP_S")
  say "baseline done"
  summary "$report" | tee "$OUT/baseline-$SESSIONS.md"
  echo "  sessions per app node at the end: $(echo 'show stat' | socat stdio "unix-connect:$STATE/haproxy.sock" | awk -F, '$1 == "app_nodes" && $2 ~ /^app/ { printf "%s %s  ", $2, $8 }') (total sessions per server)"
fi

if [ -z "${SKIP_FAULTS:-}" ]; then
  CSV="$OUT/writes.csv"; rm -f "$CSV"
  FAULTS_S=${FAULTS_S:-720}
  say "faults: the writer ($WRITERS sessions saving members via HAProxy's database port) and $FAULT_SESSIONS Gatling sessions for ~$FAULTS_S s"
  SPRING_DATASOURCE_URL=$(jdbc_url) SPRING_DATASOURCE_USERNAME=$DB_USER SPRING_DATASOURCE_PASSWORD=$DB_PASSWORD \
    setsid ./mvnw -q test -Pdrill -Dtest=DatabaseDrill -Dsurefire.failIfNoSpecifiedTests=false -Ddrill.out="$CSV" \
    -Ddrill.threads="$WRITERS" -Ddrill.seconds="$FAULTS_S" -Ddrill.think-ms=100 -Dcluster=1 > "$OUT/writer.log" 2>&1 &
  WRITER=$!; echo "$WRITER" > "$STATE/driver-writer.pid"
  trap 'kill -- -$WRITER 2>/dev/null || true; [ -n "${GATLING:-}" ] && kill -- -$GATLING 2>/dev/null || true' EXIT
  until [ -s "$CSV" ]; do kill -0 "$WRITER" 2>/dev/null || { echo "the writer stopped: $OUT/writer.log" >&2; exit 1; }; sleep 0.5; done
  setsid bash -c "cd '$ROOT' && ./mvnw -q -Pload gatling:test -Dgatling.simulation=cl.clusterminero.gestion.load.MixedUseSimulation \
    -Dgatling.description=cluster-faults -Dload.baseUrl=$HAPROXY_URL -Dload.sessions=$FAULT_SESSIONS \
    -Dload.holdSeconds=$((FAULTS_S - 120)) -Dload.rampSeconds=30" > "$OUT/gatling-faults.log" 2>&1 &
  GATLING=$!; echo "$GATLING" > "$STATE/driver-gatling.pid"
  sleep 60
  acked_since() { awk -F, -v t="$1" '$1 >= t && $2 == "save" && $3 == "ok"' "$CSV" | wc -l; }
  # window FROM TO: the writer's outcomes between two instants
  window() {
    awk -F, -v a="$1" -v b="$2" '$1 >= a && $1 <= b { n[$2 "," $3]++ }
      $1 >= a && $2 == "save" && $3 == "ok" && (first == "") { first = $1 }
      END { printf "writer: %d saves ok, %d failed, %d reads ok, %d failed; first acknowledged save %.2f s after the fault\n",
        n["save,ok"], n["save,error"], n["read,ok"], n["read,error"], (first - a) / 1000 }' "$CSV"
  }
  FIG="$OUT/faults.md"; : > "$FIG"
  fig() { echo "$*" | tee -a "$FIG"; }

  # a. kill -9 of app node 1
  sleep 20
  t=$(now_ms); kill9_app 1
  say "a. app-1 killed with SIGKILL"
  until echo "show stat" | socat stdio "unix-connect:$STATE/haproxy.sock" | awk -F, '$2 == "app-1" && $18 ~ /DOWN/ {f=1} END {exit !f}'; do sleep 0.1; done
  fig "a. kill -9 app-1: HAProxy marked it DOWN after $(( $(now_ms) - t )) ms; load $(load_average)"
  sleep 10; fig "   $(window "$t" "$(now_ms)")"
  t2=$(now_ms); start_app 1
  fig "   app-1 started again and ready after $(( ($(now_ms) - t2) / 1000 )) s"

  # b. kill -9 of the Galera writer
  sleep 20
  writer_node=$(haproxy_db_server | awk '$3 > 0 { print $1 }' | head -1); writer_node=${writer_node:-galera-1}
  w=${writer_node#galera-}
  t=$(now_ms); kill9_node "$w"
  say "b. $writer_node (the node taking the writes) killed with SIGKILL"
  until haproxy_db_server | awk -v s="$writer_node" '$1 == s && $2 ~ /DOWN/ {f=1} END {exit !f}'; do sleep 0.1; done
  fig "b. kill -9 $writer_node: HAProxy marked it DOWN after $(( $(now_ms) - t )) ms, connections now to $(haproxy_db_server | awk '$2 == "UP" && $3 > 0 {print $1}' | head -1); load $(load_average)"
  until [ "$(acked_since "$t")" -gt 0 ]; do sleep 0.1; done
  sleep 15; fig "   $(window "$t" "$(now_ms)")"
  fig "   cluster size seen by the others: $(for n in "${NODES[@]}"; do [ "$n" = "$w" ] || printf 'galera-%s: %s ' "$n" "$(cluster_size "$n")"; done)"

  # c. the killed node rejoins (IST) while the load runs
  sleep 10
  t=$(now_ms); start_node "$w"
  how=$(grep -E "IST received|State transfer required|Prepared IST receiver|SST" "$(node_dir "$w")/error.log" | tail -3 | grep -o -E "IST received: [^ ]+|Prepared IST receiver[^,]*|SST[^.]*" | tail -1)
  fig "c. $writer_node restarted under load: Synced after $(( $(now_ms) - t )) ms ($how); HAProxy keeps writes on $(haproxy_db_server | awk '$3 > 0 {print $1}' | head -1); load $(load_average)"
  fig "   $(window "$t" "$(now_ms)")"

  # d. rolling restart of both app nodes: drained (no new sessions), stopped, started, back in
  for n in "${APP_NODES[@]}"; do
    sleep 15
    t=$(now_ms)
    echo "set server app_nodes/app-$n state drain" | socat stdio "unix-connect:$STATE/haproxy.sock" > /dev/null
    sleep 5; stop_app "$n"; start_app "$n"
    echo "set server app_nodes/app-$n state ready" | socat stdio "unix-connect:$STATE/haproxy.sock" > /dev/null
    fig "d. rolling restart app-$n: drained, stopped (graceful), started and ready in $(( ($(now_ms) - t) / 1000 )) s; load $(load_average)"
    fig "   $(window "$t" "$(now_ms)")"
  done

  say "waiting for the load to end"
  wait "$GATLING" || echo "  (gatling reported failed requests)"
  wait "$WRITER" || echo "  (the writer's own check failed: $OUT/writer.log)"
  trap - EXIT; rm -f "$STATE"/driver-*.pid
  report=$(ls -td "$ROOT"/target/gatling/*/ | head -1)
  fig "Gatling during the faults ($FAULT_SESSIONS sessions through HAProxy): report $report"
  summary "$report" | tee -a "$FIG"

  # Acknowledged vs stored, read on every node that is up.
  awk -F, '$2 == "save" && $3 == "ok" { print $5 }' "$CSV" | sort -u > "$OUT/acked.txt"
  awk -F, '$2 == "save" && $3 == "error" { print $5 }' "$CSV" | sort -u > "$OUT/failed.txt"
  for n in "${NODES[@]}"; do
    node_client "$n" -N "$DB_NAME" -e "select rut from member where rut like '9_______-_'" | sort -u > "$OUT/stored-$n.txt"
    missing=$(comm -23 "$OUT/acked.txt" "$OUT/stored-$n.txt" | wc -l)
    stored_acked=$(comm -12 "$OUT/acked.txt" "$OUT/stored-$n.txt" | wc -l)
    stored_failed=$(comm -12 "$OUT/failed.txt" "$OUT/stored-$n.txt" | wc -l)
    fig "rows on galera-$n: $(wc -l < "$OUT/acked.txt") saves acknowledged, $stored_acked of them stored, $missing missing; $(wc -l < "$OUT/failed.txt") saves reported failed, $stored_failed of those stored anyway"
  done
fi

say "security across the two nodes (ClusterSecurityDrill)"
SPRING_DATASOURCE_URL=$(jdbc_url) SPRING_DATASOURCE_USERNAME=$DB_USER SPRING_DATASOURCE_PASSWORD=$DB_PASSWORD \
  ./mvnw -q test -Pdrill -Dtest=ClusterSecurityDrill -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcluster.node1="http://127.0.0.1:$(app_port 1)" -Dcluster.node2="http://127.0.0.1:$(app_port 2)" > "$OUT/security.log" 2>&1 \
  && echo "ClusterSecurityDrill: PASS" || echo "ClusterSecurityDrill: FAIL (see $OUT/security.log)"
grep -h "CLUSTER-CHECK" "$OUT/security.log" "$ROOT"/target/surefire-reports/*ClusterSecurityDrill*-output.txt 2>/dev/null | sort -u || true
say "drill done; scripts/cluster-down.sh stops the cluster"
