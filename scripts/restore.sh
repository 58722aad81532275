#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into a database that must not exist yet (or be empty):
#
#   DB_HOST=... DB_PORT=... DB_USER=... DB_PASSWORD=... scripts/restore.sh FILE.sql.gz TARGET_DB
#
# Checks the file's SHA-256 first. Triggers are restored without their original DEFINER (they then belong to the
# restoring user), so restoring needs no SUPER privilege. The restoring user needs CREATE, INSERT, TRIGGER on TARGET_DB.
set -euo pipefail
file=${1:?backup file}
target=${2:?target database}
conn=(--no-defaults -u"${DB_USER:-root}")
[ -n "${DB_PASSWORD:-}" ] && conn+=(--password="$DB_PASSWORD")
if [ -n "${DB_SOCKET:-}" ]; then conn+=(--socket="$DB_SOCKET"); else conn+=(-h"${DB_HOST:-127.0.0.1}" -P"${DB_PORT:-3306}"); fi
[ -f "$file.sha256" ] && sha256sum --quiet -c "$file.sha256"
tables=$(mariadb "${conn[@]}" -N -e "select count(*) from information_schema.tables where table_schema = '$target'")
if [ "$tables" -ne 0 ]; then
  echo "refusing: database $target already has $tables tables" >&2; exit 1
fi
start=$(date +%s%3N)
mariadb "${conn[@]}" -e "create database if not exists \`$target\` character set utf8mb4 collate utf8mb4_unicode_ci"
gunzip -c "$file" | sed -E 's#/\*!50017 DEFINER=`[^`]*`@`[^`]*`\*/ ##; s#DEFINER=`[^`]*`@`[^`]*` ##' \
  | mariadb "${conn[@]}" --default-character-set=utf8mb4 "$target"
echo "restored $file into $target in $(( $(date +%s%3N) - start )) ms" >&2
