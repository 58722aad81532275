#!/usr/bin/env bash
# Memory per session: live heap after a full GC with N sessions open minus with none, divided by N. Each session
# is logged in with the members view open (layout, side navigation, filters, the grid's first page).
#
#   SPRING_DATASOURCE_URL=... SPRING_DATASOURCE_USERNAME=... SPRING_DATASOURCE_PASSWORD=... \
#   scripts/memory-per-session.sh [N=200] [EXTRA=50]
#
# Starts the production jar with -Xmx1g and a 3-minute session timeout, opens 10 warm-up sessions (classes,
# caches and pools that the app has once), opens N more, weighs the live heap (jcmd GC.class_histogram forces a full
# GC and sums the live objects), opens EXTRA more one by one with the N open (the p95 of the round trip that builds
# the members view), then waits until every session has expired and weighs again: the app is as warm as with the
# sessions (same caches, same Tomcat processors), so (with - without) / sessions is what a session weighs.
# Also printed: the growth from the 10 warm-up sessions to N more, and the classes that grew most.
source "$(dirname "$0")/perf-common.sh"
N="${1:-200}"; EXTRA="${2:-50}"
JCMD="$JAVA_HOME/bin/jcmd"
require_db
live_heap() { # live_heap FILE: full GC, class histogram to FILE, prints the total live bytes
  "$JCMD" "$APP_PID" GC.run > /dev/null
  "$JCMD" "$APP_PID" GC.class_histogram > "$1"
  awk '/^Total/ {print $3}' "$1"
}
echo "load average before start: $(load_average)"
APP_ARGS="--server.servlet.session.timeout=3m ${APP_ARGS:-}" start_app "$OUT/app-memory.log" -Xmx1g ${JAVA_OPTS:-}
echo "app pid $APP_PID, login page after $(wait_login) s"
gatling MemberSessionsSimulation sessions-warmup -Dload.users=10 -Dload.rampSeconds=5 > /dev/null
sleep 2
h0=$(live_heap "$OUT/histo-0.txt")
report=$(gatling MemberSessionsSimulation "sessions-$N" -Dload.users="$N" -Dload.rampSeconds=$(( N / 5 )))
sleep 2
h1=$(live_heap "$OUT/histo-$N.txt")
echo "load average: $(load_average)"
echo "live heap with 10 warm-up sessions: $h0 bytes; with $N more: $h1 bytes"
python3 - "$h0" "$h1" "$N" <<'PY'
import sys
h0, h1, n = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
print(f"growth from 10 warm-up sessions to {n} more: {(h1 - h0) / n / 1024:.1f} kB per session")
PY
echo "members view with $N sessions open: $EXTRA more sessions"
report=$(gatling MemberSessionsSimulation "sessions-extra" -Dload.users="$EXTRA" -Dload.rampSeconds="$EXTRA")
echo "load average: $(load_average)"
python3 "$ROOT/scripts/gatling-summary.py" "$report/index.html" | grep -E "request|---|members: open"
echo "waiting for the sessions to expire (3 min timeout)"
for _ in $(seq 1 40); do
  sleep 30
  h2=$(live_heap "$OUT/histo-none.txt")
  left=$(awk '$4 == "com.vaadin.flow.server.VaadinSession" {print $2}' "$OUT/histo-none.txt")
  [ -z "$left" ] || [ "$left" = "0" ] && break
done
echo "live heap with $(( N + 10 )) sessions: $h1 bytes; with none (after expiry): $h2 bytes; load average $(load_average)"
python3 - "$h1" "$h2" "$(( N + 10 ))" <<'PY'
import sys
h1, h2, n = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
print(f"MEMORY PER SESSION: {(h1 - h2) / n / 1024:.1f} kB ({n} sessions, with minus without, same warm app)")
PY
echo "classes that grew most (bytes per session):"
python3 - "$OUT/histo-none.txt" "$OUT/histo-$N.txt" "$(( N + 10 ))" <<'PY'
import re, sys
def read(path):
    sizes = {}
    for line in open(path):
        m = re.match(r'\s*\d+:\s+(\d+)\s+(\d+)\s+(\S+)', line)
        if m:
            sizes[m.group(3)] = sizes.get(m.group(3), 0) + int(m.group(2))
    return sizes
a, b, n = read(sys.argv[1]), read(sys.argv[2]), int(sys.argv[3])
grown = sorted(((b.get(k, 0) - a.get(k, 0), k) for k in set(a) | set(b)), reverse=True)[:25]
for delta, name in grown:
    print(f"  {delta / n:10.0f}  {name}")
PY
