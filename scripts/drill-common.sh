# Shared by the drills: the local MariaDB's connection settings and the load driver (DatabaseDrill) in background.
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export SPRING_DATASOURCE_URL=$(scripts/mariadb-local.sh url)
export SPRING_DATASOURCE_USERNAME=${LOCAL_DB_USER:-drill}
export SPRING_DATASOURCE_PASSWORD=${LOCAL_DB_PASSWORD:-Drill-Only-Password-1}
mkdir -p target/drills
now_ms() { date +%s%3N; }

# start_driver OUT_CSV LOG [-Ddrill.x=y ...]: runs DatabaseDrill in the background; sets DRIVER_PID.
start_driver() {
  local out=$1 log=$2; shift 2
  rm -f "$out"
  ./mvnw -q test -Pdrill -Dtest=DatabaseDrill -Dsurefire.failIfNoSpecifiedTests=false -Ddrill.out="$(realpath -m "$out")" "$@" \
    > "$log" 2>&1 &
  DRIVER_PID=$!
}

# wait_for_saves OUT_CSV N [TIMEOUT_S]: until N saves are acknowledged in the driver's outcomes.
wait_for_saves() {
  local out=$1 n=$2 timeout=${3:-300} start=$SECONDS
  while true; do
    local acked=0
    [ -f "$out" ] && acked=$(grep -c ',save,ok,' "$out" || true)
    [ "$acked" -ge "$n" ] && return 0
    kill -0 "$DRIVER_PID" 2>/dev/null || { echo "the load driver ended early" >&2; return 1; }
    [ $((SECONDS - start)) -ge "$timeout" ] && { echo "timed out waiting for $n saves" >&2; return 1; }
    sleep 0.02
  done
}
