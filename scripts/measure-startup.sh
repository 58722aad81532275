#!/usr/bin/env bash
# Startup: from `java -jar` to the first 200 on /login, against an external MariaDB, without the demo profile.
#
#   SPRING_DATASOURCE_URL=jdbc:mariadb://127.0.0.1:3306/gestion_load SPRING_DATASOURCE_USERNAME=... \
#   SPRING_DATASOURCE_PASSWORD=... scripts/measure-startup.sh [RUNS=3] [--fresh]
#
# Each run starts the production jar (JAVA_OPTS for JVM options, e.g. the AOT cache from scripts/aot-cache.sh:
# JAVA_OPTS=-XX:AOTCache=target/aot/app.aot APP_JAR=target/aot/app/gestion-cluster-0.1.0-SNAPSHOT.jar), polls
# /login every 100 ms and prints the seconds to the first 200 and Spring's own "Started ... in" figure. --fresh
# drops and re-creates the database before each run (root through the local socket: `mariadb -uroot`), so Flyway
# migrates from nothing and the first administrator is created.
source "$(dirname "$0")/perf-common.sh"
RUNS="${1:-3}"; FRESH="${2:-}"
require_db
export APP_ADMIN_USERNAME="${APP_ADMIN_USERNAME:-jefa}"
export APP_ADMIN_PASSWORD="${APP_ADMIN_PASSWORD:-Cerro-Moreno-Antofagasta-2025}"
db="${SPRING_DATASOURCE_URL##*/}"; db="${db%%\?*}"
for run in $(seq 1 "$RUNS"); do
  if [ "$FRESH" = "--fresh" ]; then
    mariadb -uroot -e "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
  fi
  load=$(load_average)
  APP_PROFILES=default start_app "$OUT/app-startup-$run.log" ${JAVA_OPTS:-}
  seconds=$(wait_login 300)
  spring=$(grep -o 'Started Application in [0-9.]* seconds' "$OUT/app-startup-$run.log" | grep -o '[0-9.]*' || true)
  stop_app
  echo "run $run${FRESH:+ (fresh database)}: login page 200 after $seconds s (Spring: started in $spring s); load average before: $load"
done
