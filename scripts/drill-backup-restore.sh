#!/usr/bin/env bash
# Drill 6(c): back up the local drill database (filled with synthetic data: SEED_MEMBERS members with a contact
# each, SEED_INITIATIVES initiatives with milestones and progress), restore it into a fresh
# schema and compare CHECKSUM TABLE for every table.
#   scripts/drill-backup-restore.sh     (SEED_MEMBERS=100000 SEED_INITIATIVES=10000)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/drill-common.sh
NAME=${LOCAL_DB_NAME:-gestion_drill}
RESTORED=${NAME}_restored
scripts/mariadb-local.sh start
echo "load before: $(uptime)"
echo "== seeding (idempotent)"
start_driver target/drills/seed.csv target/drills/seed-driver.log -Ddrill.seconds=0 \
  -Ddrill.seed-members="${SEED_MEMBERS:-100000}" -Ddrill.seed-initiatives="${SEED_INITIATIVES:-10000}"
wait "$DRIVER_PID" || { echo "seeding failed: see target/drills/seed-driver.log" >&2; exit 1; }
sock=$(realpath -m "${LOCAL_DB_DIR:-.data/drill-mariadb}")/mysqld.sock
scripts/mariadb-local.sh client -N -e "select concat(table_name, ': ', table_rows, ' rows (estimate)') from information_schema.tables where table_schema = '$NAME' and table_rows > 1000"

echo "== backup"
b0=$(now_ms)
file=$(DB_SOCKET="$sock" DB_USER=root DB_NAME="$NAME" scripts/backup.sh target/drills/backups | tail -1)
b1=$(now_ms)
echo "== restore into $RESTORED"
scripts/mariadb-local.sh client -e "drop database if exists \`$RESTORED\`"
DB_SOCKET="$sock" DB_USER=root scripts/restore.sh "$file" "$RESTORED"
b2=$(now_ms)

echo "== CHECKSUM TABLE, original against restored"
# CHECKSUM TABLE reads a VIRTUAL generated column's bytes as stored in the record, which a restore rebuilds
# differently (contact.primary_guard): for tables with generated columns, the drill compares a checksum of the
# stored columns' values instead (count and BIT_XOR of CRC32 over every row).
client() { scripts/mariadb-local.sh client -N "$@"; }
tables=$(client -e "select table_name from information_schema.tables where table_schema = '$NAME' and table_type = 'BASE TABLE' order by table_name")
bad=0; n=0
for t in $tables; do
  generated=$(client -e "select count(*) from information_schema.columns where table_schema = '$NAME' and table_name = '$t' and generation_expression is not null")
  if [ "$generated" -eq 0 ]; then
    how="CHECKSUM TABLE"
    a=$(client -e "checksum table \`$NAME\`.\`$t\`" | awk '{print $2}')
    b=$(client -e "checksum table \`$RESTORED\`.\`$t\`" | awk '{print $2}')
  else
    how="rows and CRC32 of stored columns"
    expr=$(client -e "select group_concat(concat('ifnull(hex(\`', column_name, '\`), 0x00)') order by ordinal_position) from information_schema.columns where table_schema = '$NAME' and table_name = '$t' and generation_expression is null")
    a=$(client -e "select concat(count(*), '/', bit_xor(crc32(concat_ws(0x1f, $expr)))) from \`$NAME\`.\`$t\`")
    b=$(client -e "select concat(count(*), '/', bit_xor(crc32(concat_ws(0x1f, $expr)))) from \`$RESTORED\`.\`$t\`")
  fi
  n=$((n + 1))
  if [ "$a" = "$b" ]; then printf '  %-28s %-14s %s\n' "$t" "$a" "$how"; else printf '  %-28s %s != %s  MISMATCH (%s)\n' "$t" "$a" "$b" "$how"; bad=$((bad + 1)); fi
done
triggers=$(client -e "select count(*) from information_schema.triggers where trigger_schema = '$RESTORED'")
source_triggers=$(client -e "select count(*) from information_schema.triggers where trigger_schema = '$NAME'")
echo "backup $(du -h "$file" | cut -f1) in $(( (b1 - b0) )) ms; restore in $(( (b2 - b1) )) ms; $n tables, $bad mismatches; triggers $triggers of $source_triggers"
echo "load after: $(uptime)"
[ "$bad" -eq 0 ] && [ "$triggers" -eq "$source_triggers" ] && echo PASS || { echo FAIL; exit 1; }
