#!/bin/sh
# The JDK 25 AOT cache's training run, without any database: used by the Dockerfile at image build and by
# scripts/aot-cache.sh, so both build the same cache.
#
#   scripts/aot-training-run.sh EXTRACTED_JAR CACHE [java options...]
#
# EXTRACTED_JAR is the application jar of `java -Djarmode=tools -jar app.jar extract` (its lib/ beside it), by the
# absolute path the application will be started with: the cache records the classpath and is refused (the JVM then
# starts without it) when the jar's path, size or date differ. Run it with the JVM that will use the cache.
#
# The application context is refreshed and the JVM exits (spring.context.exit=onRefresh: every singleton created,
# before the web server takes requests and before the ApplicationRunners), writing the cache. Nothing reaches a
# database: the datasource points to a closed port (the pool is lazy and never asked for a connection), Flyway is
# off, Hibernate validates nothing and reads no JDBC metadata (MariaDB's dialect is given), and
# operations.DurabilityCheck is skipped (app.db.durability-check=skip, which says so in the log). System properties
# outrank the environment, so SPRING_DATASOURCE_URL or DB_DURABILITY_CHECK set around it change nothing.
set -eu
JAR="${1:?usage: aot-training-run.sh EXTRACTED_JAR CACHE [java options...]}"
CACHE="${2:?usage: aot-training-run.sh EXTRACTED_JAR CACHE [java options...]}"
shift 2
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
case "$JAR" in /*) ;; *) echo "aot-training-run.sh: give the jar by its absolute path" >&2; exit 2 ;; esac
exec "$JAVA" "$@" -XX:AOTCacheOutput="$CACHE" \
    -Dspring.context.exit=onRefresh \
    -Dspring.datasource.url=jdbc:mariadb://127.0.0.1:1/aot-training \
    -Dspring.datasource.username=aot-training \
    -Dspring.datasource.password=aot-training \
    -Dspring.flyway.enabled=false \
    -Dspring.jpa.hibernate.ddl-auto=none \
    -Dspring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false \
    -Dspring.jpa.database-platform=org.hibernate.dialect.MariaDBDialect \
    -Dapp.db.durability-check=skip \
    -jar "$JAR"
