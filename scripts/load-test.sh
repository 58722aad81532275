#!/usr/bin/env bash
# Load test: the production jar, MariaDB and Gatling on this one machine. Mixed users (secretariat, program
# managers, board) speaking Vaadin's UIDL protocol with 3-8 s think times.
#
#   SPRING_DATASOURCE_URL=jdbc:mariadb://127.0.0.1:3306/gestion_load SPRING_DATASOURCE_USERNAME=... \
#   SPRING_DATASOURCE_PASSWORD=... scripts/load-test.sh [SESSIONS=200] [HOLD_SECONDS=300] [RAMP_SECONDS=60]
#
# Starts the jar (demo profile: the demo users and data; JAVA_OPTS for the JVM), warms it up with a short run of
# 20 sessions, then runs the measured simulation and prints per request kind p50/p95/p99, errors, throughput and
# the app's CPU time per request (from /proc/<pid>/stat before and after).
#
# Stress: scripts/load-test.sh stress 100,200,300,400 [STEP_SECONDS=60] [RAMP_SECONDS=20] holds each number of
# sessions for STEP_SECONDS after a ramp of RAMP_SECONDS; the report gives p50/p95/p99 per step ("ramp" = requests
# sent between steps).
source "$(dirname "$0")/perf-common.sh"
if [ "${1:-}" = "stress" ]; then
  STEPS="${2:-100,200,300,400}"; SESSIONS="stress"; STEP_SECONDS="${3:-60}"; STEP_RAMP="${4:-20}"
else
  STEPS=""; SESSIONS="${1:-200}"; HOLD="${2:-300}"; RAMP="${3:-60}"
fi
require_db
echo "load average before start: $(load_average)"
start_app "$OUT/app-load.log" ${JAVA_OPTS:-}
echo "app pid $APP_PID, login page after $(wait_login) s"
echo "warm-up: 20 sessions for 60 s"
gatling MixedUseSimulation warmup -Dload.sessions=20 -Dload.rampSeconds=10 -Dload.holdSeconds=40 -Dload.actions=4 >/dev/null
echo "load average before the run: $(load_average)"
before=$(cpu_ms "$APP_PID")
if [ -n "$STEPS" ]; then
  report=$(gatling MixedUseSimulation "stress" -Dload.steps="$STEPS" -Dload.stepSeconds="$STEP_SECONDS" \
      -Dload.stepRampSeconds="$STEP_RAMP")
else
  report=$(gatling MixedUseSimulation "mixed-$SESSIONS" -Dload.sessions="$SESSIONS" -Dload.rampSeconds="$RAMP" \
      -Dload.holdSeconds="$HOLD")
fi
after=$(cpu_ms "$APP_PID")
echo "load average after the run: $(load_average)"
echo "report: $report/index.html"
python3 "$ROOT/scripts/gatling-summary.py" "$report/index.html" $(( after - before )) | tee "$OUT/load-$SESSIONS.md"
