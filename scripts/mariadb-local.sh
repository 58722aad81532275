#!/usr/bin/env bash
# A MariaDB server of the drills' own, from the Debian package's binaries (apt-get install mariadb-server), with its
# own data directory, socket and port: it never touches the machine's system MariaDB (no defaults files are read).
#
#   scripts/mariadb-local.sh start|stop|kill9|status|client [args...]
#
# LOCAL_DB_DIR (default .data/drill-mariadb), LOCAL_DB_PORT (3307), LOCAL_DB_NAME (gestion_drill),
# LOCAL_DB_USER / LOCAL_DB_PASSWORD (drill / Drill-Only-Password-1), LOCAL_DB_BUFFER_POOL (512M).
set -euo pipefail
cd "$(dirname "$0")/.."

DIR=$(realpath -m "${LOCAL_DB_DIR:-.data/drill-mariadb}")
PORT=${LOCAL_DB_PORT:-3307}
NAME=${LOCAL_DB_NAME:-gestion_drill}
USER_NAME=${LOCAL_DB_USER:-drill}
PASSWORD=${LOCAL_DB_PASSWORD:-Drill-Only-Password-1}
SOCKET="$DIR/mysqld.sock"
PIDFILE="$DIR/mysqld.pid"
BIN=/usr/sbin/mariadbd
RUN_AS=()
[ "$(id -u)" -eq 0 ] && RUN_AS=(--user=root)

client() { mariadb --no-defaults --socket="$SOCKET" -uroot "$@"; }
alive() { mariadb-admin --no-defaults --socket="$SOCKET" -uroot --connect-timeout=1 ping >/dev/null 2>&1; }

start() {
  if alive; then echo "local MariaDB already running on port $PORT"; return; fi
  if [ ! -x "$BIN" ]; then
    echo "needs the mariadb-server package (apt-get install -y mariadb-server mariadb-client)" >&2; exit 1
  fi
  mkdir -p "$DIR"
  if [ ! -d "$DIR/data/mysql" ]; then
    mariadb-install-db --no-defaults "${RUN_AS[@]}" --datadir="$DIR/data" --auth-root-authentication-method=socket \
      --skip-test-db > "$DIR/install.log" 2>&1
  fi
  # innodb_flush_log_at_trx_commit=1 is MariaDB's default; stated here so the drill's setting is visible.
  setsid "$BIN" --no-defaults "${RUN_AS[@]}" --datadir="$DIR/data" --socket="$SOCKET" --port="$PORT" \
    --bind-address=127.0.0.1 --pid-file="$PIDFILE" --log-error="$DIR/error.log" \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --innodb-buffer-pool-size="${LOCAL_DB_BUFFER_POOL:-512M}" --innodb-flush-log-at-trx-commit=1 \
    > /dev/null 2>&1 < /dev/null &
  for _ in $(seq 1 600); do alive && break; sleep 0.1; done
  alive || { echo "local MariaDB did not start; see $DIR/error.log" >&2; tail -20 "$DIR/error.log" >&2; exit 1; }
  client <<SQL
CREATE DATABASE IF NOT EXISTS ${NAME} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '${USER_NAME}'@'127.0.0.1' IDENTIFIED BY '${PASSWORD}';
CREATE USER IF NOT EXISTS '${USER_NAME}'@'localhost' IDENTIFIED BY '${PASSWORD}';
GRANT ALL PRIVILEGES ON \`${NAME}%\`.* TO '${USER_NAME}'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`${NAME}%\`.* TO '${USER_NAME}'@'localhost';
SQL
  echo "local MariaDB $(client -N -e 'select version()') on 127.0.0.1:$PORT (pid $(cat "$PIDFILE"), data in $DIR/data)"
}

stop() {
  if alive; then mariadb-admin --no-defaults --socket="$SOCKET" -uroot shutdown; fi
  for _ in $(seq 1 300); do [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null || break; sleep 0.1; done
  echo "local MariaDB stopped"
}

kill9() {
  local pid
  pid=$(cat "$PIDFILE")
  # Only this instance's own process, by the pid it wrote into its own data folder.
  [ "$(readlink "/proc/$pid/exe" 2>/dev/null)" = "$BIN" ] || { echo "pid $pid is not our mariadbd" >&2; exit 1; }
  tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q -- "--datadir=$DIR/data" \
    || { echo "pid $pid does not use $DIR/data" >&2; exit 1; }
  kill -9 "$pid"
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
  echo "local MariaDB killed with SIGKILL (pid $pid)"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  kill9) kill9 ;;
  status) alive && echo "running on port $PORT" || { echo "not running"; exit 1; } ;;
  client) shift; client "$@" ;;
  url) echo "jdbc:mariadb://127.0.0.1:$PORT/$NAME" ;;
  *) echo "usage: $0 start|stop|kill9|status|client|url" >&2; exit 2 ;;
esac
