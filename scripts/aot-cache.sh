#!/usr/bin/env bash
# Builds a JDK 25 AOT cache (JEP 483/514: classes loaded and linked ahead of time) for the production jar, by a
# training run against an external MariaDB: the extracted jar starts, serves the login page a few times, stops,
# and the JVM writes the cache on exit.
#
#   SPRING_DATASOURCE_URL=... SPRING_DATASOURCE_USERNAME=... SPRING_DATASOURCE_PASSWORD=... scripts/aot-cache.sh
#
# Then run the app as: java -XX:AOTCache=target/aot/app.aot -jar target/aot/app/gestion-cluster-0.1.0-SNAPSHOT.jar
# (the cache fits only this jar, this JDK and the same classpath: rebuild it with every build).
source "$(dirname "$0")/perf-common.sh"
require_db
AOT="$ROOT/target/aot"
rm -rf "$AOT"; mkdir -p "$AOT"
"$JAVA" -Djarmode=tools -jar "$APP_JAR" extract --destination "$AOT/app" > /dev/null
export APP_ADMIN_USERNAME="${APP_ADMIN_USERNAME:-jefa}"
export APP_ADMIN_PASSWORD="${APP_ADMIN_PASSWORD:-Cerro-Moreno-Antofagasta-2025}"
APP_JAR="$AOT/app/$(basename "$APP_JAR")" APP_PROFILES=default \
    start_app "$AOT/training.log" -XX:AOTCacheOutput="$AOT/app.aot" ${JAVA_OPTS:-}
echo "training run: login page after $(wait_login 600) s"
for _ in $(seq 1 20); do curl -s -o /dev/null "$APP_URL/login"; curl -s -o /dev/null "$APP_URL/actuator/health"; done
# The JVM writes the cache on exit (a child JVM assembles it): wait for it, however long it takes.
kill "$APP_PID"; wait "$APP_PID" || true; APP_PID=
ls -la "$AOT/app.aot"
echo "run with: JAVA_OPTS=-XX:AOTCache=$AOT/app.aot APP_JAR=$AOT/app/$(basename "$APP_JAR")"
