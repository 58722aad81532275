#!/usr/bin/env bash
# Offline scan of the production jar with wapiti (Debian package: apt-get install -y wapiti), on 127.0.0.1 only.
# Builds the production jar (unless SKIP_BUILD=1), starts it with the demo profile against a database of its own on
# the local MariaDB server (root through the local socket; the server itself is never stopped or restarted), scans
# it twice with a bounded time (as an anonymous visitor, then logged in as the demo admin with a session cookie),
# writes the reports under target/wapiti/ and stops the application. Findings and their resolution: docs/security.md.
set -euo pipefail
cd "$(dirname "$0")/.."

export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
PORT="${WAPITI_PORT:-18090}"
BASE="http://127.0.0.1:${PORT}"
DB="${WAPITI_DB:-gestion_wapiti}"
DB_USER="${WAPITI_DB_USER:-gestion_wapiti}"
DB_PASSWORD="${WAPITI_DB_PASSWORD:-wapiti-$(date +%s)}"
SCAN_TIME="${WAPITI_SCAN_TIME:-240}"      # seconds per scan (crawl + attacks)
ATTACK_TIME="${WAPITI_ATTACK_TIME:-60}"   # seconds per attack module
OUT=target/wapiti
JAR=target/gestion-cluster-0.1.0-SNAPSHOT.jar
DEMO_PASSWORD='Salar-de-Atacama-2025'

command -v wapiti >/dev/null || { echo "wapiti is missing: sudo apt-get install -y wapiti" >&2; exit 1; }
mkdir -p "$OUT"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    ./mvnw -q -Pproduction -DskipTests package
fi

mariadb -uroot <<SQL
DROP DATABASE IF EXISTS \`${DB}\`;
CREATE DATABASE \`${DB}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '${DB_USER}'@'127.0.0.1' IDENTIFIED BY '${DB_PASSWORD}';
ALTER USER '${DB_USER}'@'127.0.0.1' IDENTIFIED BY '${DB_PASSWORD}';
GRANT ALL ON \`${DB}\`.* TO '${DB_USER}'@'127.0.0.1';
SQL

SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:3306/${DB}" SPRING_DATASOURCE_USERNAME="$DB_USER" \
SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" "$JAVA_HOME/bin/java" -Xmx512m -jar "$JAR" \
    --spring.profiles.active=demo --server.port="$PORT" --server.address=127.0.0.1 > "$OUT/app.log" 2>&1 &
APP_PID=$!
trap 'kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
    if curl -s -o /dev/null -w '%{http_code}' "$BASE/login" | grep -q 200; then break; fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "the application exited; see $OUT/app.log" >&2; exit 1; }
    sleep 1
done
echo "Application on $BASE (log: $OUT/app.log)"

# Every route of the application as a start URL (the pages are built by Vaadin's client, so a crawler finds few links).
ROUTES=(/ /login /hoja-de-ruta /programas /socios /socios/importar /compras-locales /compras-locales/cluster
        /compras-locales/importar /mis-hitos /mis-acuerdos /directorio/revisiones /directorio/sesiones /hojas-de-ruta
        /usuarios /socios/1 /iniciativas/1 /programas/1 /directorio/sesiones/1 /compras-locales/1
        /compras-locales/socio/1 /actuator/health /actuator/env /error)
START=()
for route in "${ROUTES[@]}"; do START+=(-s "$BASE$route"); done

scan() {
    local name="$1"; shift
    # No -x exclusions: wapiti 3.0.4 on Python 3.11 fails compiling them; logout is a Vaadin action, not a link.
    wapiti -u "$BASE/" --scope folder "${START[@]}" \
        --max-scan-time "$SCAN_TIME" --max-attack-time "$ATTACK_TIME" -d 4 --max-links-per-page 50 \
        --flush-session --store-session "$OUT/session-$name" -f json -o "$OUT/$name.json" -v 1 "$@" \
        > "$OUT/$name.log" 2>&1 || true
    echo "Scan '$name': $OUT/$name.json"
}

scan anonymous

# Log in as the demo admin: the login POST needs the CSRF token from the login page's meta tags.
JAR_COOKIES="$OUT/cookies.txt"
rm -f "$JAR_COOKIES"
TOKEN=$(curl -s -c "$JAR_COOKIES" "$BASE/login" | sed -n 's/.*<meta name="_csrf" content="\([^"]*\)".*/\1/p')
curl -s -o /dev/null -b "$JAR_COOKIES" -c "$JAR_COOKIES" --data-urlencode "username=admin" \
    --data-urlencode "password=${DEMO_PASSWORD}" --data-urlencode "_csrf=${TOKEN}" "$BASE/login"
SESSION=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR_COOKIES" | tail -1)
if [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$SESSION" "$BASE/usuarios")" != 200 ]; then
    echo "could not log in as admin for the authenticated scan" >&2; exit 1
fi
scan authenticated -H "Cookie: JSESSIONID=$SESSION"

python3 - "$OUT" <<'PY'
import json, sys, pathlib
out = pathlib.Path(sys.argv[1])
for name in ("anonymous", "authenticated"):
    report = json.loads((out / f"{name}.json").read_text())
    print(f"== {name}: {len(report.get('infos', {}).get('crawled_pages', [])) or '?'} pages crawled")
    for section in ("vulnerabilities", "anomalies", "additionals"):
        for kind, items in sorted(report.get(section, {}).items()):
            for item in items:
                print(f"  [{section[:-1]}] {kind}: {item.get('method')} {item.get('path')} {item.get('info', '')[:160]}")
PY
