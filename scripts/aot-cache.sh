#!/usr/bin/env bash
# Builds a JDK 25 AOT cache (JEP 483/514/515: classes loaded and linked ahead of time, method profiles) for the
# production jar, the way the Docker image does: the jar extracted to target/aot/app/, then the training run of
# scripts/aot-training-run.sh, which needs NO database (the context is refreshed and the JVM exits, writing the
# cache).
#
#   scripts/aot-cache.sh
#
# Then run the app as: java -XX:AOTCache=target/aot/app.aot -jar "$PWD"/target/aot/app/gestion-cluster-0.1.0-SNAPSHOT.jar
# with the jar by the same absolute path (the cache records the classpath). The cache fits only this jar and this
# JDK: rebuild it with every build. A cache that does not fit is refused with a warning and the app starts without it.
source "$(dirname "$0")/perf-common.sh"
[ -f "$APP_JAR" ] || { echo "no $APP_JAR: run ./mvnw -Pproduction -DskipTests package first" >&2; exit 1; }
AOT="$ROOT/target/aot"
JAR="$AOT/app/$(basename "$APP_JAR")"
rm -rf "$AOT"; mkdir -p "$AOT"
"$JAVA" -Djarmode=tools -jar "$APP_JAR" extract --destination "$AOT/app" > /dev/null
start=$(date +%s.%N)
"$ROOT/scripts/aot-training-run.sh" "$JAR" "$AOT/app.aot" ${JAVA_OPTS:-} > "$AOT/training.log" 2>&1 \
    || { echo "training run failed; see $AOT/training.log" >&2; exit 1; }
echo "training run (no database): $(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')") s"
ls -la "$AOT/app.aot"
echo "run with: JAVA_OPTS=-XX:AOTCache=$AOT/app.aot APP_JAR=$JAR"
