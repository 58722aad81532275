#!/usr/bin/env bash
# A consistent logical backup of the application's database: one InnoDB snapshot (--single-transaction: no locks
# held on the tables, writers go on), with triggers (migration V6 keeps the initiative roll-up by triggers on
# milestone), routines and events, compressed, with a SHA-256 beside it.
#
#   DB_HOST=127.0.0.1 DB_PORT=3306 DB_USER=gestion DB_PASSWORD=... DB_NAME=gestion scripts/backup.sh [DIR]
#
# Writes DIR/gestion-<name>-<UTC time>.sql.gz (DIR defaults to ./backups) and prints its path on the last line.
# DB_SOCKET instead of host and port connects through a local socket.
set -euo pipefail
DIR=${1:-backups}
: "${DB_NAME:?DB_NAME is needed}"
mkdir -p "$DIR"
file="$DIR/gestion-${DB_NAME}-$(date -u +%Y%m%dT%H%M%SZ).sql.gz"
conn=(--no-defaults -u"${DB_USER:-root}")
[ -n "${DB_PASSWORD:-}" ] && conn+=(--password="$DB_PASSWORD")
if [ -n "${DB_SOCKET:-}" ]; then conn+=(--socket="$DB_SOCKET"); else conn+=(-h"${DB_HOST:-127.0.0.1}" -P"${DB_PORT:-3306}"); fi
start=$(date +%s%3N)
mariadb-dump "${conn[@]}" --single-transaction --quick --routines --triggers --events --hex-blob \
  --default-character-set=utf8mb4 --no-tablespaces --skip-lock-tables "$DB_NAME" | gzip -1 > "$file.part"
mv "$file.part" "$file"
sha256sum "$file" > "$file.sha256"
echo "backup of $DB_NAME: $(du -h "$file" | cut -f1) in $(( $(date +%s%3N) - start )) ms" >&2
echo "$file"
