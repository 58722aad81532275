#!/usr/bin/env bash
# Drill 6(b), second half: the production jar refuses to start when MariaDB may lose acknowledged commits.
# Sets innodb_flush_log_at_trx_commit=2 on the drills' own MariaDB (scripts/mariadb-local.sh), starts the jar
# (build it first: ./mvnw -Pproduction -DskipTests package), expects it to exit with the durability message, and
# puts the setting back to 1.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/drill-common.sh
JAR=target/gestion-cluster-0.1.0-SNAPSHOT.jar
[ -f "$JAR" ] || { echo "build the jar first: ./mvnw -Pproduction -DskipTests package" >&2; exit 1; }
scripts/mariadb-local.sh start
restore() { scripts/mariadb-local.sh client -e "set global innodb_flush_log_at_trx_commit = 1"; }
trap restore EXIT
scripts/mariadb-local.sh client -e "set global innodb_flush_log_at_trx_commit = 2"
set +e
timeout 180 "$JAVA_HOME/bin/java" -jar "$JAR" --spring.profiles.active=demo --server.port="${DRILL_PORT:-18093}" \
  > target/drills/durability-check.log 2>&1
status=$?
set -e
if [ "$status" -ne 0 ] && grep -q 'MariaDB may lose acknowledged commits' target/drills/durability-check.log; then
  grep -o 'MariaDB may lose acknowledged commits[^"]*' target/drills/durability-check.log | head -1
  echo "PASS: the app refused to start (exit $status)"
else
  echo "FAIL: exit $status; see target/drills/durability-check.log" >&2; exit 1
fi
