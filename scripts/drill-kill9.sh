#!/usr/bin/env bash
# Drill 6(b): kill -9 of mariadbd right after 1,000 acknowledged saves (each one transaction through MemberService,
# acknowledged when its commit returned), while saves go on; restart MariaDB and check that every acknowledged save
# is there. Needs innodb_flush_log_at_trx_commit=1, which the application checks at startup.
#   scripts/drill-kill9.sh            (SAVES=1000 WRITERS=16)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/drill-common.sh
SAVES=${SAVES:-1000}
WRITERS=${WRITERS:-16}
OUT=target/drills/kill9.csv

scripts/mariadb-local.sh start
echo "load before: $(uptime)"
start_driver "$OUT" target/drills/kill9-driver.log -Ddrill.threads="$WRITERS" -Ddrill.seconds=40 -Ddrill.think-ms=0
trap 'kill "$DRIVER_PID" 2>/dev/null || true' EXIT
wait_for_saves "$OUT" "$SAVES"
scripts/mariadb-local.sh kill9
killed=$(now_ms)
acked_before_kill=$(awk -F, -v k="$killed" '$2 == "save" && $3 == "ok" && $1 <= k' "$OUT" | wc -l)
echo "killed at $killed after $acked_before_kill acknowledged saves"
sleep 2
start=$(now_ms)
scripts/mariadb-local.sh start
echo "crash recovery and start: $(( $(now_ms) - start )) ms"
wait "$DRIVER_PID" || true
trap - EXIT
echo "load after: $(uptime)"

acked=$(awk -F, '$2 == "save" && $3 == "ok" { print $5 }' "$OUT")
total=$(echo "$acked" | grep -c . || true)
{
  echo "create temporary table acked (rut varchar(10) primary key);"
  echo "$acked" | awk 'NF { printf "insert into acked values (\x27%s\x27);\n", $1 }'
  echo "select count(*) from acked a left join member m on m.rut = a.rut where m.id is null;"
} > target/drills/kill9-check.sql
missing=$(scripts/mariadb-local.sh client -N "${LOCAL_DB_NAME:-gestion_drill}" < target/drills/kill9-check.sql)
echo "acknowledged saves: $acked_before_kill before the kill, $total in all; missing after the restart: $missing"
[ "$missing" -eq 0 ] && [ "$acked_before_kill" -ge "$SAVES" ] && echo PASS || { echo FAIL; exit 1; }
