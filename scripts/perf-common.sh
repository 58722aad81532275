# Shared by the benchmark scripts: start the production jar against an external MariaDB, wait for the login page,
# read the app's CPU time from /proc, stop it. Source it; needs SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
APP_JAR="${APP_JAR:-$ROOT/target/gestion-cluster-0.1.0-SNAPSHOT.jar}"
APP_PORT="${APP_PORT:-8090}"
APP_URL="http://127.0.0.1:$APP_PORT"
OUT="${OUT:-$ROOT/target/perf}"
mkdir -p "$OUT"

require_db() {
  : "${SPRING_DATASOURCE_URL:?set SPRING_DATASOURCE_URL (an external MariaDB) and _USERNAME/_PASSWORD}"
  [ -f "$APP_JAR" ] || { echo "no $APP_JAR: run ./mvnw -Pproduction -DskipTests package first" >&2; exit 1; }
}

# start_app LOG [java options...]: starts the jar (demo profile unless APP_PROFILES says otherwise), sets APP_PID.
start_app() {
  local log="$1"; shift
  "$JAVA" "$@" -jar "$APP_JAR" --server.port="$APP_PORT" \
      --spring.profiles.active="${APP_PROFILES:-demo}" ${APP_ARGS:-} > "$log" 2>&1 &
  APP_PID=$!
  trap 'stop_app' EXIT
}

# wait_login [timeout seconds]: polls GET /login every 100 ms until it answers 200; prints the seconds waited.
wait_login() {
  local limit="${1:-600}" start now code
  start=$(date +%s.%N)
  while true; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$APP_URL/login" || true)
    now=$(date +%s.%N)
    if [ "$code" = "200" ]; then
      python3 -c "print(f'{$now - $start:.1f}')"
      return 0
    fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then echo "the app stopped; see its log" >&2; return 1; fi
    if python3 -c "import sys; sys.exit(0 if $now - $start > $limit else 1)"; then
      echo "no 200 on /login after $limit s" >&2; return 1
    fi
    sleep 0.1
  done
}

# cpu_ms PID: user + system CPU time of a process so far, in milliseconds.
cpu_ms() {
  local ticks hz
  ticks=$(awk '{print $14 + $15}' "/proc/$1/stat")
  hz=$(getconf CLK_TCK)
  echo $(( ticks * 1000 / hz ))
}

stop_app() {
  if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    for _ in $(seq 1 300); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
  fi
  APP_PID=
}

# gatling SIMULATION DESCRIPTION -Dload...=...: runs a Gatling simulation (profile load); prints the report's path.
gatling() {
  local simulation="$1" description="$2"; shift 2
  (cd "$ROOT" && ./mvnw -q -Pload gatling:test -Dgatling.simulation="cl.clusterminero.gestion.load.$simulation" \
      -Dgatling.description="$description" -Dload.baseUrl="$APP_URL" "$@") > "$OUT/gatling-$description.log" 2>&1 \
      || echo "gatling reported failures (see $OUT/gatling-$description.log)" >&2
  ls -td "$ROOT"/target/gatling/*/ | head -1
}

load_average() { cut -d' ' -f1-3 /proc/loadavg; }
