#!/usr/bin/env bash
# Drill 6(a): MariaDB restarts while 100 sessions save and read through the application's services, pool and driver.
# Passes when errors happen only during the outage (and at most 10 s after MariaDB is back), and the first save
# succeeds within 10 s of MariaDB answering again; the application is never restarted.
#   scripts/drill-restart.sh            (OUTAGE_S=15 SESSIONS=100)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/drill-common.sh
OUTAGE_S=${OUTAGE_S:-15}
SESSIONS=${SESSIONS:-100}
OUT=target/drills/restart.csv

scripts/mariadb-local.sh start
echo "load before: $(uptime)"
start_driver "$OUT" target/drills/restart-driver.log -Ddrill.threads="$SESSIONS" -Ddrill.seconds=75 -Ddrill.think-ms=200
trap 'kill "$DRIVER_PID" 2>/dev/null || true' EXIT
wait_for_saves "$OUT" 300
sleep 10
down=$(now_ms)
scripts/mariadb-local.sh stop
sleep "$OUTAGE_S"
scripts/mariadb-local.sh start > /dev/null
up=$(now_ms)
echo "MariaDB down at $down, answering again at $up ($(( (up - down) / 1000 )) s outage)"
wait "$DRIVER_PID" || { echo "the load driver failed: see target/drills/restart-driver.log" >&2; exit 1; }
trap - EXIT
echo "load after: $(uptime)"

awk -F, -v down="$down" -v up="$up" '
  $3 == "error" && $1 < down { before++ }
  $3 == "error" && $1 > up + 10000 { late++ }
  $3 == "error" && $1 >= down && $1 <= up + 10000 { during++ }
  $3 == "ok" { ok++ }
  $2 == "save" && $3 == "ok" && $1 > up && (first == "" || $1 < first) { first = $1 }
  $2 == "save" && $3 == "ok" { saves++ }
  $2 == "read" && $3 == "ok" && $1 > up { lat[n++] = $4 }
  END {
    printf "outcomes: %d ok (%d saves), errors: %d before the outage, %d during it (or <=10 s after), %d later\n",
      ok, saves, before + 0, during + 0, late + 0
    if (first == "") { print "FAIL: no save succeeded after MariaDB came back"; exit 1 }
    printf "first successful save %.2f s after MariaDB answered again\n", (first - up) / 1000
    if (before + late > 0 || first - up > 10000) { print "FAIL"; exit 1 }
    print "PASS"
  }' "$OUT"
