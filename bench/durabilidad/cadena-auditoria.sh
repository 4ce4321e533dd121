#!/bin/bash
# The cost of the audit chain (issue 13): one-row audited transactions per second and p50/p95/p99,
# chained (lock the head, link, persist: Auditoria.guardar) and unchained (the same row outside the
# chain), alternating in the same run, through the portal's own persistence unit and Flyway schema,
# on H2 (file, WRITE_DELAY=0, as bin/tramite opens it) and on PostgreSQL (docs/benchmark-portal.md,
# «Costo de la cadena de auditoría»).
#
#   bench/durabilidad/cadena-auditoria.sh                  H2, and a throwaway PostgreSQL cluster
#                                                          if /usr/lib/postgresql/*/bin has one
#   PG_URL=jdbc:postgresql://host/db PG_USER=… PG_PASSWORD=… bench/durabilidad/cadena-auditoria.sh
#                                                          an existing, empty database instead
# Variables: HILOS ("1 8"), N (transactions per mode and round, 2000), RONDAS (4), PG_PORT (55499,
# for the throwaway cluster), SOLO (h2 | postgresql).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd ../.. && pwd)
HILOS=${HILOS:-"1 8"} N=${N:-2000} RONDAS=${RONDAS:-4} PG_PORT=${PG_PORT:-55499} SOLO=${SOLO:-}
tmp=$(mktemp -d); chmod 755 "$tmp"
PG_BIN= PGDATA=
limpiar() {
  if [ -n "$PGDATA" ]; then como_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$tmp"
}
trap limpiar EXIT
if [ "$(id -u)" = 0 ]; then como_pg() { runuser -u postgres -- "$@"; }; else como_pg() { "$@"; }; fi

# the ejb module's classes (entities, persistence.xml, migrations) and its test classpath (EclipseLink,
# Flyway, H2); the PostgreSQL driver from the local Maven repository
mvn -o -q -B -ntp -f "$ROOT/pom.xml" -pl ejb -am compile dependency:build-classpath \
  -Dspotless.apply.skip=true -Dmdep.includeScope=test -Dmdep.outputFile=target/classpath-bench.txt
PG_JAR=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar 2>/dev/null | grep -v sources | sort -V | tail -n 1 || true)
cp="$ROOT/ejb/target/classes:$(cat "$ROOT/ejb/target/classpath-bench.txt")${PG_JAR:+:$PG_JAR}"
javac -nowarn -cp "$cp" -d "$tmp/clases" CadenaDeAuditoria.java
cp="$tmp/clases:$cp"
printf '.level=WARNING\n' >"$tmp/jul.properties" # Flyway's migration lines
echo "máquina: $(nproc) núcleos, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), carga $(cut -d' ' -f1-3 /proc/loadavg)"

medir() { # $1 name, $2 URL, $3 user, $4 password
  for h in $HILOS; do
    echo "== $1, $h hilo(s), $N transacciones × $RONDAS rondas por modo"
    java -Xmx512m -Djava.util.logging.config.file="$tmp/jul.properties" -cp "$cp" CadenaDeAuditoria "$2" "$3" "$4" "$h" "$N" "$RONDAS"
  done
}

if [ "$SOLO" != postgresql ]; then
  for h in $HILOS; do
    d=$(mktemp -d -p "$tmp")
    HILOS=$h medir "H2 2.2.224 (archivo, WRITE_DELAY=0)" "jdbc:h2:file:$d/db;MODE=LEGACY;WRITE_DELAY=0" sa ""
  done
fi

[ "$SOLO" = h2 ] && exit 0
if [ -n "${PG_URL:-}" ]; then
  medir "PostgreSQL ($PG_URL)" "$PG_URL" "${PG_USER:-tramite}" "${PG_PASSWORD:-tramite}"
  exit 0
fi
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$PG_BIN" ] || [ -z "$PG_JAR" ]; then
  echo "sin PostgreSQL (/usr/lib/postgresql/*/bin) o sin su controlador JDBC en ~/.m2: solo H2" >&2
  exit 0
fi
for h in $HILOS; do
  # a new cluster per thread count: each measurement starts from an empty table
  PGDATA="$tmp/pg-$h/data"; mkdir -p "$tmp/pg-$h"; [ "$(id -u)" = 0 ] && chown postgres "$tmp/pg-$h"
  como_pg "$PG_BIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$tmp/pg-$h/initdb.log" 2>&1
  como_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$tmp/pg-$h/log" -w \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$tmp/pg-$h" start >/dev/null
  como_pg "$PG_BIN/psql" -h "$tmp/pg-$h" -p "$PG_PORT" -U postgres -q -c "CREATE DATABASE tramite"
  HILOS=$h medir "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') (fsync y synchronous_commit por omisión)" \
    "jdbc:postgresql://127.0.0.1:$PG_PORT/tramite" postgres ""
  como_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null
  PGDATA=
done
