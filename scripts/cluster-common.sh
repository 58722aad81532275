# Shared by scripts/cluster-up.sh, cluster-drill.sh and cluster-down.sh: ports, folders and helpers of the local
# three-node Galera cluster, the two app nodes and HAProxy. Everything runs on loopback, data under .data/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
STATE="$ROOT/.data/cluster"            # pid files, logs, HAProxy's generated config
mkdir -p "$STATE"
NODES=(1 2 3)
DB_NAME=${CLUSTER_DB_NAME:-gestion_cluster}
DB_USER=${CLUSTER_DB_USER:-drill}
DB_PASSWORD=${CLUSTER_DB_PASSWORD:-Drill-Only-Password-1}
DB_PROXY_PORT=${CLUSTER_DB_PROXY_PORT:-13310}   # HAProxy: writes and reads to one Galera node at a time
HTTP_PROXY_PORT=${CLUSTER_HTTP_PORT:-18170}     # HAProxy: the two app nodes, sticky on a cookie
HAPROXY_STATS_PORT=${CLUSTER_STATS_PORT:-18179}
APP_NODES=(1 2)
APP_JAR="${APP_JAR:-$ROOT/target/gestion-cluster-0.1.0-SNAPSHOT.jar}"
RUN_AS=()
[ "$(id -u)" -eq 0 ] && RUN_AS=(--user=root)

db_port() { echo $((13310 + $1)); }        # 13311..13313
gcomm_port() { echo $((14560 + $1)); }     # Galera group communication
ist_port() { echo $((14570 + $1)); }
sst_port() { echo $((14580 + $1)); }
app_port() { echo $((18170 + $1)); }       # 18171, 18172
node_dir() { echo "$ROOT/.data/galera-$1"; }
node_sock() { echo "$(node_dir "$1")/mysqld.sock"; }
node_pid() { cat "$(node_dir "$1")/mysqld.pid" 2>/dev/null || true; }
node_client() { local n=$1; shift; mariadb --no-defaults --socket="$(node_sock "$n")" -uroot "$@"; }
node_alive() { mariadb-admin --no-defaults --socket="$(node_sock "$1")" -uroot --connect-timeout=1 ping >/dev/null 2>&1; }
# wsrep_local_state_comment of a node (Synced, Donor/Desynced, Joining...) or "down".
node_state() {
  node_alive "$1" || { echo down; return; }
  node_client "$1" -N -e "show status like 'wsrep_local_state_comment'" 2>/dev/null | awk '{print $2}'
}
cluster_size() { node_client "$1" -N -e "show status like 'wsrep_cluster_size'" 2>/dev/null | awk '{print $2}'; }
now_ms() { date +%s%3N; }
load_average() { cut -d' ' -f1-3 /proc/loadavg; }
jdbc_url() { echo "jdbc:mariadb://127.0.0.1:$DB_PROXY_PORT/$DB_NAME"; }

# Our own process only: the pid must run the expected binary with an argument naming our folder or port.
is_ours() {
  local pid=$1 needle=$2
  [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q -- "$needle"
}

# A node's options file: distinct ports, socket, data folder; wsrep on; durability as the app demands.
write_node_config() {
  local n=$1 dir peers=""
  dir=$(node_dir "$n")
  for m in "${NODES[@]}"; do peers="$peers${peers:+,}127.0.0.1:$(gcomm_port "$m")"; done
  mkdir -p "$dir/data"
  cat > "$dir/my.cnf" <<CNF
[mysqld]
datadir=$dir/data
socket=$dir/mysqld.sock
pid-file=$dir/mysqld.pid
log-error=$dir/error.log
port=$(db_port "$n")
bind-address=127.0.0.1
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
innodb-buffer-pool-size=${CLUSTER_BUFFER_POOL:-128M}
innodb-flush-log-at-trx-commit=1
innodb-autoinc-lock-mode=2
binlog-format=ROW
# Galera logs every write like a binary log: the app's triggers (V6) need this, or SUPER for the app's user.
log-bin-trust-function-creators=1
default-storage-engine=InnoDB
max-connections=200
wsrep-on=ON
wsrep-provider=/usr/lib/galera/libgalera_smm.so
wsrep-cluster-name=gestion_drill
wsrep-cluster-address=gcomm://$peers
wsrep-node-name=galera-$n
wsrep-node-address=127.0.0.1:$(gcomm_port "$n")
wsrep-provider-options=gmcast.listen_addr=tcp://127.0.0.1:$(gcomm_port "$n");ist.recv_addr=127.0.0.1:$(ist_port "$n");gcache.size=256M
wsrep-sst-receive-address=127.0.0.1:$(sst_port "$n")
wsrep-sst-method=mariabackup
# mariabackup connects through the node's socket as root (socket authentication: no password to keep).
wsrep-sst-auth=root:
wsrep-slave-threads=2
[client]
socket=$dir/mysqld.sock
CNF
}

# start_node N [--wsrep-new-cluster]: starts one Galera node in the background and waits until it is Synced.
start_node() {
  local n=$1; shift
  local dir; dir=$(node_dir "$n")
  if node_alive "$n"; then echo "galera-$n already running"; return; fi
  write_node_config "$n"
  local position=()
  if grep -q '^seqno: *-1' "$dir/data/grastate.dat" 2>/dev/null && [ -d "$dir/data/mysql" ]; then
    # After a crash grastate.dat does not say how far the node got: recover it from InnoDB (what the Debian
    # service's galera_recovery does), so that the node asks for the missing writes only (IST), not a full copy.
    /usr/sbin/mariadbd --defaults-file="$dir/my.cnf" "${RUN_AS[@]}" --wsrep-recover --log-error="$dir/recover.log" \
      > /dev/null 2>&1 || true
    local recovered
    recovered=$(grep -o 'Recovered position: [^ ]*' "$dir/recover.log" | tail -1 | awk '{print $3}')
    [ -n "$recovered" ] && position=(--wsrep-start-position="$recovered") && echo "galera-$n recovered position $recovered"
  fi
  setsid /usr/sbin/mariadbd --defaults-file="$dir/my.cnf" "${RUN_AS[@]}" "${position[@]}" "$@" > /dev/null 2>&1 < /dev/null &
  local start=$SECONDS
  until [ "$(node_state "$n")" = "Synced" ]; do
    if [ $((SECONDS - start)) -gt "${NODE_START_TIMEOUT:-300}" ]; then
      echo "galera-$n not Synced after ${NODE_START_TIMEOUT:-300} s; see $dir/error.log" >&2; tail -20 "$dir/error.log" >&2; return 1
    fi
    sleep 0.2
  done
}

stop_node() {
  local n=$1 pid
  pid=$(node_pid "$n")
  node_alive "$n" && mariadb-admin --no-defaults --socket="$(node_sock "$n")" -uroot shutdown 2>/dev/null || true
  for _ in $(seq 1 600); do is_ours "$pid" "$(node_dir "$n")" || break; sleep 0.1; done
  if is_ours "$pid" "$(node_dir "$n")"; then kill -9 "$pid"; fi
}

kill9_node() {
  local n=$1 pid; pid=$(node_pid "$n")
  is_ours "$pid" "$(node_dir "$n")/my.cnf" || { echo "pid '$pid' is not galera-$n" >&2; return 1; }
  kill -9 "$pid"
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
}

app_pidfile() { echo "$STATE/app-$1.pid"; }
app_log() { echo "$STATE/app-$1.log"; }
app_pid() { cat "$(app_pidfile "$1")" 2>/dev/null || true; }
app_health() { curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$(app_port "$1")/actuator/health/readiness" || true; }

# start_app N: the production jar on its own port against HAProxy's database port; waits until it is ready.
start_app() {
  local n=$1
  if is_ours "$(app_pid "$n")" "--server.port=$(app_port "$n")"; then echo "app-$n already running"; return; fi
  [ -f "$APP_JAR" ] || { echo "no $APP_JAR: run ./mvnw -Pproduction -DskipTests package first" >&2; return 1; }
  SPRING_DATASOURCE_URL=$(jdbc_url) SPRING_DATASOURCE_USERNAME=$DB_USER SPRING_DATASOURCE_PASSWORD=$DB_PASSWORD \
    setsid "$JAVA" ${APP_JAVA_OPTS:--Xmx768m -XX:+UseSerialGC} -jar "$APP_JAR" --server.port="$(app_port "$n")" \
    --spring.profiles.active=demo >> "$(app_log "$n")" 2>&1 < /dev/null &
  echo $! > "$(app_pidfile "$n")"
  local start=$SECONDS
  until [ "$(app_health "$n")" = 200 ]; do
    is_ours "$(app_pid "$n")" "--server.port=$(app_port "$n")" || { echo "app-$n stopped; see $(app_log "$n")" >&2; return 1; }
    [ $((SECONDS - start)) -gt 300 ] && { echo "app-$n not ready after 300 s" >&2; return 1; }
    sleep 0.2
  done
}

stop_app() {
  local n=$1 pid; pid=$(app_pid "$n")
  is_ours "$pid" "--server.port=$(app_port "$n")" || return 0
  kill "$pid"
  for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid" || true
  rm -f "$(app_pidfile "$n")"
}

kill9_app() {
  local n=$1 pid; pid=$(app_pid "$n")
  is_ours "$pid" "--server.port=$(app_port "$n")" || { echo "pid '$pid' is not app-$n" >&2; return 1; }
  kill -9 "$pid"
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
  rm -f "$(app_pidfile "$n")"
}

haproxy_pid() { cat "$STATE/haproxy.pid" 2>/dev/null | head -1 || true; }
# The server HAProxy currently sends database connections to (from its stats socket).
haproxy_db_server() {
  echo "show stat" | socat stdio "unix-connect:$STATE/haproxy.sock" 2>/dev/null \
    | awk -F, '$1 == "galera" && $2 ~ /^galera/ { print $2, $18, $5 }'
}
